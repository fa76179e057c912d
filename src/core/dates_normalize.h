/*
 * dates_normalize.h: turns a recognised expression into its TIMEX3 type,
 * value, granularity and period, against the publication date (DCT) and
 * the direction the sentence's tense gives.
 */
#ifndef PA_DATES_NORMALIZE_H
#define PA_DATES_NORMALIZE_H

#include "dates_recognize.h"

/* What earlier expressions of the document leave for later ones. */
typedef struct dt_doc_context
{
	int			quarter_year;	/* the last quarter named (1999-Q3), 0 when none */
	int			quarter;
	int			year;			/* the last year named outright (in 1995), 0 when none */
	long		sentence;		/* the sentence being read */
	long		day_sentence;	/* the sentence of the last day resolved, -1 when none */
	pa_date		day;			/* that day: a time later in the sentence falls on it */
	int			month_year;		/* the last month (or day) resolved, 0 when none */
	int			month;
	int			year_focus;		/* the last period named was a year or a year's part (nine
								 * months), not a quarter: "a year earlier" compares years */
} dt_doc_context;

/* Fills out's type, value, granularity and period from m; dct may be NULL. */
void		dt_normalize(const dt_match *m, const pa_date *dct, dt_direction direction,
						 dt_doc_context *context, pa_timex *out);

#endif							/* PA_DATES_NORMALIZE_H */
