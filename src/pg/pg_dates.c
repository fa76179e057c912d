/*
 * pg_dates.c: the publication date argument, the date stage and periods as
 * timestamps, shared by the date functions.
 */
#include "pg_dates.h"

#include "utils/date.h"
#include "utils/datetime.h"

/* Seconds from the core's epoch (1970-01-01) to PostgreSQL's (2000-01-01). */
#define UNIX_TO_POSTGRES_SECONDS \
	((int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY)

/* See pg_dates.h. */
const pa_date *
pa_pg_published_arg(FunctionCallInfo fcinfo, int argno, pa_date *storage)
{
	DateADT		date;

	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return NULL;
	date = PG_GETARG_DATEADT(argno);
	if (DATE_NOT_FINITE(date))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("publication date must be finite")));
	j2date(date + POSTGRES_EPOCH_JDATE, &storage->year, &storage->month, &storage->day);
	if (storage->year < 1 || storage->year > 9999)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("publication date is out of range"),
				 errdetail("Dates are resolved against publication dates from 0001-01-01 to 9999-12-31.")));
	return storage;
}

/* See pg_dates.h. */
void
pa_pg_dates_find(pa_pg_document *pd, const pa_date *published, pa_timex_list *out)
{
	pa_pg_document_check(pd, pa_dates_find(&pd->doc, published, &pd->arena,
											&pd->progress, out));
}

/* Seconds since 1970-01-01 as a Timestamp; false outside the timestamp range. */
static bool
unix_seconds_to_timestamp(int64 seconds, Timestamp *out)
{
	int64		postgres_seconds = seconds - UNIX_TO_POSTGRES_SECONDS;

	if (postgres_seconds < MIN_TIMESTAMP / USECS_PER_SEC ||
		postgres_seconds >= END_TIMESTAMP / USECS_PER_SEC)
		return false;
	*out = postgres_seconds * USECS_PER_SEC;
	return true;
}

/* See pg_dates.h. */
bool
pa_pg_timex_period(const pa_timex *t, Timestamp *start, Timestamp *end)
{
	return t->has_period && t->period_start < t->period_end &&
		unix_seconds_to_timestamp(t->period_start, start) &&
		unix_seconds_to_timestamp(t->period_end, end);
}

/* See pg_dates.h. */
RangeType *
pa_pg_half_open_range(TypeCacheEntry *typcache, Datum lower, Datum upper)
{
	RangeBound	lower_bound = {0},
				upper_bound = {0};

	lower_bound.val = lower;
	lower_bound.inclusive = true;
	lower_bound.lower = true;
	upper_bound.val = upper;
	return pa_make_range(typcache, &lower_bound, &upper_bound);
}
