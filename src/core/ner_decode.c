/*
 * ner_decode.c: constrained Viterbi over BIO tags (see ner_decode.h).
 */
#include "ner_decode.h"

#define NEG_INF (-1e30f)

/* Viterbi; see ner_decode.h. */
void
ner_viterbi(const float *emissions, size_t n, const float *start,
			const float (*transition)[NER_TAG_COUNT], uint8_t *back, uint8_t *tags)
{
	float		prev[NER_TAG_COUNT];
	float		cur[NER_TAG_COUNT];
	float		trans[NER_TAG_COUNT][NER_TAG_COUNT];	/* forbidden ones at NEG_INF */
	int			best = 0;

	if (n == 0)
		return;
	for (int p = 0; p < NER_TAG_COUNT; p++)
	{
		for (int t = 0; t < NER_TAG_COUNT; t++)
			trans[p][t] = ner_tag_allowed(p, t) ? transition[p][t] : NEG_INF;
	}
	for (int t = 0; t < NER_TAG_COUNT; t++)
		prev[t] = ner_tag_allowed(-1, t) ? start[t] + emissions[t] : NEG_INF;
	for (size_t i = 1; i < n; i++)
	{
		const float *em = emissions + i * NER_TAG_COUNT;

		for (int t = 0; t < NER_TAG_COUNT; t++)
		{
			/* an I tag can only follow the B or I of its type (t - 1, t) */
			int			p = ner_tag_is_begin(t) || t == NER_TAG_O ? 0 : t - 1;
			int			last = p == 0 ? NER_TAG_COUNT - 1 : t;
			float		top = prev[p] + trans[p][t];
			int			arg = p;

			while (++p <= last)
			{
				float		s = prev[p] + trans[p][t];

				if (s > top)
				{
					top = s;
					arg = p;
				}
			}
			cur[t] = top + em[t];
			back[i * NER_TAG_COUNT + t] = (uint8_t) arg;
		}
		for (int t = 0; t < NER_TAG_COUNT; t++)
			prev[t] = cur[t];
	}
	for (int t = 1; t < NER_TAG_COUNT; t++)
	{
		if (prev[t] > prev[best])
			best = t;
	}
	for (size_t i = n; i-- > 0;)
	{
		tags[i] = (uint8_t) best;
		if (i > 0)
			best = back[i * NER_TAG_COUNT + best];
	}
}
