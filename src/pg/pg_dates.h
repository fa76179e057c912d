/*
 * pg_dates.h: what article_dates() and article_date_ranges() share: the
 * publication date argument, the date stage run over a document, and the
 * period of a value as PostgreSQL timestamps.
 *
 * Nothing here reads TimeZone or DateStyle: dates come in as DateADT,
 * periods go out as Timestamp values computed from the core's integers.
 */
#ifndef PA_PG_DATES_H
#define PA_PG_DATES_H

#include "pg_compat.h"

#include "datatype/timestamp.h"
#include "utils/rangetypes.h"

#include "../core/dates.h"
#include "pg_document.h"

/*
 * The publication date in argument argno, stored in *storage; NULL when
 * the call has no such argument.  Infinite dates and dates outside
 * 0001-01-01 .. 9999-12-31 raise SQLSTATE 22008.
 */
const pa_date *pa_pg_published_arg(FunctionCallInfo fcinfo, int argno, pa_date *storage);

/* Runs the date stage over pd's document into *out; raises on failure. */
void		pa_pg_dates_find(pa_pg_document *pd, const pa_date *published, pa_timex_list *out);

/*
 * The half-open period of t as timestamps; false when t names no known
 * interval (or, defensively, one outside the timestamp range).
 */
bool		pa_pg_timex_period(const pa_timex *t, Timestamp *start, Timestamp *end);

/* The range [lower, upper) of the range type in typcache (tsrange, daterange). */
RangeType  *pa_pg_half_open_range(TypeCacheEntry *typcache, Datum lower, Datum upper);

#endif							/* PA_PG_DATES_H */
