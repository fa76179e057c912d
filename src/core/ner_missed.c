/*
 * ner_missed.c: untagged repeats of the document's mentions and quoted
 * titles (see ner_missed.h).
 */
#include "ner_missed.h"

#include <string.h>

#include "ner_datelines.h"
#include "ner_hash.h"
#include "ner_keytab.h"
#include "ner_spans.h"

/* The longest run of words looked up, in tokens. */
#define MAX_REPEAT 6

/* The longest quoted title, in tokens. */
#define MAX_TITLE 8

/* Lower-case words a title may hold. */
static const char *const small_words[] = {
	"'s", "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
};

/* The named of a slot that is only the first words of mentions. */
#define NO_MENTION ((size_t) -1)

/* The document's mentions, and the first words of each, by their words. */
typedef struct repeat_index
{
	ner_keytab	names;
	uint32_t	(*votes)[PA_ENT_TYPE_COUNT];	/* per name slot: mentions of each type */
	size_t	   *named;			/* per name slot: its first mention, or NO_MENTION for a mere prefix */
} repeat_index;

/* The key of the words of tokens [first, first + n), n >= 1, extended from the key of n - 1 of them. */
static inline uint64_t
run_key(const ner_token *toks, uint32_t first, uint32_t n, uint64_t shorter)
{
	return n == 1 ? ner_feat1(220, toks[first].word) : ner_feat2(221, shorter, toks[first + n - 1].word);
}

/* Builds the index of the mentions items[0..count) and of their first words. */
static pa_status
index_mentions(const ner_token *toks, const pa_entity *items, size_t count, repeat_index *ix,
			   pa_arena *arena)
{
	int			added;
	size_t		words = 0;

	for (size_t m = 0; m < count; m++)
		words += items[m].token_count;
	if (ner_keytab_init(&ix->names, words, arena) != PA_OK ||
		(ix->votes = pa_arena_alloc_array(arena, ner_keytab_size(&ix->names), sizeof(*ix->votes))) == NULL ||
		(ix->named = pa_arena_alloc_array(arena, ner_keytab_size(&ix->names), sizeof(size_t))) == NULL)
		return PA_ERR_NOMEM;
	for (size_t m = 0; m < count; m++)
	{
		const pa_entity *e = &items[m];
		uint64_t	key = 0;
		size_t		slot = 0;

		if (e->token_count > MAX_REPEAT)
			continue;
		for (uint32_t k = 1; k <= e->token_count; k++)
		{
			key = run_key(toks, e->first_token, k, key);
			slot = ner_keytab_slot(&ix->names, key, &added);
			if (added)
			{
				memset(ix->votes[slot], 0, sizeof(*ix->votes));
				ix->named[slot] = NO_MENTION;
			}
		}
		if (ix->named[slot] == NO_MENTION)
			ix->named[slot] = m;
		ix->votes[slot][e->type]++;
	}
	return PA_OK;
}

/* The type most mentions of a name slot have; the first mention's on a tie. */
static pa_entity_type
voted_type(const repeat_index *ix, const pa_entity *items, size_t slot)
{
	const uint32_t *v = ix->votes[slot];
	pa_entity_type best = items[ix->named[slot]].type;

	for (int t = 0; t < PA_ENT_TYPE_COUNT; t++)
		if (v[t] > v[best])
			best = (pa_entity_type) t;
	return best;
}

/*
 * The repeat starting at token i, no further than token limit: its length
 * (0 if none), *type and *source (the mention it repeats).
 */
static uint32_t
repeat_at(const ner_token *toks, const pa_entity *items, const repeat_index *ix, uint32_t i,
		  uint32_t limit, pa_entity_type *type, size_t *source)
{
	uint64_t	key = 0;
	uint32_t	found = 0;
	size_t		slot;

	for (uint32_t k = 1; k <= MAX_REPEAT && i + k <= limit; k++)
	{
		key = run_key(toks, i, k, key);
		if ((slot = ner_keytab_find(&ix->names, key)) == (size_t) -1)
			break;
		if (ix->named[slot] != NO_MENTION)
		{
			found = k;
			*source = ix->named[slot];
			*type = voted_type(ix, items, slot);
		}
	}
	return found;
}

