/*
 * cmd_entities.c: `pg_article_cli entities`, one line per named entity,
 * with the columns of article_entities(): entity, type, canonical,
 * start_pos, end_pos, sentence_no, score.
 *
 * The model and lexicons are loaded on the first document, from the data
 * directory that entities_data.h describes.
 */
#include <stdio.h>
#include <stdlib.h>

#include "command.h"
#include "entities_data.h"
#include "ner_entities.h"

/* Writes a score in 0..1 with three decimals. */
static void
write_score(json_writer *out, float score)
{
	/* thousandths, rounded as %.3f rounds; scores lie in 0..1 */
	long		milli = score <= 0.0f ? 0 : score >= 1.0f ? 1000 : (long) (score * 1000.0f + 0.5f);
	char		buf[5] = {(char) ('0' + milli / 1000), '.', (char) ('0' + milli / 100 % 10),
	(char) ('0' + milli / 10 % 10), (char) ('0' + milli % 10)};

	jw_raw(out, buf, sizeof(buf));
}

/* Writes every entity of the document. */
static pa_status
emit_entities(const cli_doc *doc, json_writer *out)
{
	const cli_entity_data *data = cli_entity_data_shared();
	const pa_document *d = doc->doc;
	pa_entity_list list;
	pa_status	status = pa_entities_find(d, &data->model, &data->lexicon, doc->arena, NULL, &list);

	if (status != PA_OK)
		return status;
	for (size_t i = 0; i < list.count; i++)
	{
		const pa_entity *e = &list.items[i];

		cli_begin_line(doc, out);
		JW_LIT(out, ",\"entity\":");
		jw_text(out, d->text + e->start, e->end - e->start);
		JW_LIT(out, ",\"type\":\"");
		jw_raw(out, pa_entity_type_name(e->type), strlen(pa_entity_type_name(e->type)));
		JW_LIT(out, "\",\"canonical\":");
		jw_text(out, e->canonical, e->canonical_len);
		JW_LIT(out, ",\"start_pos\":");
		jw_uint(out, (uint64_t) e->cstart + 1);
		JW_LIT(out, ",\"end_pos\":");
		jw_uint(out, (uint64_t) e->cend + 1);
		JW_LIT(out, ",\"sentence_no\":");
		jw_uint(out, (uint64_t) e->sentence + 1);
		JW_LIT(out, ",\"score\":");
		write_score(out, e->score);
		JW_LIT(out, "}\n");
	}
	return PA_OK;
}

const cli_command cli_cmd_entities = {
	"entities", "one line per named entity (article_entities)", emit_entities
};
