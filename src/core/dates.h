/*
 * dates.h: temporal expressions of an analysed document, with TIMEX3 types
 * and values (ISO-TimeML) resolved against the publication date.
 *
 * pa_dates_find() spots expressions on the document's tokens, one sentence
 * at a time, and normalises each: `Friday` in "arrived on Friday" becomes
 * the most recent Friday on or before publication, in "will meet on
 * Friday" the next one.  Without a publication date the unknown parts of a
 * value stay X (XXXX-03).  A range written as one token or phrase
 * (`2019-2022`, `from Monday to Wednesday`) gives two expressions, one per
 * end, as TimeML annotates it.
 */
#ifndef PA_DATES_H
#define PA_DATES_H

#include "document.h"

typedef enum pa_timex_type
{
	PA_TIMEX_DATE,
	PA_TIMEX_TIME,
	PA_TIMEX_DURATION,
	PA_TIMEX_SET
} pa_timex_type;

/* The unit of the interval a value denotes (its period). */
typedef enum pa_granularity
{
	PA_GRAN_NONE = 0,			/* durations, sets, *_REF values */
	PA_GRAN_CENTURY,
	PA_GRAN_DECADE,
	PA_GRAN_YEAR,
	PA_GRAN_HALF,
	PA_GRAN_QUARTER,
	PA_GRAN_SEASON,
	PA_GRAN_MONTH,
	PA_GRAN_WEEK,
	PA_GRAN_WEEKEND,
	PA_GRAN_DAY,
	PA_GRAN_PART_OF_DAY,
	PA_GRAN_HOUR,
	PA_GRAN_MINUTE,
	PA_GRAN_SECOND
} pa_granularity;

/* A calendar day of the proleptic Gregorian calendar. */
typedef struct pa_date
{
	int			year;
	int			month;			/* 1..12 */
	int			day;			/* 1..31 */
} pa_date;

#define PA_TIMEX_VALUE_MAX 32

typedef struct pa_timex
{
	uint32_t	start;			/* byte offset in the text */
	uint32_t	end;			/* byte offset, exclusive */
	uint32_t	cstart;			/* code point offset */
	uint32_t	cend;			/* code point offset, exclusive */
	uint32_t	sentence;		/* 0-based sentence index */
	uint8_t		type;			/* pa_timex_type */
	uint8_t		granularity;	/* pa_granularity of the value; PA_GRAN_NONE for durations, sets, refs */
	uint8_t		has_period;		/* period_start/end are valid (the value names a known interval) */
	char		value[PA_TIMEX_VALUE_MAX];	/* TIMEX3 value, NUL-terminated */
	/*
	 * The half-open interval the value denotes, in seconds since
	 * 1970-01-01 00:00 of a clock without time zone; valid only when
	 * has_period is set.
	 */
	int64_t		period_start;
	int64_t		period_end;
} pa_timex;

typedef struct pa_timex_list
{
	pa_timex   *items;
	size_t		count;
} pa_timex_list;

/*
 * Finds and normalises the temporal expressions of doc, in text order.
 * published may be NULL.  The list is allocated from arena.
 */
pa_status	pa_dates_find(const pa_document *doc, const pa_date *published,
						  pa_arena *arena, const pa_progress *progress,
						  pa_timex_list *out);

/* "DATE", "TIME", "DURATION", "SET". */
const char *pa_timex_type_name(pa_timex_type type);

/* "year", "month", "day", ...; NULL for PA_GRAN_NONE. */
const char *pa_granularity_name(pa_granularity granularity);

/* Formats seconds since 1970-01-01 as "YYYY-MM-DD HH:MM:SS" (20 bytes with the NUL). */
void		pa_format_timestamp(int64_t seconds, char out[20]);

#endif							/* PA_DATES_H */
