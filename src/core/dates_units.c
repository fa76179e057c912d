/*
 * dates_units.c: splits and classifies the tokens of a sentence.
 */
#include "dates_units.h"

#include <stddef.h>
#include <string.h>

#include "dates_lexicon.h"
#include "dates_lexicon_find.h"

/* Records the byte offsets of the text's hyphens in b, then UINT32_MAX. */
static pa_status
find_hyphens(dt_unit_builder *b, pa_arena *arena)
{
	const char *text = b->doc->text;
	const char *p = text;
	const char *end = text + b->doc->len;
	size_t		capacity = 0;

	b->hyphens = NULL;
	b->hyphen_count = 0;
	for (;;)
	{
		p = p < end ? memchr(p, '-', (size_t) (end - p)) : NULL;
		if (b->hyphen_count == capacity)
		{
			uint32_t   *grown = pa_arena_grow_array(arena, b->hyphens, b->hyphen_count,
													&capacity, sizeof(uint32_t));

			if (grown == NULL)
				return PA_ERR_NOMEM;
			b->hyphens = grown;
		}
		if (p == NULL)
		{
			b->hyphens[b->hyphen_count] = UINT32_MAX;
			return PA_OK;
		}
		b->hyphens[b->hyphen_count++] = (uint32_t) (p - text);
		p++;
	}
}

/* See dates_units.h: room for the longest sentence plus one unit per hyphen. */
pa_status
dt_units_begin(dt_unit_builder *b, const pa_document *doc, pa_arena *arena)
{
	size_t		longest = 0;
	pa_status	status;

	b->doc = doc;
	if ((status = find_hyphens(b, arena)) != PA_OK)
		return status;
	b->next_hyphen = b->hyphens;
	for (size_t s = 0; s < doc->segments.sentence_count; s++)
	{
		if (doc->segments.sentences[s].token_count > longest)
			longest = doc->segments.sentences[s].token_count;
	}
	b->units = pa_arena_alloc_array(arena, longest + b->hyphen_count + 1, sizeof(dt_unit));
	return b->units == NULL ? PA_ERR_NOMEM : PA_OK;
}

/* A unit's four offsets are laid out as its token's, to be copied at once. */
_Static_assert(offsetof(dt_unit, start) == offsetof(pa_token, start) &&
			   offsetof(dt_unit, end) == offsetof(pa_token, end) &&
			   offsetof(dt_unit, cstart) == offsetof(pa_token, cstart) &&
			   offsetof(dt_unit, cend) == offsetof(pa_token, cend) &&
			   offsetof(dt_unit, cend) == 3 * sizeof(uint32_t),
			   "dt_unit and pa_token start with the same offsets");

/* Copies token t's byte and code point offsets into unit u. */
static inline void
copy_token_offsets(dt_unit *u, const pa_token *t)
{
	memcpy(u, t, 4 * sizeof(uint32_t));
}

/* Code points in s[0..n). */
static uint32_t
count_chars(const char *s, size_t n)
{
	uint32_t	count = 0;

	for (size_t i = 0; i < n; i++)
		count += ((unsigned char) s[i] & 0xC0) != 0x80;
	return count;
}

/* Whether token t starts with an ASCII letter. */
static inline int
starts_with_letter(const char *text, const pa_token *t)
{
	return (unsigned) (((unsigned char) text[t->start] | 0x20) - 'a') < 26u;
}

/*
 * Classifies one piece of a token; readable: how many bytes from s may be
 * read; token_digits: the token has a digit somewhere.
 */
static inline void
classify_piece(const char *s, size_t len, size_t readable, pa_token_kind kind, int token_digits,
			   dt_unit *u)
{
	int			has_digit = 0;

	for (size_t i = 0; token_digits && i < len && !has_digit; i++)
		has_digit = s[i] >= '0' && s[i] <= '9';
	if (has_digit)
		dt_classify_digits(s, len, u);
	else if (kind == PA_TOK_WORD)
		dt_classify_word(s, len, readable, u);
	else
	{
		u->cls = kind == PA_TOK_NUMBER ? DT_NUMBER_OTHER : DT_PUNCT;
		u->val = (unsigned char) s[0] < 0x80 ? s[0] : 0;
	}
	if (s[0] >= 'A' && s[0] <= 'Z')
		u->flags |= DT_F_CAP;
}

/* Starts a unit over text[start, end) of token t. */
static inline dt_unit *
new_unit(dt_unit *u, const pa_token *t, const char *text, uint32_t start, uint32_t end)
{
	if (start == t->start && end == t->end)
		copy_token_offsets(u, t);
	else
	{
		u->start = start;
		u->end = end;
		u->cstart = t->cstart + count_chars(text + t->start, start - t->start);
		u->cend = u->cstart + count_chars(text + start, end - start);
	}
	u->val = 0;
	u->flags = 0;
	u->cls = DT_OTHER;
	u->ndigits = 0;
	return u;
}

