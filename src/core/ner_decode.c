/*
 * ner_decode.c: constrained Viterbi over BIO tags (see ner_decode.h).
 *
 * The forward pass keeps only the best score of each tag at each token:
 * every step scans the previous tags and raises the scores of all next
 * tags at once, in rows padded to three vectors of four (GCC and Clang
 * vector types) that stay in registers.  The backward pass finds, along
 * the best path only, which previous tag gave each score.  Forbidden
 * transitions score NEG_INF; ties go to the lower tag.
 */
#include "ner_decode.h"

#include <string.h>

#define NEG_INF (-1e30f)
#define LANES NER_VITERBI_LANES
#define BLOCKS 3				/* LANES / 4 */

typedef float lanes4 __attribute__((vector_size(16)));
typedef int32_t mask4 __attribute__((vector_size(16)));

/* The lane-wise maximum of a and b (b where a is not greater). */
static inline lanes4
max4(lanes4 a, lanes4 b)
{
	mask4		greater = a > b;

	return (lanes4) ((greater & (mask4) a) | (~greater & (mask4) b));
}

/* The previous tag whose score at[p] + trans[p][t] is best (the lowest on a tie). */
static int
best_previous(const float *at, const float (*trans)[LANES], int t)
{
	float		top = at[0] + trans[0][t];
	int			arg = 0;

	for (int p = 1; p < NER_TAG_COUNT; p++)
	{
		float		s = at[p] + trans[p][t];

		if (s > top)
		{
			top = s;
			arg = p;
		}
	}
	return arg;
}

/* Lays out the transitions; see ner_decode.h. */
void
ner_transitions_init(ner_transitions *tr, const float *start,
					 const float (*transition)[NER_TAG_COUNT])
{
	for (int p = 0; p < NER_TAG_COUNT; p++)
	{
		tr->start[p] = ner_tag_allowed(-1, p) ? start[p] : NEG_INF;
		for (int t = 0; t < LANES; t++)
			tr->step[p][t] = t < NER_TAG_COUNT && ner_tag_allowed(p, t) ? transition[p][t] : NEG_INF;
	}
}

/* Viterbi; see ner_decode.h. */
void
ner_viterbi(const float *emissions, size_t n, const ner_transitions *tr, float *scores,
			uint8_t *tags)
{
	lanes4		step[NER_TAG_COUNT][BLOCKS];
	int			best = 0;

	if (n == 0)
		return;
	memcpy(step, tr->step, sizeof(step));
	for (int t = 0; t < NER_TAG_COUNT; t++)
		scores[t] = ner_tag_allowed(-1, t) ? tr->start[t] + emissions[t] : NEG_INF;
	for (size_t i = 1; i < n; i++)
	{
		const float *prev = scores + (i - 1) * NER_TAG_COUNT;
		lanes4		top[BLOCKS] = {step[0][0] + prev[0], step[0][1] + prev[0], step[0][2] + prev[0]};
		float		best[LANES];

		for (int p = 1; p < NER_TAG_COUNT; p++)
		{
			/* the three blocks written out, so that they stay in registers */
			top[0] = max4(step[p][0] + prev[p], top[0]);
			top[1] = max4(step[p][1] + prev[p], top[1]);
			top[2] = max4(step[p][2] + prev[p], top[2]);
		}
		memcpy(best, top, sizeof(best));
		for (int t = 0; t < NER_TAG_COUNT; t++)
			scores[i * NER_TAG_COUNT + t] = best[t] + emissions[i * NER_TAG_COUNT + t];
	}
	for (int t = 1; t < NER_TAG_COUNT; t++)
	{
		if (scores[(n - 1) * NER_TAG_COUNT + t] > scores[(n - 1) * NER_TAG_COUNT + best])
			best = t;
	}
	for (size_t i = n; i-- > 0;)
	{
		tags[i] = (uint8_t) best;
		if (i > 0)
			best = best_previous(scores + (i - 1) * NER_TAG_COUNT, tr->step, best);
	}
}
