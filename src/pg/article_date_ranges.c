/*
 * article_date_ranges.c: article_date_ranges(body text, published date), the
 * days that the article's resolved dates and times cover, as one
 * datemultirange for GiST indexes.  Multiranges exist from PostgreSQL 14;
 * on older servers neither this function nor its SQL declaration exists.
 */
#include "pg_dates.h"

#if PG_VERSION_NUM >= 140000

#include "catalog/pg_type.h"
#include "utils/date.h"
#include "utils/multirangetypes.h"
#include "utils/typcache.h"

PG_FUNCTION_INFO_V1(article_date_ranges);

/*
 * True for the values that name known days: dates and times with a period,
 * every part resolved (no X), not a PRESENT/PAST/FUTURE reference.
 */
static bool
covers_known_days(const pa_timex *t)
{
	return (t->type == PA_TIMEX_DATE || t->type == PA_TIMEX_TIME) &&
		strchr(t->value, 'X') == NULL && strstr(t->value, "_REF") == NULL;
}

/* The days a timestamp period touches, as a daterange [first day, day after the last). */
static RangeType *
days_of_period(TypeCacheEntry *daterange, Timestamp start, Timestamp end)
{
	int64		first_day = start / USECS_PER_DAY - (start % USECS_PER_DAY < 0);
	int64		after_last = end / USECS_PER_DAY + (end % USECS_PER_DAY > 0);

	return pa_pg_half_open_range(daterange, DateADTGetDatum((DateADT) first_day),
								 DateADTGetDatum((DateADT) after_last));
}

/* Returns the union of the days body's dates and times cover, resolved against published. */
Datum
article_date_ranges(PG_FUNCTION_ARGS)
{
	TypeCacheEntry *daterange = lookup_type_cache(DATERANGEOID, TYPECACHE_RANGE_INFO);
	pa_date		published_storage;
	const pa_date *published = pa_pg_published_arg(fcinfo, 1, &published_storage);
	pa_pg_document pd;
	pa_timex_list timexes;
	RangeType **days;
	int32		day_count = 0;
	MultirangeType *result;

	pa_pg_document_open(&pd, PG_GETARG_TEXT_PP(0));
	pa_pg_dates_find(&pd, published, &timexes);

	days = palloc(Max(timexes.count, 1) * sizeof(RangeType *));
	for (size_t i = 0; i < timexes.count; i++)
	{
		const pa_timex *t = &timexes.items[i];
		Timestamp	start,
					end;

		CHECK_FOR_INTERRUPTS();
		if (covers_known_days(t) && pa_pg_timex_period(t, &start, &end))
			days[day_count++] = days_of_period(daterange, start, end);
	}
	pa_pg_document_close(&pd);

	/* make_multirange sorts and merges the day ranges. */
	result = make_multirange(DATEMULTIRANGEOID, daterange, day_count, days);
	PG_RETURN_MULTIRANGE_P(result);
}

#endif							/* PG_VERSION_NUM >= 140000 */
