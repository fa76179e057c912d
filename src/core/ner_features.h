/*
 * ner_features.h: what the entity tagger knows about each token, and the
 * local features of a token in its sentence.
 *
 * ner_prepare() hashes every form of every token once (exact, lower case,
 * shape), marks sentence starts and all-caps
 * headlines, matches the lexicon sentence by sentence, and records how
 * each word is capitalised elsewhere in the document.  The features of a
 * token then only combine those hashes.
 */
#ifndef PA_NER_FEATURES_H
#define PA_NER_FEATURES_H

#include <stdint.h>

#include "document.h"
#include "lexicon.h"

/* Token flags of the tagger. */
enum
{
	NER_F_CAP = 1 << 0,			/* first letter upper case */
	NER_F_ALLCAPS = 1 << 1,		/* two or more letters, none lower case */
	NER_F_LOWER = 1 << 2,		/* first letter lower case */
	NER_F_SENT_START = 1 << 3,	/* first word of its sentence */
	NER_F_HEADLINE = 1 << 4,	/* in a sentence without lower-case words */
	NER_F_LOWER_ELSEWHERE = 1 << 5, /* the word occurs in lower case in the document */
	NER_F_CAP_ELSEWHERE = 1 << 6	/* it occurs capitalised mid-sentence in the document */
};

/* Where the capitalisation of a token comes from (a feature value). */
enum
{
	NER_CAPCTX_NONE,			/* lower case or no letter */
	NER_CAPCTX_MID,				/* capitalised inside a sentence */
	NER_CAPCTX_START,			/* capitalised first word */
	NER_CAPCTX_HEADLINE,		/* in an all-caps headline */
	NER_CAPCTX_ALLCAPS,			/* an all-caps word inside normal text */
	NER_CAPCTX_COUNT
};

#define NER_AFFIX_COUNT 4		/* prefixes and suffixes of 1..4 characters */
#define NER_MAX_LOCAL_FEATURES (40 + 2 * PA_LEXICON_MAX_CATEGORIES)

typedef struct ner_token
{
	uint64_t	word;			/* exact text */
	uint64_t	lower;			/* lower case, digits as 0 */
	uint64_t	key;			/* lower case (ner_token_key) */
	uint64_t	shape;			/* runs cut to two */
	uint64_t	shape_short;	/* runs cut to one */
	uint64_t	lower_mixed;	/* ner_mix(lower), the left value of pair features */
	uint64_t	shape_short_mixed;	/* ner_mix(shape_short) */
	uint64_t	lex;			/* lexicon codes, 4 bits per category */
	const char *text;			/* the token in the document (for its affixes) */
	uint32_t	len;			/* its length in bytes */
	uint32_t	word_id;		/* number of its key among the document's distinct keys */
	uint16_t	flags;			/* NER_F_* */
	uint16_t	capctx;			/* NER_CAPCTX_* */
} ner_token;

/* Computes ner_token for every token of doc (lex may be NULL). */
pa_status	ner_prepare(const pa_document *doc, const pa_lexicon *lex, pa_arena *arena,
						ner_token **out);

/* Offsets of the neighbours a token's features look at: -2..2. */
#define NER_WINDOW 2
#define NER_WORD_FEATURES (5 + 2 * NER_AFFIX_COUNT)

/*
 * The local features of a token fall in two parts.  Word features depend
 * on one token's text only: ner_word_features(t, d) are those that token t
 * gives the token d places before it (d = 0: t itself; d = +1: t is the
 * next token).  Only d = 0 reads the prefixes and suffixes, hashed then
 * from the text: most words find their sums in the model's vocabulary and
 * never need them.  A model can therefore sum them once per word
 * (ner_model.h, vocabulary).  Context features are the rest: pairs of
 * tokens, capitalisation in context, the lexicon, and the sentence edges.
 */
size_t		ner_word_features(const ner_token *t, int d, uint64_t *out);

/* Writes the context features of token i of the sentence [first, end) to out. */
size_t		ner_context_features(const ner_token *toks, const pa_lexicon *lex,
								 size_t first, size_t end, size_t i, uint64_t *out);

/* Fills the lexicon features of the category whose name hashes to category. */
void		ner_lexicon_features(uint64_t category, pa_lexicon_features *out);

/*
 * Writes the context features of every token of the sentence [first, end)
 * to out, those of token first + k from out[start[k]]; start[end - first]
 * receives the total.
 */
void		ner_sentence_context_features(const ner_token *toks, const pa_lexicon *lex,
										  size_t first, size_t end, uint64_t *out,
										  uint32_t *start);

/*
 * Writes every local feature of token i (its context features and the word
 * features of itself and its neighbours in the sentence) to out (room for
 * NER_MAX_LOCAL_FEATURES); returns the count.
 */
size_t		ner_local_features(const ner_token *toks, const pa_lexicon *lex,
							   size_t first, size_t end, size_t i, uint64_t *out);

#endif							/* PA_NER_FEATURES_H */