/*
 * Writes the units of one word or number token of a text of text_len
 * bytes; hyphen: the first of the text's hyphens not before it.  Returns
 * how many.
 */
static size_t
split_token(const char *text, size_t text_len, const uint32_t *hyphen, const pa_token *t,
			dt_unit *out)
{
	uint32_t	piece = t->start;
	size_t		n = 0;
	/* the flag, or a token that starts with something else than a letter (’90s) */
	int			digits = (t->flags & PA_TF_HAS_DIGIT) || !starts_with_letter(text, t);

	for (; *hyphen < t->end - 1; hyphen++)
	{
		uint32_t	i = *hyphen;

		if (i == piece || text[i - 1] == '-' || text[i + 1] == '-')
			continue;
		classify_piece(text + piece, i - piece, text_len - piece, (pa_token_kind) t->kind, digits,
					   new_unit(&out[n], t, text, piece, i));
		if (n > 0)
			out[n].flags |= DT_F_HYPHEN;
		n++;
		piece = i + 1;
	}
	classify_piece(text + piece, t->end - piece, text_len - piece, (pa_token_kind) t->kind, digits,
				   new_unit(&out[n], t, text, piece, t->end));
	if (n > 0)
		out[n].flags |= DT_F_HYPHEN;
	return n + 1;
}

/*
 * Whether token t is one word piece: a word that starts with a letter, with
 * no digit and no hyphen before its last byte (next_hyphen: the offset of
 * the first hyphen not before it, or UINT32_MAX).
 */
static inline int
plain_word(const char *text, const pa_token *t, uint32_t next_hyphen)
{
	return t->kind == PA_TOK_WORD && !(t->flags & PA_TF_HAS_DIGIT) &&
		starts_with_letter(text, t) && next_hyphen >= t->end - 1;
}

/*
 * Writes the unit of a plain_word() token: classify_piece() without its
 * tests; text_len: the length of the text.
 */
static void
plain_word_unit(const char *text, size_t text_len, const pa_token *t, dt_unit *u)
{
	const char *word = text + t->start;
	size_t		len = t->end - t->start;
	size_t		readable = text_len - t->start;

	copy_token_offsets(u, t);
	u->ndigits = 0;
	u->flags = (word[0] <= 'Z' ? DT_F_CAP : 0) |	/* a letter: upper case */
		(t->flags & PA_TF_ALL_CAPS ? DT_F_ALL_CAPS : 0);
	if (readable >= DT_KEY_BYTES)
		dt_classify_readable_word(word, len, u);
	else
		dt_classify_word(word, len, readable, u);
}

/*
 * Writes the units of a token that is not a plain_word(), as split_token()
 * does.  Returns how many.
 */
static size_t
token_units(const char *text, size_t text_len, const uint32_t *hyphen, const pa_token *t,
			dt_unit *out)
{
	size_t		len = t->end - t->start;
	size_t		n;

	if (t->kind == PA_TOK_NUMBER &&
		dt_classify_full_date(text + t->start, len, new_unit(&out[0], t, text, t->start, t->end)))
		n = 1;
	else if (t->kind == PA_TOK_WORD || t->kind == PA_TOK_NUMBER)
		n = split_token(text, text_len, hyphen, t, out);
	else
	{
		classify_piece(text + t->start, len, text_len - t->start, (pa_token_kind) t->kind, 0,
					   new_unit(&out[0], t, text, t->start, t->end));
		n = 1;
	}
	if (t->flags & PA_TF_ALL_CAPS)
	{
		for (size_t i = 0; i < n; i++)
			out[i].flags |= DT_F_ALL_CAPS;
	}
	return n;
}

/* See dates_units.h. */
size_t
dt_build_units(dt_unit_builder *b, const pa_sentence *s)
{
	const char *text = b->doc->text;
	size_t		text_len = b->doc->len;
	const pa_token *t = &b->doc->tokens.tokens[s->first_token];
	const pa_token *end = t + s->token_count;
	const uint32_t *hyphen = b->next_hyphen;
	dt_unit    *u = b->units;

	for (; t < end; t++)
	{
		while (*hyphen < t->start)
			hyphen++;
		if (plain_word(text, t, *hyphen))
			plain_word_unit(text, text_len, t, u++);
		else
			u += token_units(text, text_len, hyphen, t, u);
	}
	b->next_hyphen = hyphen;
	memset(u, 0, sizeof(*u));
	u->cls = DT_CLASS_COUNT;	/* an end marker: reading one unit past the end is safe */
	return (size_t) (u - b->units);
}
