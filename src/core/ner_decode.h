/*
 * ner_decode.h: constrained Viterbi decoding of BIO tags for one sentence.
 */
#ifndef PA_NER_DECODE_H
#define PA_NER_DECODE_H

#include <stddef.h>
#include <stdint.h>

#include "ner_tags.h"

/*
 * The tags but the last one, as decoding lays them out in lanes: two
 * blocks of four.  The last tag is the I tag of the last type, which only
 * its own B and I tags may precede, so it is decoded apart.
 */
#define NER_VITERBI_LANES (NER_TAG_COUNT - 1)

/* Start and transition scores laid out for decoding, forbidden moves at -1e30. */
typedef struct ner_transitions
{
	float		start[NER_TAG_COUNT];
	float		step[NER_TAG_COUNT][NER_VITERBI_LANES];	/* [previous][next], next < the last tag */
	float		into_last[2];	/* the last tag after the B (0) and I (1) tags of its type */
	float		into[NER_VITERBI_LANES][NER_TAG_COUNT];	/* step transposed: [next][previous] */
} ner_transitions;

/* Lays out start[t] (the first tag) and transition[a][b] (tag b after a) for decoding. */
void		ner_transitions_init(ner_transitions *tr, const float *start,
								 const float (*transition)[NER_TAG_COUNT]);

/*
 * Finds the best tag sequence for n tokens: emissions[i * NER_TAG_COUNT + t]
 * scores tag t at token i.  Forbidden transitions (ner_tag_allowed) are
 * never taken.  scores holds n * NER_TAG_COUNT floats of scratch.  Writes
 * tags[0..n).
 */
void		ner_viterbi(const float *emissions, size_t n, const ner_transitions *tr,
						float *scores, uint8_t *tags);

#endif							/* PA_NER_DECODE_H */
