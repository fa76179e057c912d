/*
 * cmd_quotes.c: `pg_article_cli quotes`, one line per quotation, with the
 * columns of article_quotes(): quote, kind, speaker, speaker_canonical,
 * speaker_role, cue, quote_start, quote_end, speaker_start, speaker_end,
 * sentence_no, paragraph_no.  Absent values are JSON null.
 */
#include "command.h"
#include "quotes.h"

#include <string.h>

/* Writes the text of a token range as a JSON string, or null when empty. */
static void
write_range_text(const pa_document *d, pa_token_range r, json_writer *out)
{
	const pa_token *first,
			   *last;

	if (r.count == 0)
	{
		JW_LIT(out, "null");
		return;
	}
	first = &d->tokens.tokens[r.first];
	last = &d->tokens.tokens[r.first + r.count - 1];
	jw_text(out, d->text + first->start, last->end - first->start);
}

/* Writes the 1-based start (end != 0: exclusive end) of a token range, or null. */
static void
write_range_position(const pa_document *d, pa_token_range r, int end, json_writer *out)
{
	if (r.count == 0)
	{
		JW_LIT(out, "null");
		return;
	}
	if (end)
		jw_uint(out, (uint64_t) d->tokens.tokens[r.first + r.count - 1].cend + 1);
	else
		jw_uint(out, (uint64_t) d->tokens.tokens[r.first].cstart + 1);
}

/* Extracts the quotations of one document and writes them. */
static pa_status
emit_quotes(const cli_doc *doc, json_writer *out)
{
	const pa_document *d = doc->doc;
	pa_quote_list quotes;
	pa_status	status = pa_quotes_extract(d, NULL, 0, doc->arena, NULL, &quotes);

	if (status != PA_OK)
		return status;
	for (size_t k = 0; k < quotes.count; k++)
	{
		const pa_quote *q = &quotes.items[k];

		cli_begin_line(doc, out);
		JW_LIT(out, ",\"quote\":");
		write_range_text(d, q->quote, out);
		JW_LIT(out, ",\"kind\":\"");
		jw_raw(out, pa_quote_kind_name((pa_quote_kind) q->kind),
			   strlen(pa_quote_kind_name((pa_quote_kind) q->kind)));
		JW_LIT(out, "\",\"speaker\":");
		write_range_text(d, q->speaker, out);
		JW_LIT(out, ",\"speaker_canonical\":");
		write_range_text(d, q->canonical, out);
		JW_LIT(out, ",\"speaker_role\":");
		write_range_text(d, q->role, out);
		JW_LIT(out, ",\"cue\":");
		write_range_text(d, q->cue, out);
		JW_LIT(out, ",\"quote_start\":");
		write_range_position(d, q->quote, 0, out);
		JW_LIT(out, ",\"quote_end\":");
		write_range_position(d, q->quote, 1, out);
		JW_LIT(out, ",\"speaker_start\":");
		write_range_position(d, q->speaker, 0, out);
		JW_LIT(out, ",\"speaker_end\":");
		write_range_position(d, q->speaker, 1, out);
		JW_LIT(out, ",\"sentence_no\":");
		jw_uint(out, (uint64_t) q->sentence + 1);
		JW_LIT(out, ",\"paragraph_no\":");
		jw_uint(out, (uint64_t) q->paragraph + 1);
		JW_LIT(out, "}\n");
	}
	return PA_OK;
}

const cli_command cli_cmd_quotes = {
	"quotes", "one line per quotation with its speaker and cue (article_quotes)", emit_quotes
};
