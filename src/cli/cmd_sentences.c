/*
 * cmd_sentences.c: `pg_article_cli sentences`, one line per sentence, with
 * the columns of article_sentences(): sentence_no, paragraph_no,
 * start_pos, end_pos, sentence.
 */
#include "command.h"

/* Writes every sentence with the text from its first token to its last. */
static pa_status
emit_sentences(const cli_doc *doc, json_writer *out)
{
	const pa_document *d = doc->doc;

	for (size_t s = 0; s < d->segments.sentence_count; s++)
	{
		const pa_sentence *sentence = &d->segments.sentences[s];
		const pa_token *first = pa_sentence_first(d, sentence);
		const pa_token *last = pa_sentence_last(d, sentence);

		cli_begin_line(doc, out);
		JW_LIT(out, ",\"sentence_no\":");
		jw_uint(out, (uint64_t) s + 1);
		JW_LIT(out, ",\"paragraph_no\":");
		jw_uint(out, (uint64_t) sentence->paragraph + 1);
		JW_LIT(out, ",\"start_pos\":");
		jw_uint(out, (uint64_t) first->cstart + 1);
		JW_LIT(out, ",\"end_pos\":");
		jw_uint(out, (uint64_t) last->cend + 1);
		JW_LIT(out, ",\"sentence\":");
		jw_text(out, d->text + first->start, last->end - first->start);
		JW_LIT(out, "}\n");
	}
	return PA_OK;
}

const cli_command cli_cmd_sentences = {
	"sentences", "one line per sentence (article_sentences)", emit_sentences
};
