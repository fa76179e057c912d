/*
 * ner_decode.c: constrained Viterbi over BIO tags (see ner_decode.h).
 *
 * The forward pass keeps only the best score of each tag at each token:
 * every step takes, for the first eight next tags at once, in two vectors
 * of four (GCC and Clang vector types, SSE's maxps where there is SSE),
 * the maximum over the previous tags as a tree, so that a step waits on
 * four maxima rather than nine, with the previous scores kept in
 * registers; the last tag has only two possible predecessors and is one
 * scalar maximum.  Maxima taken in another order are the same values, so
 * the tree changes no score.  The backward pass
 * finds, along the best path only, which previous tag gave each score.
 * Forbidden transitions score NEG_INF; ties go to the lower tag.
 */
#include "ner_decode.h"

#include <string.h>

#if defined(__SSE__)
#include <xmmintrin.h>
#endif

#define NEG_INF (-1e30f)
#define LANES NER_VITERBI_LANES
#define LAST (NER_TAG_COUNT - 1)
#define LAST_BEGIN (LAST - 1)	/* the B tag of the last tag's type */

_Static_assert(LANES == 8, "the forward pass holds the first tags in two vectors of four");
_Static_assert(LAST_BEGIN == 1 + 2 * (PA_ENT_TYPE_COUNT - 1),
			   "the last tag is the I tag of the last type");

typedef float lanes4 __attribute__((vector_size(16)));
typedef int32_t mask4 __attribute__((vector_size(16)));

/* The lane-wise maximum of a and b (b where a is not greater). */
static inline lanes4
max4(lanes4 a, lanes4 b)
{
#if defined(__SSE__)
	return (lanes4) _mm_max_ps((__m128) a, (__m128) b);
#else
	mask4		greater = a > b;

	return (lanes4) ((greater & (mask4) a) | (~greater & (mask4) b));
#endif
}

/* Four floats from p, at any alignment. */
static inline lanes4
load4(const float *p)
{
	lanes4		v;

	memcpy(&v, p, sizeof(v));
	return v;
}

/* The greatest lane of a. */
static inline float
top_lane(lanes4 a)
{
	lanes4		half = max4(a, (lanes4) {a[2], a[3], a[0], a[1]});

	return half[0] > half[1] ? half[0] : half[1];
}

/* Bit k set for each lane k of a that equals x. */
static inline unsigned
equal_lanes(lanes4 a, float x)
{
#if defined(__SSE__)
	return (unsigned) _mm_movemask_ps(_mm_cmpeq_ps((__m128) a, _mm_set1_ps(x)));
#else
	unsigned	bits = 0;

	for (int k = 0; k < 4; k++)
		bits |= (unsigned) (a[k] == x) << k;
	return bits;
#endif
}

/*
 * The previous tag whose score at[p] plus its transition to t is best (the
 * lowest on a tie): the best sum first, in vectors, then the lowest tag
 * whose sum equals it.
 */
static int
best_previous(const float *at, const ner_transitions *tr, int t)
{
	lanes4		low;
	lanes4		high;
	float		last;
	float		top;

	if (t == LAST)
		return at[LAST_BEGIN] + tr->into_last[0] >= at[LAST] + tr->into_last[1] ? LAST_BEGIN : LAST;
	low = load4(at) + load4(tr->into[t]);
	high = load4(at + 4) + load4(tr->into[t] + 4);
	last = at[LAST] + tr->into[t][LAST];
	top = top_lane(max4(low, high));
	if (last > top)
		return LAST;
	return __builtin_ctz(equal_lanes(low, top) | equal_lanes(high, top) << 4);
}

/* Lane k of v in all four lanes. */
static inline lanes4
broadcast(lanes4 v, int k)
{
	return (lanes4) {v[k], v[k], v[k], v[k]};
}

/*
 * The best score into next tags lane..lane + 3 over every previous tag,
 * whose scores are low (tags 0-3), high (4-7) and last.
 */
static inline lanes4
best_into(const ner_transitions *tr, lanes4 low, lanes4 high, float last, int lane)
{
	lanes4		from_low = max4(max4(load4(tr->step[0] + lane) + broadcast(low, 0),
									 load4(tr->step[1] + lane) + broadcast(low, 1)),
								max4(load4(tr->step[2] + lane) + broadcast(low, 2),
									 load4(tr->step[3] + lane) + broadcast(low, 3)));
	lanes4		from_high = max4(max4(load4(tr->step[4] + lane) + broadcast(high, 0),
									  load4(tr->step[5] + lane) + broadcast(high, 1)),
								 max4(load4(tr->step[6] + lane) + broadcast(high, 2),
									  load4(tr->step[7] + lane) + broadcast(high, 3)));

	return max4(max4(from_low, from_high), load4(tr->step[LAST] + lane) + last);
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
		{
			tr->step[p][t] = ner_tag_allowed(p, t) ? transition[p][t] : NEG_INF;
			tr->into[t][p] = tr->step[p][t];
		}
	}
	tr->into_last[0] = transition[LAST_BEGIN][LAST];
	tr->into_last[1] = transition[LAST][LAST];
}

/* Viterbi; see ner_decode.h. */
void
ner_viterbi(const float *emissions, size_t n, const ner_transitions *tr, float *scores,
			uint8_t *tags)
{
	int			best = 0;
	lanes4		low,
				high;
	float		last;

	if (n == 0)
		return;
	for (int t = 0; t < NER_TAG_COUNT; t++)
		scores[t] = ner_tag_allowed(-1, t) ? tr->start[t] + emissions[t] : NEG_INF;
	low = load4(scores);
	high = load4(scores + 4);
	last = scores[LAST];
	for (size_t i = 1; i < n; i++)
	{
		float	   *next = scores + i * NER_TAG_COUNT;
		const float *e = emissions + i * NER_TAG_COUNT;
		float		from_begin = high[LAST_BEGIN - 4] + tr->into_last[0];	/* lane 3 */
		float		from_inside = last + tr->into_last[1];
		lanes4		next_low = best_into(tr, low, high, last, 0) + load4(e);
		lanes4		next_high = best_into(tr, low, high, last, 4) + load4(e + 4);

		last = (from_begin > from_inside ? from_begin : from_inside) + e[LAST];
		low = next_low;
		high = next_high;
		memcpy(next, &low, sizeof(low));
		memcpy(next + 4, &high, sizeof(high));
		next[LAST] = last;
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
			best = best_previous(scores + (i - 1) * NER_TAG_COUNT, tr, best);
	}
}
