/*
 * article_dates.c: article_dates(body text [, published date]), one row per
 * temporal expression, with its TIMEX3 type and value and its period.
 */
#include "pg_dates.h"

#include "catalog/pg_type.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"
#include "utils/typcache.h"

PG_FUNCTION_INFO_V1(article_dates);

/* Columns of the result, in the order of the SQL declaration. */
enum
{
	COL_EXPRESSION,
	COL_TYPE,
	COL_VALUE,
	COL_PERIOD,
	COL_GRANULARITY,
	COL_START_POS,
	COL_END_POS,
	COL_SENTENCE_NO,
	DATE_COLUMNS
};

/* The period of t as a tsrange [start, end); false when it has none. */
static bool
period_range(TypeCacheEntry *tsrange, const pa_timex *t, Datum *out)
{
	Timestamp	start,
				end;

	if (!pa_pg_timex_period(t, &start, &end))
		return false;
	*out = RangeTypePGetDatum(pa_pg_half_open_range(tsrange, TimestampGetDatum(start),
													TimestampGetDatum(end)));
	return true;
}

/* Returns the temporal expressions of body, resolved against the optional publication date. */
Datum
article_dates(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	TypeCacheEntry *tsrange = lookup_type_cache(TSRANGEOID, TYPECACHE_RANGE_INFO);
	pa_date		published_storage;
	const pa_date *published = pa_pg_published_arg(fcinfo, 1, &published_storage);
	pa_pg_document pd;
	pa_timex_list timexes;
	Datum		type_names[PA_TIMEX_SET + 1];
	Datum		granularity_names[PA_GRAN_SECOND + 1] = {0};
	Datum		values[DATE_COLUMNS];
	bool		nulls[DATE_COLUMNS] = {0};

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	pa_pg_document_open(&pd, PG_GETARG_TEXT_PP(0));
	pa_pg_dates_find(&pd, published, &timexes);

	for (int k = PA_TIMEX_DATE; k <= PA_TIMEX_SET; k++)
		type_names[k] = CStringGetTextDatum(pa_timex_type_name((pa_timex_type) k));
	for (int g = PA_GRAN_NONE + 1; g <= PA_GRAN_SECOND; g++)
		granularity_names[g] = CStringGetTextDatum(pa_granularity_name((pa_granularity) g));

	for (size_t i = 0; i < timexes.count; i++)
	{
		const pa_timex *t = &timexes.items[i];
		pa_pg_span	span;

		CHECK_FOR_INTERRUPTS();
		Assert(t->type <= PA_TIMEX_SET && t->granularity <= PA_GRAN_SECOND);
		pa_pg_text_span(&pd.text, t->start, t->end, t->cstart, t->cend, &span);

		values[COL_EXPRESSION] = PointerGetDatum(span.value);
		values[COL_TYPE] = type_names[t->type];
		values[COL_VALUE] = CStringGetTextDatum(t->value);
		nulls[COL_PERIOD] = !period_range(tsrange, t, &values[COL_PERIOD]);
		nulls[COL_GRANULARITY] = t->granularity == PA_GRAN_NONE;
		values[COL_GRANULARITY] = granularity_names[t->granularity];
		values[COL_START_POS] = Int32GetDatum(span.start_pos);
		values[COL_END_POS] = Int32GetDatum(span.end_pos);
		values[COL_SENTENCE_NO] = Int32GetDatum((int32) (t->sentence + 1));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}

	pa_pg_document_close(&pd);
	return (Datum) 0;
}
