/*
 * cmd_quotes.c: `pg_article_cli quotes`, one line per quotation, with the
 * columns of article_quotes(): quote, kind, speaker, speaker_canonical,
 * speaker_role, cue, quote_start, quote_end, speaker_start, speaker_end,
 * sentence_no, paragraph_no.  Absent values are JSON null.
 *
 * Speakers are resolved over the quote stage's own name finder; with
 * PG_ARTICLE_QUOTES_TAGGER=1 in the environment they are resolved over the
 * entity tagger's spans instead (the model and lexicons loaded on the first
 * document as `entities` loads them).  On aquaint-quotes the name finder
 * gives speaker accuracy 0.913 and the tagger 0.899 at five times the
 * time, so the name finder is the default.
 */
#include "command.h"
#include "range_output.h"
#include "entities_data.h"
#include "quotes_entities.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The tagger's entities of d as quote entities (in the document's arena). */
static pa_status
find_entities(const cli_doc *doc, pa_quote_entity **entities, size_t *count)
{
	const cli_entity_data *data = cli_entity_data_shared();
	pa_entity_list list;
	pa_status	status = pa_entities_find(doc->doc, &data->model, &data->lexicon, doc->arena,
										  NULL, &list);

	if (status != PA_OK)
		return status;
	*entities = pa_quote_entities_from_tagger(list.items, list.count, doc->arena);
	*count = list.count;
	return *entities == NULL ? PA_ERR_NOMEM : PA_OK;
}

/* Extracts the quotations of one document and writes them. */
static pa_status
emit_quotes(const cli_doc *doc, json_writer *out)
{
	const pa_document *d = doc->doc;
	pa_quote_list quotes;
	pa_quote_entity *entities = NULL;
	size_t		entity_count = 0;
	const char *tagger = getenv("PG_ARTICLE_QUOTES_TAGGER");
	pa_status	status = tagger != NULL && strcmp(tagger, "1") == 0 ?
		find_entities(doc, &entities, &entity_count) : PA_OK;

	if (status == PA_OK)
		status = pa_quotes_extract(d, entities, entity_count, doc->arena, NULL, &quotes);
	if (status != PA_OK)
		return status;
	for (size_t k = 0; k < quotes.count; k++)
	{
		const pa_quote *q = &quotes.items[k];

		cli_begin_line(doc, out);
		JW_LIT(out, ",\"quote\":");
		cli_write_range_text(d, q->quote, out);
		JW_LIT(out, ",\"kind\":\"");
		jw_raw(out, pa_quote_kind_name((pa_quote_kind) q->kind),
			   strlen(pa_quote_kind_name((pa_quote_kind) q->kind)));
		JW_LIT(out, "\",\"speaker\":");
		cli_write_range_text(d, q->speaker, out);
		JW_LIT(out, ",\"speaker_canonical\":");
		cli_write_range_text(d, q->canonical, out);
		JW_LIT(out, ",\"speaker_role\":");
		cli_write_range_text(d, q->role, out);
		JW_LIT(out, ",\"cue\":");
		cli_write_range_text(d, q->cue, out);
		JW_LIT(out, ",\"quote_start\":");
		cli_write_range_position(d, q->quote, 0, out);
		JW_LIT(out, ",\"quote_end\":");
		cli_write_range_position(d, q->quote, 1, out);
		JW_LIT(out, ",\"speaker_start\":");
		cli_write_range_position(d, q->speaker, 0, out);
		JW_LIT(out, ",\"speaker_end\":");
		cli_write_range_position(d, q->speaker, 1, out);
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
