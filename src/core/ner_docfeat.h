/*
 * ner_docfeat.h: non-local features for the second tagging pass.
 *
 * After a first pass has tagged the whole document, each capitalised word
 * is summarised over all its occurrences: how often the first pass tagged
 * it as each type, and the longest entity it was part of.  A token then
 * sees what the rest of the document says about the same word (Merkel
 * late in the text after Angela Merkel earlier), besides its own
 * first-pass tags.
 */
#ifndef PA_NER_DOCFEAT_H
#define PA_NER_DOCFEAT_H

#include "ner_features.h"
#include "ner_tags.h"

#define NER_MAX_DOC_FEATURES 8

typedef struct ner_doc_word
{
	uint16_t	count[1 + PA_ENT_TYPE_COUNT];	/* capitalised uses: O, then per type */
	uint8_t		longest;		/* tokens in the longest entity holding the word */
	uint8_t		longest_type;
	uint8_t		longest_position;	/* PA_LEX_* code of the word in it */
} ner_doc_word;

typedef struct ner_doc_summary
{
	ner_doc_word *word;			/* per word_id of the tokens */
	uint8_t    *span_length;	/* per token: length of its first-pass entity, 0 if O */
} ner_doc_summary;

/* Summarises the first-pass tags[0..n) of a document. */
pa_status	ner_doc_summarise(const ner_token *toks, size_t n, const uint8_t *tags,
							  pa_arena *arena, ner_doc_summary *out);

/*
 * A document feature combines a template with two small values (tags,
 * capitalisation contexts, counts in buckets), so all of them fit in a
 * dense numbering of NER_DOC_VALUE_COUNT: a scorer can hold one weight row
 * per number instead of hashing and looking each feature up.
 */
#define NER_DOC_VALUE_COUNT (7 * 32 * 16)

/*
 * Writes the numbers of the document features of every token of the
 * sentence [first, end) to out (room for NER_MAX_DOC_FEATURES per token),
 * those of token first + k from out[start[k]]; start[end - first] receives
 * the total.
 */
void		ner_sentence_doc_values(const ner_doc_summary *summary, const ner_token *toks,
									const uint8_t *tags, size_t first, size_t end,
									uint16_t *out, uint32_t *start);

/* The feature hash of a document feature number (below NER_DOC_VALUE_COUNT). */
uint64_t	ner_doc_value_feature(uint16_t value);

/*
 * Writes the document features of token i of the sentence [first, end), as
 * feature hashes, to out (room for NER_MAX_DOC_FEATURES); returns the count.
 */
size_t		ner_doc_features(const ner_doc_summary *summary, const ner_token *toks,
							 const uint8_t *tags, size_t first, size_t end, size_t i,
							 uint64_t *out);

#endif							/* PA_NER_DOCFEAT_H */
