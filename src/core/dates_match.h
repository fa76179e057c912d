/*
 * dates_match.h: what the matchers of the date recogniser share: reading
 * units (class, text, punctuation, years, days) and the matchers that one
 * file calls in another.  Each matcher takes the unit to start at, returns
 * the unit after its match (0 when it does not match) and fills the
 * match's frame.  dates_match_numbers.c: amounts, durations, times of day;
 * dates_match_calendar.c: years, months, days, weekdays, quarters,
 * seasons, holidays; dates_recognize.c: relative expressions, sets, the
 * wrappers (the, early, earlier) and the dispatch.
 */
#ifndef PA_DATES_MATCH_H
#define PA_DATES_MATCH_H

#include <string.h>

#include "dates_recognize.h"

/* Class of unit i, DT_CLASS_COUNT past the end. */
static inline int
cls_at(const dt_sentence *s, size_t i)
{
	return i < s->n ? s->u[i].cls : DT_CLASS_COUNT;
}

/* Whether unit i is the len bytes of lower (ASCII lower case), compared case-insensitively. */
static inline int
text_is_n(const dt_sentence *s, size_t i, const char *lower, size_t len)
{
	const char *t;

	if (i >= s->n || s->u[i].end - s->u[i].start != len)
		return 0;
	t = s->text + s->u[i].start;
	for (size_t k = 0; k < len; k++)
	{
		char		c = t[k];

		if (c >= 'A' && c <= 'Z')
			c += 32;
		if (c != lower[k])
			return 0;
	}
	return 1;
}

/* Whether unit i is the punctuation character ch. */
static inline int
punct_is(const dt_sentence *s, size_t i, char ch)
{
	return cls_at(s, i) == DT_PUNCT && s->u[i].val == ch;
}

/* Whether unit i is written with a capital. */
static inline int
capitalised(const dt_sentence *s, size_t i)
{
	return i < s->n && (s->u[i].flags & (DT_F_CAP | DT_F_ALL_CAPS)) != 0;
}

/* Whether unit i is the preposition p. */
static inline int
prep_is(const dt_sentence *s, size_t i, int p)
{
	return cls_at(s, i) == DT_PREP && s->u[i].val == p;
}

/* A four-digit year 1000..2199 at unit i, or -1. */
static inline int
year_at(const dt_sentence *s, size_t i)
{
	if (cls_at(s, i) != DT_INT || s->u[i].ndigits != 4 || s->u[i].val < 1000 || s->u[i].val > 2199)
		return -1;
	return s->u[i].val;
}

/* A day of the month 1..31 at unit i (12, 12th), or -1. */
static inline int
day_at(const dt_sentence *s, size_t i)
{
	int			c = cls_at(s, i);

	if ((c == DT_INT || (c == DT_ORDINAL && s->u[i].ndigits > 0)) &&
		s->u[i].ndigits <= 2 && s->u[i].val >= 1 && s->u[i].val <= 31)
		return s->u[i].val;
	return -1;
}

/* text_is_n on a string literal. */
#define text_is(s, i, lit) text_is_n((s), (i), (lit), sizeof(lit) - 1)

/* ---------------------------------------------------------------- dates_recognize.c */

/* Starts a frame. */
void		dt_frame_init(dt_match *m, size_t first, pa_timex_type type, dt_anchor anchor, pa_granularity gran);

/* Granularity of an offset or duration unit. */
pa_granularity	dt_unit_granularity(int unit);

/* ---------------------------------------------------------------- dates_match_numbers.c */

/* Whether unit i is a currency sign or other mark that makes a number a price or an id. */
int		dt_money_or_id_mark(const dt_sentence *s, size_t i);

/* Whether unit i says that a preceding number counts things (percent, million). */
int		dt_quantity_word(const dt_sentence *s, size_t i);

/* Reads a count (14, fourteen, twenty-four, a, a few, several); returns the unit after it. */
size_t		dtm_amount(const dt_sentence *s, size_t i, int *amount);

/* The duration unit at j ("second" is an ordinal in the lexicon), or DT_U_NONE. */
int		dt_duration_unit_at(const dt_sentence *s, size_t j);

/*
 * amount unit [ago|earlier|later]: a duration (five years, a 10-day visit),
 * a shift from the DCT (two days ago) or a rate (5 percent a year).
 */
size_t		dtm_duration(const dt_sentence *s, size_t i, dt_match *m);

/* A plural unit alone: for years, within weeks, in the days before. */
size_t		dtm_bare_plural(const dt_sentence *s, size_t i, dt_match *m);

/* about / nearly / more than / at least / up to + a duration. */
size_t		dtm_approximate(const dt_sentence *s, size_t i, dt_match *m);

/* 19:00 [pm] [zone]; 10 a.m. [zone]; 08. 30 local time. */
size_t		dtm_clock(const dt_sentence *s, size_t i, dt_match *m);

/* noon, midnight. */
size_t		dtm_noon(const dt_sentence *s, size_t i, dt_match *m);

/* ---------------------------------------------------------------- dates_match_calendar.c */

/* Month [day[th]] [, year] | Month [,|of] year | Month. */
size_t		dtm_month(const dt_sentence *s, size_t i, dt_match *m);

/* day Month [year]: 12 September 2023, 5th May. */
size_t		dtm_day_first(const dt_sentence *s, size_t i, dt_match *m);

/* A year (1999), its decade (1980's) or the second year of a range (1998-99). */
size_t		dtm_year(const dt_sentence *s, size_t i, dt_match *m);

/* A year in words: nineteen ninety-six, nineteen seventy-nine, two thousand [and] one. */
size_t		dtm_spelled_year(const dt_sentence *s, size_t i, dt_match *m);

/* 2023-09-12, 9/12/2023. */
size_t		dtm_full_date(const dt_sentence *s, size_t i, dt_match *m);

/* 1990s, the '90s. */
size_t		dtm_decade(const dt_sentence *s, size_t i, dt_match *m);

/* A part of the day after a day: Friday morning, yesterday afternoon. */
size_t		dt_part_of_day_after(const dt_sentence *s, size_t j, dt_match *m);

/* Weekday [, Month day [, year]] [part of day]. */
size_t		dtm_weekday(const dt_sentence *s, size_t i, dt_match *m);

/* today, yesterday, tomorrow [part of day], tonight. */
size_t		dtm_dayword(const dt_sentence *s, size_t i, dt_match *m);

/* first|second|third|fourth [-] quarter|half [of year]; Q3 [year]; 20th century. */
size_t		dtm_ordinal(const dt_sentence *s, size_t i, dt_match *m, int after_the);

/* Q3 [year], H1 [year]. */
size_t		dtm_quarter_name(const dt_sentence *s, size_t i, dt_match *m);

/* fiscal 1999, fiscal first quarter, the fiscal year. */
size_t		dtm_fiscal(const dt_sentence *s, size_t i, dt_match *m, int after_the);

/* spring 2023, summer of 1998. */
size_t		dtm_season(const dt_sentence *s, size_t i, dt_match *m);

/* Christmas [Day|Eve], Thanksgiving [Day]; not Christmas Island. */
size_t		dtm_holiday(const dt_sentence *s, size_t i, dt_match *m);

/* year [ordinal] quarter|half|period: the 1988 second quarter, the 1989 period. */
size_t		dtm_year_period(const dt_sentence *s, size_t i, dt_match *m);

/* Whether unit i is a possessive or demonstrative before a noun (its, his, that, 's). */
int			dt_determiner_word(const dt_sentence *s, size_t i);

#endif							/* PA_DATES_MATCH_H */
