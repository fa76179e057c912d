/*
 * dates_units.c: splits and classifies the tokens of a sentence.
 */
#include "dates_units.h"

#include <string.h>

#include "dates_lexicon.h"

/* See dates_units.h: the longest sentence plus one unit per hyphen. */
size_t
dt_units_capacity(const pa_document *doc)
{
	size_t		longest = 0,
				hyphens = 0;
	const char *p = doc->text;
	const char *end = doc->text + doc->len;

	for (size_t s = 0; s < doc->segments.sentence_count; s++)
	{
		if (doc->segments.sentences[s].token_count > longest)
			longest = doc->segments.sentences[s].token_count;
	}
	while (p < end && (p = memchr(p, '-', (size_t) (end - p))) != NULL)
	{
		hyphens++;
		p++;
	}
	return longest + hyphens + 1;
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

/* Classifies one piece of a token; token_digits: the token has a digit somewhere. */
static void
classify_piece(const char *s, size_t len, pa_token_kind kind, int token_digits, dt_unit *u)
{
	int			has_digit = 0;

	for (size_t i = 0; token_digits && i < len && !has_digit; i++)
		has_digit = s[i] >= '0' && s[i] <= '9';
	if (has_digit)
		dt_classify_digits(s, len, u);
	else if (kind == PA_TOK_WORD)
		dt_classify_word(s, len, u);
	else
	{
		u->cls = kind == PA_TOK_NUMBER ? DT_NUMBER_OTHER : DT_PUNCT;
		u->val = (unsigned char) s[0] < 0x80 ? s[0] : 0;
	}
	if (s[0] >= 'A' && s[0] <= 'Z')
		u->flags |= DT_F_CAP;
}

/* Starts a unit over text[start, end) of token t. */
static dt_unit *
new_unit(dt_unit *u, const pa_token *t, const char *text, uint32_t start, uint32_t end)
{
	u->start = start;
	u->end = end;
	if (start == t->start && end == t->end)
	{
		u->cstart = t->cstart;
		u->cend = t->cend;
	}
	else
	{
		u->cstart = t->cstart + count_chars(text + t->start, start - t->start);
		u->cend = u->cstart + count_chars(text + start, end - start);
	}
	u->val = 0;
	u->flags = 0;
	u->cls = DT_OTHER;
	u->ndigits = 0;
	return u;
}

/* Writes the units of one word or number token; returns how many. */
static size_t
split_token(const char *text, const pa_token *t, dt_unit *out)
{
	uint32_t	piece = t->start;
	size_t		n = 0;
	unsigned char first = (unsigned char) text[t->start];
	/* the flag, or a token that starts with something else than a letter (’90s) */
	int			digits = (t->flags & PA_TF_HAS_DIGIT) || (unsigned) ((first | 0x20) - 'a') >= 26u;

	if (memchr(text + t->start, '-', t->end - t->start) == NULL)
	{
		classify_piece(text + piece, t->end - piece, (pa_token_kind) t->kind, digits,
					   new_unit(&out[0], t, text, piece, t->end));
		return 1;
	}
	for (uint32_t i = t->start + 1; i + 1 < t->end; i++)
	{
		if (text[i] != '-' || text[i - 1] == '-' || text[i + 1] == '-' || i == piece)
			continue;
		classify_piece(text + piece, i - piece, (pa_token_kind) t->kind, digits,
					   new_unit(&out[n], t, text, piece, i));
		if (n > 0)
			out[n].flags |= DT_F_HYPHEN;
		n++;
		piece = i + 1;
	}
	classify_piece(text + piece, t->end - piece, (pa_token_kind) t->kind, digits,
				   new_unit(&out[n], t, text, piece, t->end));
	if (n > 0)
		out[n].flags |= DT_F_HYPHEN;
	return n + 1;
}

/* See dates_units.h. */
size_t
dt_build_units(const pa_document *doc, const pa_sentence *s, dt_unit *out)
{
	size_t		n = 0;

	for (uint32_t k = 0; k < s->token_count; k++)
	{
		const pa_token *t = &doc->tokens.tokens[s->first_token + k];
		const char *text = doc->text + t->start;
		size_t		len = t->end - t->start;
		size_t		first = n;

		if (t->kind == PA_TOK_NUMBER &&
			dt_classify_full_date(text, len, new_unit(&out[n], t, doc->text, t->start, t->end)))
			n++;
		else if (t->kind == PA_TOK_WORD || t->kind == PA_TOK_NUMBER)
			n += split_token(doc->text, t, &out[n]);
		else
		{
			new_unit(&out[n], t, doc->text, t->start, t->end);
			classify_piece(text, len, (pa_token_kind) t->kind, 0, &out[n]);
			n++;
		}
		if (t->flags & PA_TF_ALL_CAPS)
		{
			for (size_t i = first; i < n; i++)
				out[i].flags |= DT_F_ALL_CAPS;
		}
	}
	memset(&out[n], 0, sizeof(out[n]));
	out[n].cls = DT_CLASS_COUNT;	/* an end marker: reading one unit past the end is safe */
	return n;
}
