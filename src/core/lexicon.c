/*
 * lexicon.c: building the token trie of the gazetteers and matching it
 * over a sentence (see lexicon.h).
 */
#include "lexicon.h"

#include <string.h>

#include "ner_features.h"
#include "ner_hash.h"
#include "ner_text.h"
#include "tokenize.h"
#include "utf8.h"

/* Start positions whose walks go together (walk_batch). */
#define MATCH_BATCH 64

/* The edge key of a step from node over a token key; never 0. */
static inline uint64_t
edge_key(uint32_t node, uint64_t token_key)
{
	return ner_mix(token_key ^ ((uint64_t) node * UINT64_C(0x9e3779b97f4a7c15))) | 1;
}

/* The bit of the first-token filter for a token key. */
static inline size_t
filter_bit(uint64_t token_key)
{
	return (size_t) (token_key >> 40) & ((1u << PA_LEXICON_FILTER_BITS) - 1);
}

/* The bit of the pair filter for two token keys. */
static inline size_t
pair_bit(uint64_t first, uint64_t second)
{
	return filter_bit(ner_mix(first ^ (second * UINT64_C(0xff51afd7ed558ccd))));
}

/* Sets a bit of a filter. */
static inline void
set_bit(uint64_t *filter, size_t bit)
{
	filter[bit / 64] |= UINT64_C(1) << (bit % 64);
}

/* The bit of a filter. */
static inline int
has_bit(const uint64_t *filter, size_t bit)
{
	return (int) (filter[bit / 64] >> (bit % 64)) & 1;
}

/* The edge from node over token_key, or NULL. */
static inline const pa_lexicon_edge *
find_edge(const pa_lexicon *lex, uint32_t node, uint64_t token_key)
{
	uint64_t	key = edge_key(node, token_key);

	for (size_t i = key & lex->edge_mask;; i = (i + 1) & lex->edge_mask)
	{
		const pa_lexicon_edge *e = &lex->edges[i];

		if (e->key == key)
			return e;
		if (e->key == 0)
			return NULL;
	}
}

/* Starts loading the first slot of the edge from node over token_key. */
static inline void
prefetch_edge(const pa_lexicon *lex, uint32_t node, uint64_t token_key)
{
	__builtin_prefetch(&lex->edges[edge_key(node, token_key) & lex->edge_mask]);
}

/* The edge from node over token_key, added when missing. */
static pa_lexicon_edge *
add_edge(pa_lexicon *lex, uint32_t node, uint64_t token_key)
{
	uint64_t	key = edge_key(node, token_key);
	size_t		i;

	for (i = key & lex->edge_mask; lex->edges[i].key != 0; i = (i + 1) & lex->edge_mask)
	{
		if (lex->edges[i].key == key)
			return &lex->edges[i];
	}
	lex->edges[i].key = key;
	lex->edges[i].child = (uint32_t) lex->node_count++;
	lex->edges[i].categories = 0;
	return &lex->edges[i];
}

/* Adds the names of one source (tokens of one line form one name). */
static void
add_names(pa_lexicon *lex, const pa_lexicon_source *src, const pa_token_list *tokens, unsigned category)
{
	size_t		t = 0;

	while (t < tokens->count)
	{
		size_t		end = t + 1;
		uint32_t	node = 0;

		while (end < tokens->count && tokens->tokens[end].newlines_before == 0)
			end++;
		if (end - t <= PA_LEXICON_MAX_TOKENS)
		{
			pa_lexicon_edge *edge = NULL;
			uint64_t	first = 0;

			for (size_t i = t; i < end; i++)
			{
				const pa_token *tok = &tokens->tokens[i];
				uint64_t	key = ner_token_key(src->text + tok->start, tok->end - tok->start);

				if (i == t)
				{
					set_bit(lex->first_filter, filter_bit(key));
					first = key;
				}
				else if (i == t + 1)
					set_bit(lex->pair_filter, pair_bit(first, key));
				edge = add_edge(lex, node, key);
				node = edge->child;
			}
			edge->categories |= 1u << category;
			lex->name_count++;
		}
		t = end;
	}
}

/* Builds the trie; see lexicon.h. */
pa_status
pa_lexicon_build(pa_lexicon *lex, const pa_lexicon_source *sources, size_t count,
				 pa_arena *arena, pa_arena *scratch)
{
	pa_token_list *lists;
	size_t		total = 0;
	size_t		size = 16;

	memset(lex, 0, sizeof(*lex));
	if (count > PA_LEXICON_MAX_CATEGORIES)
		count = PA_LEXICON_MAX_CATEGORIES;
	lists = pa_arena_alloc_array(scratch, count ? count : 1, sizeof(pa_token_list));
	if (lists == NULL)
		return PA_ERR_NOMEM;
	for (size_t c = 0; c < count; c++)
	{
		size_t		bad;
		pa_status	status;

		if (!pa_utf8_validate(sources[c].text, sources[c].len, &bad))
			return PA_ERR_INVALID_UTF8;
		status = pa_tokenize(sources[c].text, sources[c].len, scratch, NULL, &lists[c]);
		if (status != PA_OK)
			return status;
		total += lists[c].count;
	}
	while (size < 2 * total + 2)
		size *= 2;
	lex->edges = pa_arena_alloc_array(arena, size, sizeof(pa_lexicon_edge));
	if (lex->edges == NULL)
		return PA_ERR_NOMEM;
	memset(lex->edges, 0, size * sizeof(pa_lexicon_edge));
	lex->edge_mask = size - 1;
	lex->node_count = 1;
	lex->category_count = count;
	for (size_t c = 0; c < count; c++)
	{
		ner_lexicon_features(ner_hash_bytes(sources[c].name, strlen(sources[c].name)),
							 &lex->features[c]);
		add_names(lex, &sources[c], &lists[c], (unsigned) c);
	}
	return PA_OK;
}

