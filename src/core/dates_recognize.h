/*
 * dates_recognize.h: spots temporal expressions in a sentence's units and
 * says what each means (a dt_frame), before any normalisation.
 */
#ifndef PA_DATES_RECOGNIZE_H
#define PA_DATES_RECOGNIZE_H

#include "dates_types.h"

/* A sentence as units, with the text they point into. */
typedef struct dt_sentence
{
	const char *text;
	const dt_unit *u;
	size_t		n;
} dt_sentence;

/* Frame flags beyond the fields: how the context must complete the value. */
enum
{
	DT_FR_YEAR_EARLIER = 1 << 0,	/* a year earlier / year-ago: the same period a year back */
	DT_FR_CONTEXT_QUARTER = 1 << 1,	/* the quarter, the 1988 period: the quarter in focus */
	DT_FR_CONTEXT_YEAR = 1 << 2,	/* that year, the following year: from the year in focus */
	DT_FR_ANAPHOR = 1 << 3		/* the following month, the previous Friday, that day: counted
								 * from the last month or day the text named, not from the DCT */
};

typedef struct dt_match
{
	size_t		first;			/* first unit */
	size_t		end;			/* one past the last unit */
	dt_frame	frame;
	unsigned	context;		/* DT_FR_* */
	int			the_ok;			/* a "the" before it belongs to the expression */
} dt_match;

/* Finds the longest expression that starts at unit i; returns 0 when none does. */
int			dt_match_expression(const dt_sentence *s, size_t i, dt_match *m);

/*
 * Whether an expression can start at unit i, from its class alone: a cheap
 * test that spares most units a call of dt_match_expression(), which finds
 * nothing where this is 0.
 */
static inline int
dt_may_start(const dt_sentence *s, size_t i)
{
	const uint64_t never = UINT64_C(1) << DT_OTHER | UINT64_C(1) << DT_NUMBER_OTHER |
		UINT64_C(1) << DT_PART_OF_DAY | UINT64_C(1) << DT_AMPM | UINT64_C(1) << DT_ZONE |
		UINT64_C(1) << DT_TENSE | UINT64_C(1) << DT_PUNCT | UINT64_C(1) << DT_CLASS_COUNT;
	int			c = s->u[i].cls;

	return !((never >> c) & 1) && (c != DT_PREP || s->u[i].val == DT_P_AT);
}

#endif							/* PA_DATES_RECOGNIZE_H */
