/*
 * ner_decode.h: constrained Viterbi decoding of BIO tags for one sentence.
 */
#ifndef PA_NER_DECODE_H
#define PA_NER_DECODE_H

#include <stddef.h>
#include <stdint.h>

#include "ner_tags.h"

/*
 * Finds the best tag sequence for n tokens: emissions[i * NER_TAG_COUNT + t]
 * scores tag t at token i, start[t] the first tag, transition[a][b] tag b
 * after a.  Forbidden transitions (ner_tag_allowed) are never taken.
 * back holds n * NER_TAG_COUNT bytes of scratch.  Writes tags[0..n).
 */
void		ner_viterbi(const float *emissions, size_t n, const float *start,
						const float (*transition)[NER_TAG_COUNT], uint8_t *back, uint8_t *tags);

#endif							/* PA_NER_DECODE_H */
