/*
 * cmd_dates.c: `pg_article_cli dates`, one line per temporal expression,
 * with the columns of article_dates(): expression, type, value, period
 * (the tsrange text, or null), granularity (or null), start_pos, end_pos,
 * sentence_no.
 */
#include "command.h"
#include "dates.h"

/*
 * Writes a period as PostgreSQL prints the tsrange, as a JSON string:
 * ["2024-03-14 00:00:00","2024-03-15 00:00:00").
 */
static void
write_period(json_writer *out, const pa_timex *t)
{
	char		start[20],
				end[20];

	if (!t->has_period)
	{
		JW_LIT(out, "null");
		return;
	}
	pa_format_timestamp(t->period_start, start);
	pa_format_timestamp(t->period_end, end);
	JW_LIT(out, "\"[\\\"");
	jw_raw(out, start, 19);
	JW_LIT(out, "\\\",\\\"");
	jw_raw(out, end, 19);
	JW_LIT(out, "\\\")\"");
}

/* Finds the document's dates and writes one line each. */
static pa_status
emit_dates(const cli_doc *doc, json_writer *out)
{
	const pa_document *d = doc->doc;
	pa_date		published;
	pa_timex_list list;
	pa_status	status;

	if (doc->published != NULL)
	{
		published.year = doc->published->year;
		published.month = doc->published->month;
		published.day = doc->published->day;
	}
	status = pa_dates_find(d, doc->published != NULL ? &published : NULL, doc->arena, NULL, &list);
	if (status != PA_OK)
		return status;
	for (size_t k = 0; k < list.count; k++)
	{
		const pa_timex *t = &list.items[k];
		const char *type = pa_timex_type_name((pa_timex_type) t->type);
		const char *granularity = pa_granularity_name((pa_granularity) t->granularity);

		cli_begin_line(doc, out);
		JW_LIT(out, ",\"expression\":");
		jw_text(out, d->text + t->start, t->end - t->start);
		JW_LIT(out, ",\"type\":\"");
		jw_raw(out, type, strlen(type));
		JW_LIT(out, "\",\"value\":");
		jw_string(out, t->value, strlen(t->value));
		JW_LIT(out, ",\"period\":");
		write_period(out, t);
		JW_LIT(out, ",\"granularity\":");
		if (granularity != NULL)
			jw_string(out, granularity, strlen(granularity));
		else
			JW_LIT(out, "null");
		JW_LIT(out, ",\"start_pos\":");
		jw_uint(out, (uint64_t) t->cstart + 1);
		JW_LIT(out, ",\"end_pos\":");
		jw_uint(out, (uint64_t) t->cend + 1);
		JW_LIT(out, ",\"sentence_no\":");
		jw_uint(out, (uint64_t) t->sentence + 1);
		JW_LIT(out, "}\n");
	}
	return PA_OK;
}

const cli_command cli_cmd_dates = {
	"dates", "one line per date or time expression (article_dates)", emit_dates
};
