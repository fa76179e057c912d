/*
 * lexicon.h: gazetteers (lists of names by category) compiled into a token
 * trie, matched over sentences.
 *
 * A source is one category (its name, e.g. "country") and a UTF-8 text
 * with one name per line.  Names are tokenized with the core tokenizer,
 * so they match exactly the tokens a document yields, and compared in lower
 * case.  The trie is a hash table of edges keyed by (node, token key);
 * each node has one edge into it, which holds the categories of the names
 * that end there.
 */
#ifndef PA_LEXICON_H
#define PA_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "status.h"

#define PA_LEXICON_MAX_CATEGORIES 16
#define PA_LEXICON_MAX_TOKENS 8	/* longer names are left out */

/* Match codes, four bits per category in a token's code word. */
enum
{
	PA_LEX_NONE = 0,
	PA_LEX_BEGIN,				/* first token of a name of two or more */
	PA_LEX_INSIDE,
	PA_LEX_LAST,
	PA_LEX_UNIT					/* a name of one token */
};

typedef struct pa_lexicon_source
{
	const char *name;			/* category */
	const char *text;			/* one name per line */
	size_t		len;
} pa_lexicon_source;

typedef struct pa_lexicon_edge
{
	uint64_t	key;			/* hash of (parent node, token key); 0 = empty slot */
	uint32_t	child;
	uint32_t	categories;		/* bit c set when a name of category c ends at child */
} pa_lexicon_edge;

#define PA_LEXICON_FILTER_BITS 20

/* Room for the entity tagger's capitalisation contexts (NER_CAPCTX_*). */
#define PA_LEXICON_CAPCTX 8

/* The entity tagger's lexicon features of one category (ner_lexicon_features). */
typedef struct pa_lexicon_features
{
	uint64_t	code[PA_LEX_UNIT + 1];	/* [code] of a token in a name */
	uint64_t	code_capctx[PA_LEX_UNIT + 1][PA_LEXICON_CAPCTX];	/* [code][capitalisation context] */
	uint64_t	after;			/* of a token just after a name */
	uint64_t	before;			/* of a token just before one */
} pa_lexicon_features;

typedef struct pa_lexicon
{
	/* bit set for the key of every first token of a name: most tokens skip the trie */
	uint64_t	first_filter[(1 << PA_LEXICON_FILTER_BITS) / 64];
	/* bit set for the first two token keys of every longer name: most walks stop at one */
	uint64_t	pair_filter[(1 << PA_LEXICON_FILTER_BITS) / 64];
	size_t		category_count;
	pa_lexicon_features features[PA_LEXICON_MAX_CATEGORIES];	/* per category */
	size_t		node_count;
	pa_lexicon_edge *edges;
	size_t		edge_mask;		/* table size - 1 */
	size_t		name_count;
} pa_lexicon;

/*
 * Builds a lexicon from count sources (at most PA_LEXICON_MAX_CATEGORIES).
 * The trie lives in arena; scratch holds the tokens while building (it may
 * be the same arena).  Sources must be well-formed UTF-8.
 */
pa_status	pa_lexicon_build(pa_lexicon *lex, const pa_lexicon_source *sources, size_t count,
							 pa_arena *arena, pa_arena *scratch);

/*
 * Matches one sentence whose token keys (ner_token_key) are keys[0..n):
 * codes[i] receives, in bits 4c..4c+3, the PA_LEX_* code of token i in the
 * longest name of category c found by a left-to-right scan.
 */
void		pa_lexicon_match(const pa_lexicon *lex, const uint64_t *keys, size_t n, uint64_t *codes);

#endif							/* PA_LEXICON_H */