/* Writes code for category c over tokens [from, to). */
static void
mark_name(uint64_t *codes, size_t from, size_t to, unsigned c)
{
	unsigned	shift = 4 * c;

	if (to - from == 1)
	{
		codes[from] |= (uint64_t) PA_LEX_UNIT << shift;
		return;
	}
	codes[from] |= (uint64_t) PA_LEX_BEGIN << shift;
	for (size_t i = from + 1; i + 1 < to; i++)
		codes[i] |= (uint64_t) PA_LEX_INSIDE << shift;
	codes[to - 1] |= (uint64_t) PA_LEX_LAST << shift;
}

/* The walks of one batch: where each starts and the categories it found. */
typedef struct lexicon_walks
{
	size_t		count;
	uint8_t		start[MATCH_BATCH];	/* offset of the first token in the batch */
	uint8_t		depth[MATCH_BATCH];	/* tokens matched */
	uint32_t	found[MATCH_BATCH][PA_LEXICON_MAX_TOKENS];	/* [d]: names of d + 1 tokens */
} lexicon_walks;

/*
 * Walks the trie from every start of [from, to) that may begin a name,
 * all walks a step at a time, so that the cache misses of one step's edges
 * overlap: each step prefetches the next edges of the walks still going.
 * A walk goes past its first token only when the pair filter has its
 * first two tokens.  The walks are recorded in the order of their starts.
 */
static void
walk_batch(const pa_lexicon *lex, const uint64_t *keys, size_t n, size_t from, size_t to,
		   lexicon_walks *walks)
{
	uint32_t	node[MATCH_BATCH];
	uint8_t		going[MATCH_BATCH];
	size_t		count = 0;

	for (size_t i = from; i < to; i++)
	{
		if (has_bit(lex->first_filter, filter_bit(keys[i])))
		{
			prefetch_edge(lex, 0, keys[i]);
			walks->start[count] = (uint8_t) (i - from);
			walks->depth[count] = 0;
			node[count] = 0;
			going[count] = (uint8_t) count;
			count++;
		}
	}
	walks->count = count;
	for (size_t d = 0; count > 0; d++)
	{
		size_t		kept = 0;

		for (size_t k = 0; k < count; k++)
		{
			size_t		w = going[k];
			size_t		j = from + walks->start[w] + d;
			const pa_lexicon_edge *e = find_edge(lex, node[w], keys[j]);

			if (e == NULL)
				continue;
			walks->found[w][d] = e->categories;
			walks->depth[w] = (uint8_t) (d + 1);
			node[w] = e->child;
			if (j + 1 < n && d + 1 < PA_LEXICON_MAX_TOKENS &&
				(d > 0 || has_bit(lex->pair_filter, pair_bit(keys[j], keys[j + 1]))))
			{
				prefetch_edge(lex, node[w], keys[j + 1]);
				going[kept++] = (uint8_t) w;
			}
		}
		count = kept;
	}
}

/*
 * Marks, for each category that walk w found a name of, its longest name
 * from token i, unless an earlier name of the category covers i.
 */
static void
mark_longest(const lexicon_walks *walks, size_t w, size_t i, size_t *covered, uint64_t *codes)
{
	size_t		best_end[PA_LEXICON_MAX_CATEGORIES];
	uint32_t	any = 0;

	for (size_t d = 0; d < walks->depth[w]; d++)
	{
		any |= walks->found[w][d];
		for (uint32_t cats = walks->found[w][d]; cats != 0; cats &= cats - 1)
			best_end[__builtin_ctz(cats)] = i + d + 1;
	}
	for (; any != 0; any &= any - 1)
	{
		unsigned	c = (unsigned) __builtin_ctz(any);

		if (i >= covered[c])
		{
			mark_name(codes, i, best_end[c], c);
			covered[c] = best_end[c];
		}
	}
}

/* Longest-match scan of one sentence; see lexicon.h. */
void
pa_lexicon_match(const pa_lexicon *lex, const uint64_t *keys, size_t n, uint64_t *codes)
{
	size_t		covered[PA_LEXICON_MAX_CATEGORIES] = {0};
	lexicon_walks walks;

	memset(codes, 0, n * sizeof(uint64_t));
	if (lex == NULL || lex->node_count <= 1)
		return;
	for (size_t from = 0; from < n; from += MATCH_BATCH)
	{
		size_t		to = n - from < MATCH_BATCH ? n : from + MATCH_BATCH;

		walk_batch(lex, keys, n, from, to, &walks);
		for (size_t w = 0; w < walks.count; w++)
			mark_longest(&walks, w, from + walks.start[w], covered, codes);
	}
}