/* Whether token i of doc may be a word of a title: capitalised, or a small word. */
static int
title_word(const pa_document *doc, uint32_t i)
{
	const pa_token *t = &doc->tokens.tokens[i];
	size_t		len = t->end - t->start;

	if (t->flags & PA_TF_CAPITALISED)
		return 1;
	for (size_t k = 0; k < sizeof(small_words) / sizeof(small_words[0]); k++)
		if (strlen(small_words[k]) == len && memcmp(small_words[k], doc->text + t->start, len) == 0)
			return 1;
	return 0;
}

/*
 * The length of the quoted title starting at token i, after an opening
 * quote mark of its sentence starting at token first, ending before token
 * limit; 0 if none.
 */
static uint32_t
quoted_title_at(const pa_document *doc, uint32_t i, uint32_t first, uint32_t limit)
{
	uint32_t	j = i;

	if (i == first || !ner_spans_quote_at(doc, i - 1, PA_QUOTE_OPEN))
		return 0;
	while (j < limit && j - i < MAX_TITLE && doc->tokens.tokens[j].kind != PA_TOK_QUOTE &&
		   title_word(doc, j))
		j++;
	if (j < limit && ner_spans_quote_at(doc, j, PA_QUOTE_CLOSE) &&
		(doc->tokens.tokens[j - 1].flags & PA_TF_CAPITALISED))
		return j - i;
	return 0;
}

/*
 * Walks the document's tokens, passing over the mentions, and counts the
 * missed names; with out, writes the mentions and the missed names to it
 * in order.
 */
static size_t
find_missed(const pa_document *doc, const ner_token *toks, const pa_entity *items, size_t count,
			 const repeat_index *ix, pa_entity *out)
{
	size_t		next = 0;
	size_t		added = 0;

	for (size_t s = 0; s < doc->segments.sentence_count; s++)
	{
		const pa_sentence *sent = &doc->segments.sentences[s];
		uint32_t	end = sent->first_token + sent->token_count;
		uint32_t	i = sent->first_token;

		while (i < end)
		{
			uint32_t	limit = next < count && items[next].first_token < end ? items[next].first_token : end;
			uint32_t	n = 0;
			pa_entity_type type = PA_ENT_MISC;
			size_t		source = 0;

			if (i == limit)
			{
				if (out != NULL)
					out[next + added] = items[next];
				i += items[next++].token_count;
				continue;
			}
			if (doc->tokens.tokens[i].flags & PA_TF_CAPITALISED)
			{
				float		score = 0.5f;

				if ((n = repeat_at(toks, items, ix, i, limit, &type, &source)) > 0)
					score = items[source].score;
				else if ((n = quoted_title_at(doc, i, sent->first_token, limit)) > 0)
					type = PA_ENT_MISC;
				if (n > 0 && out != NULL)
				{
					ner_spans_set_mention(doc, &out[next + added], i, n, (uint32_t) s);
					out[next + added].type = type;
					out[next + added].score = score;
				}
			}
			added += n > 0;
			i += n > 0 ? n : 1;
		}
	}
	return added;
}

/* See ner_missed.h. */
pa_status
ner_missed_add(const pa_document *doc, const ner_token *toks, pa_entity **items, size_t *count,
			   pa_arena *arena)
{
	repeat_index ix;
	size_t		added;
	pa_entity  *all;

	if (ner_datelines_type(doc, items, count, arena) != PA_OK ||
		index_mentions(toks, *items, *count, &ix, arena) != PA_OK)
		return PA_ERR_NOMEM;
	added = find_missed(doc, toks, *items, *count, &ix, NULL);
	if (added == 0)
		return PA_OK;
	all = pa_arena_alloc_array(arena, *count + added, sizeof(pa_entity));
	if (all == NULL)
		return PA_ERR_NOMEM;
	find_missed(doc, toks, *items, *count, &ix, all);
	*items = all;
	*count += added;
	return PA_OK;
}
