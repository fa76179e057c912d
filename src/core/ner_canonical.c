/*
 * ner_canonical.c: linking mentions to their fullest form (see
 * ner_canonical.h).
 */
#include "ner_canonical.h"

#include "ner_hash.h"
#include "ner_keytab.h"

#define MAX_ACRONYM 10

/* The key under which a word of a mention of a type is indexed. */
static inline uint64_t
word_type_key(uint64_t word, pa_entity_type type)
{
	return ner_feat1(200 + type, word);
}

/* Nonzero when mention a's words occur in order, contiguously, in mention b. */
static int
is_inside(const ner_token *toks, const pa_entity *a, const pa_entity *b)
{
	for (uint32_t off = 0; off + a->token_count <= b->token_count; off++)
	{
		uint32_t	k = 0;

		while (k < a->token_count &&
			   toks[a->first_token + k].key == toks[b->first_token + off + k].key)
			k++;
		if (k == a->token_count)
			return 1;
	}
	return 0;
}

/*
 * Writes the initials of a mention's capitalised words (or the letters of a
 * one-word mention) in upper case to buf; returns the length, 0 if too long.
 */
static size_t
initials(const pa_document *doc, const ner_token *toks, const pa_entity *e, char *buf)
{
	size_t		n = 0;

	if (e->token_count == 1)
	{
		for (uint32_t p = e->start; p < e->end; p++)
		{
			char		c = doc->text[p];

			if (c >= 'A' && c <= 'Z' && n < MAX_ACRONYM)
				buf[n++] = c;
			else if (c != '.')
				return 0;
		}
		return n;
	}
	for (uint32_t k = 0; k < e->token_count; k++)
	{
		const pa_token *tok = &doc->tokens.tokens[e->first_token + k];
		char		c = doc->text[tok->start];

		if (!(toks[e->first_token + k].flags & NER_F_CAP))
			continue;
		if (n == MAX_ACRONYM || c < 'A' || c > 'Z')
			return 0;
		buf[n++] = c;
	}
	return n;
}

/* The mention's text with white space runs as single spaces, in arena. */
static pa_status
single_spaced(const pa_document *doc, pa_entity *e, pa_arena *arena)
{
	char	   *buf = pa_arena_alloc(arena, e->end - e->start + 1);
	size_t		n = 0;

	if (buf == NULL)
		return PA_ERR_NOMEM;
	for (uint32_t k = 0; k < e->token_count; k++)
	{
		const pa_token *tok = &doc->tokens.tokens[e->first_token + k];

		if (k > 0 && (tok->flags & PA_TF_SPACE_BEFORE))
			buf[n++] = ' ';
		memcpy(buf + n, doc->text + tok->start, tok->end - tok->start);
		n += tok->end - tok->start;
	}
	e->canonical = buf;
	e->canonical_len = (uint32_t) n;
	return PA_OK;
}

/* Nonzero when mention a is a better canonical form than b: longer, or as long and not in a headline. */
static int
better_form(const ner_token *toks, const pa_entity *a, const pa_entity *b)
{
	if (a->token_count != b->token_count)
		return a->token_count > b->token_count;
	return (toks[b->first_token].flags & NER_F_HEADLINE) &&
		!(toks[a->first_token].flags & NER_F_HEADLINE);
}

/* Indexes, per word and type, the longest mention holding it; per acronym, the first multi-word mention. */
static void
index_mentions(const pa_document *doc, const ner_token *toks, const pa_entity *items, size_t count,
			   ner_keytab *words, size_t *longest, ner_keytab *acronyms, size_t *expansion)
{
	char		buf[MAX_ACRONYM];

	for (size_t m = 0; m < count; m++)
	{
		const pa_entity *e = &items[m];
		size_t		n;
		int			added;

		for (uint32_t k = 0; k < e->token_count; k++)
		{
			size_t		slot = ner_keytab_slot(words, word_type_key(toks[e->first_token + k].key, e->type),
											   &added);

			if (added || better_form(toks, e, &items[longest[slot]]))
				longest[slot] = m;
		}
		if (e->token_count >= 2 && (n = initials(doc, toks, e, buf)) >= 2)
		{
			size_t		slot = ner_keytab_slot(acronyms, ner_hash_bytes(buf, n), &added);

			if (added)
				expansion[slot] = m;
		}
	}
}

/* The mention m stands for: a longer mention holding it, an expansion, or itself. */
static size_t
fullest_form(const pa_document *doc, const ner_token *toks, const pa_entity *items, size_t m,
			 const ner_keytab *words, const size_t *longest, const ner_keytab *acronyms,
			 const size_t *expansion)
{
	const pa_entity *e = &items[m];
	size_t		slot = ner_keytab_find(words, word_type_key(toks[e->first_token].key, e->type));
	char		buf[MAX_ACRONYM];
	size_t		n;

	if (slot != (size_t) -1 && longest[slot] != m && is_inside(toks, e, &items[longest[slot]]))
		return longest[slot];
	if (e->token_count == 1 && (toks[e->first_token].flags & NER_F_ALLCAPS) &&
		(n = initials(doc, toks, e, buf)) >= 2 &&
		(slot = ner_keytab_find(acronyms, ner_hash_bytes(buf, n))) != (size_t) -1)
		return expansion[slot];
	return m;
}

/* Sets the canonical forms; see ner_canonical.h. */
pa_status
ner_canonicalise(const pa_document *doc, const ner_token *toks, pa_entity *items, size_t count,
				 pa_arena *arena)
{
	ner_keytab	words;
	ner_keytab	acronyms;
	size_t	   *longest;
	size_t	   *expansion;
	size_t	   *target = pa_arena_alloc_array(arena, count + 1, sizeof(size_t));
	size_t		word_count = 0;
	pa_status	status;

	for (size_t m = 0; m < count; m++)
		word_count += items[m].token_count;
	if (target == NULL || (status = ner_keytab_init(&words, word_count, arena)) != PA_OK ||
		(status = ner_keytab_init(&acronyms, count, arena)) != PA_OK)
		return PA_ERR_NOMEM;
	longest = pa_arena_alloc_array(arena, ner_keytab_size(&words), sizeof(size_t));
	expansion = pa_arena_alloc_array(arena, ner_keytab_size(&acronyms), sizeof(size_t));
	if (longest == NULL || expansion == NULL)
		return PA_ERR_NOMEM;
	index_mentions(doc, toks, items, count, &words, longest, &acronyms, expansion);
	for (size_t m = 0; m < count; m++)
	{
		target[m] = fullest_form(doc, toks, items, m, &words, longest, &acronyms, expansion);
		if (target[m] == m && (status = single_spaced(doc, &items[m], arena)) != PA_OK)
			return status;
	}
	for (size_t m = 0; m < count; m++)
	{
		const pa_entity *full = &items[target[m]];

		if (target[m] == m)
			continue;
		if (full->canonical == NULL && (status = single_spaced(doc, &items[target[m]], arena)) != PA_OK)
			return status;
		items[m].canonical = full->canonical;
		items[m].canonical_len = full->canonical_len;
		items[m].type = full->type;
	}
	return PA_OK;
}
