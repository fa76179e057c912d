/*
 * cmd_paragraphs.c: `pg_article_cli paragraphs`, one line per paragraph (or
 * per dateline and the rest of its paragraph), with the columns of
 * article_paragraphs(): paragraph_no, role, start_pos, end_pos, paragraph,
 * dateline_place, dateline_agency.
 */
#include "command.h"
#include "range_output.h"
#include "structure.h"

/* Finds the paragraph roles of one document and writes them. */
static pa_status
emit_paragraphs(const cli_doc *doc, json_writer *out)
{
	const pa_document *d = doc->doc;
	pa_paragraph_roles roles;
	pa_status	status = pa_structure_find(d, doc->arena, NULL, &roles);

	if (status != PA_OK)
		return status;
	for (size_t k = 0; k < roles.count; k++)
	{
		const pa_paragraph_part *part = &roles.parts[k];
		const char *role = pa_paragraph_role_name((pa_paragraph_role) part->role);

		cli_begin_line(doc, out);
		JW_LIT(out, ",\"paragraph_no\":");
		jw_uint(out, (uint64_t) part->paragraph + 1);
		JW_LIT(out, ",\"role\":");
		jw_string(out, role, strlen(role));
		JW_LIT(out, ",\"start_pos\":");
		cli_write_range_position(d, part->tokens, 0, out);
		JW_LIT(out, ",\"end_pos\":");
		cli_write_range_position(d, part->tokens, 1, out);
		JW_LIT(out, ",\"paragraph\":");
		cli_write_range_text(d, part->tokens, out);
		JW_LIT(out, ",\"dateline_place\":");
		cli_write_range_text(d, part->place, out);
		JW_LIT(out, ",\"dateline_agency\":");
		cli_write_range_text(d, part->agency, out);
		JW_LIT(out, "}\n");
	}
	return PA_OK;
}

const cli_command cli_cmd_paragraphs = {
	"paragraphs", "one line per paragraph with its role (article_paragraphs)", emit_paragraphs
};
