/*
 * lexicon.c: building the token trie of the gazetteers and matching it
 * over a sentence (see lexicon.h).
 */
#include "lexicon.h"

#include <string.h>

#include "ner_hash.h"
#include "ner_text.h"
#include "tokenize.h"
#include "utf8.h"

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

/* Nonzero when some name may start with the token (the filter has its bit). */
static inline int
may_start_name(const pa_lexicon *lex, uint64_t token_key)
{
	size_t		bit = filter_bit(token_key);

	return (lex->first_filter[bit / 64] >> (bit % 64)) & 1;
}

/* The child of node over token_key, or 0 (the root is never a child). */
static inline uint32_t
find_child(const pa_lexicon *lex, uint32_t node, uint64_t token_key)
{
	uint64_t	key = edge_key(node, token_key);

	for (size_t i = key & lex->edge_mask;; i = (i + 1) & lex->edge_mask)
	{
		const pa_lexicon_edge *e = &lex->edges[i];

		if (e->key == key)
			return e->child;
		if (e->key == 0)
			return 0;
	}
}

/* The child of node over token_key, added when missing. */
static uint32_t
add_child(pa_lexicon *lex, uint32_t node, uint64_t token_key)
{
	uint64_t	key = edge_key(node, token_key);
	size_t		i;

	for (i = key & lex->edge_mask; lex->edges[i].key != 0; i = (i + 1) & lex->edge_mask)
	{
		if (lex->edges[i].key == key)
			return lex->edges[i].child;
	}
	lex->edges[i].key = key;
	lex->edges[i].child = (uint32_t) lex->node_count;
	lex->node_categories[lex->node_count] = 0;
	return (uint32_t) lex->node_count++;
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
			for (size_t i = t; i < end; i++)
			{
				const pa_token *tok = &tokens->tokens[i];
				uint64_t	key = ner_token_key(src->text + tok->start, tok->end - tok->start);

				if (i == t)
					lex->first_filter[filter_bit(key) / 64] |= UINT64_C(1) << (filter_bit(key) % 64);
				node = add_child(lex, node, key);
			}
			lex->node_categories[node] |= 1u << category;
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
	lex->node_categories = pa_arena_alloc_array(arena, total + 1, sizeof(uint32_t));
	if (lex->edges == NULL || lex->node_categories == NULL)
		return PA_ERR_NOMEM;
	memset(lex->edges, 0, size * sizeof(pa_lexicon_edge));
	lex->edge_mask = size - 1;
	lex->node_categories[0] = 0;
	lex->node_count = 1;
	lex->category_count = count;
	for (size_t c = 0; c < count; c++)
	{
		lex->category_hash[c] = ner_hash_bytes(sources[c].name, strlen(sources[c].name));
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

/* Longest-match scan of one sentence; see lexicon.h. */
void
pa_lexicon_match(const pa_lexicon *lex, const uint64_t *keys, size_t n, uint64_t *codes)
{
	size_t		covered[PA_LEXICON_MAX_CATEGORIES] = {0};
	size_t		best_end[PA_LEXICON_MAX_CATEGORIES];

	memset(codes, 0, n * sizeof(uint64_t));
	if (lex == NULL || lex->node_count <= 1)
		return;
	/* start loading the root edges first, so that their cache misses overlap */
	for (size_t i = 0; i < n; i++)
	{
		if (may_start_name(lex, keys[i]))
			__builtin_prefetch(&lex->edges[edge_key(0, keys[i]) & lex->edge_mask]);
	}
	for (size_t i = 0; i < n; i++)
	{
		uint32_t	found = 0;
		uint32_t	node = 0;

		if (!may_start_name(lex, keys[i]))
			continue;
		for (size_t j = i; j < n && j < i + PA_LEXICON_MAX_TOKENS; j++)
		{
			uint32_t	cats;

			node = find_child(lex, node, keys[j]);
			if (node == 0)
				break;
			cats = lex->node_categories[node];
			found |= cats;
			for (unsigned c = 0; cats != 0; c++, cats >>= 1)
			{
				if (cats & 1)
					best_end[c] = j + 1;
			}
		}
		for (unsigned c = 0; found != 0; c++, found >>= 1)
		{
			if ((found & 1) && i >= covered[c])
			{
				mark_name(codes, i, best_end[c], c);
				covered[c] = best_end[c];
			}
		}
	}
}
