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

/* The loaded model and lexicons, read-only after the first document. */
static cli_entity_data entity_data;
static int	entity_data_loaded;

/* Loads the data once; a missing or broken model ends the run. */
static const cli_entity_data *
loaded_data(void)
{
	char		err[512];

	if (!entity_data_loaded)
	{
		if (!cli_entity_data_load(&entity_data, cli_entity_data_dir(), err, sizeof(err)))
		{
			fprintf(stderr, "pg_article_cli: %s (set PG_ARTICLE_DATA to the data directory)\n", err);
			exit(EXIT_FAILURE);
		}
		entity_data_loaded = 1;
	}
	return &entity_data;
}

/* Writes a score in 0..1 with three decimals. */
static void
write_score(json_writer *out, float score)
{
	char		buf[16];
	int			n = snprintf(buf, sizeof(buf), "%.3f", (double) score);

	jw_raw(out, buf, (size_t) n);
}

/* Writes every entity of the document. */
static pa_status
emit_entities(const cli_doc *doc, json_writer *out)
{
	const cli_entity_data *data = loaded_data();
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
