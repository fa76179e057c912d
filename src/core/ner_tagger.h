/*
 * ner_tagger.h: tagging one document in two passes.
 *
 * Pass one scores each token's local features and decodes each sentence;
 * pass two adds the non-local features computed from pass one's tags
 * (ner_docfeat.h) to the same scores and decodes again.  The weights come
 * through a scorer, so the trainer runs exactly this code with its float
 * weights and the runtime with the quantised model.
 */
#ifndef PA_NER_TAGGER_H
#define PA_NER_TAGGER_H

#include "ner_docfeat.h"
#include "ner_features.h"
#include "tokenize.h"

typedef struct ner_scorer
{
	/*
	 * Adds, for each of count tokens, the weights of its features to its
	 * scores: token k has features[start[k]..start[k + 1]) and scores
	 * emissions[k * NER_TAG_COUNT..].  Each token has at most
	 * NER_MAX_LOCAL_FEATURES features.
	 */
	void		(*add_tokens) (const void *ctx, const uint64_t *features, const uint32_t *start,
							   size_t count, float *emissions);
	/*
	 * Optional (may be NULL): adds the word features of a known word to the
	 * tokens around it: scores[-d * NER_TAG_COUNT..] receives what the word
	 * gives the token d places before it, for d in [lowest, highest] (the
	 * neighbours inside the sentence).  Returns 0, adding nothing, for an
	 * unknown word.
	 */
	int			(*add_word) (const void *ctx, uint64_t word, float *scores, int lowest,
							 int highest);
	/* Optional: starts loading what add_word will read, to overlap cache misses. */
	void		(*prefetch_word) (const void *ctx, uint64_t word);
	const void *ctx;
	const float *start;			/* [NER_TAG_COUNT] */
	const float (*transition)[NER_TAG_COUNT];

	/*
	 * Optional: like add_tokens, for document feature numbers
	 * (ner_sentence_doc_values) instead of feature hashes.  Without it the second
	 * pass hashes them and goes through add_tokens.
	 */
	void		(*add_doc_values) (const void *ctx, const uint16_t *values, const uint32_t *start,
								   size_t count, float *emissions);
} ner_scorer;

typedef struct ner_tagging
{
	ner_token  *toks;			/* per token */
	uint8_t    *first_pass;		/* tags of pass one */
	uint8_t    *tags;			/* final tags */
	float	   *emissions;		/* final scores, NER_TAG_COUNT per token */
} ner_tagging;

/* Tags doc with one pass or two; lex may be NULL. */
pa_status	ner_tag_document(const pa_document *doc, const pa_lexicon *lex,
							 const ner_scorer *scorer, int passes, pa_arena *arena,
							 const pa_progress *progress, ner_tagging *out);

#endif							/* PA_NER_TAGGER_H */
