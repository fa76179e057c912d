/*
 * command.h: the subcommands of pg_article_cli and what each one receives.
 *
 * A subcommand only turns one analysed document into JSON lines.  The
 * shared driver (driver.c) does the rest for every document: reading files
 * or --jsonl lines, the id, --published, UTF-8 validation, tokenizing and
 * segmenting, the per-document arena, error reports and the exit status.
 *
 * To add a subcommand, say `dates`:
 *   1. write src/cli/cmd_dates.c with
 *        static pa_status emit_dates(const cli_doc *doc, json_writer *out)
 *        { ... for each item:
 *              cli_begin_line(doc, out);              // {"id":<id>
 *              JW_LIT(out, ",\"start_pos\":");        // constant key prefixes
 *              jw_uint(out, cstart + 1);
 *              JW_LIT(out, ",\"expression\":");
 *              jw_text(out, text + start, end - start);
 *              JW_LIT(out, "}\n");
 *          return PA_OK; }
 *        const cli_command cli_cmd_dates = {"dates", "one line per date expression", emit_dates};
 *      Allocate from doc->arena (released after the document); run later
 *      core stages on doc->doc; doc->published is NULL when no date was given.
 *   2. add the line X(dates) to CLI_COMMANDS in commands.c;
 *   3. add the file to CLI_SRCS in the Makefile.
 * Output fields and 1-based positions follow the SQL function of the same name.
 */
#ifndef CLI_COMMAND_H
#define CLI_COMMAND_H

#include "document.h"
#include "json_writer.h"
#include "published.h"

/* One document, analysed, as a subcommand sees it. */
typedef struct cli_doc
{
	const pa_document *doc;		/* validated, tokenized and segmented */
	pa_arena   *arena;			/* the document's arena, for later stages */
	const cli_date *published;	/* NULL when neither the input nor --published gives one */
	const char *line_prefix;	/* {"id":<id as JSON> */
	size_t		line_prefix_len;
} cli_doc;

typedef struct cli_command
{
	const char *name;			/* as typed on the command line */
	const char *summary;		/* one line for --help */
	/* Writes one JSON line per item; a core status other than PA_OK fails the document. */
	pa_status	(*emit) (const cli_doc *doc, json_writer *out);
} cli_command;

/* Opens a JSON line with the document's id: {"id":<id>. */
static inline void
cli_begin_line(const cli_doc *doc, json_writer *out)
{
	jw_raw(out, doc->line_prefix, doc->line_prefix_len);
}

/* The table of subcommands, in --help order, ended by NULL (commands.c). */
extern const cli_command *const cli_commands[];

/* The subcommand called name, or NULL. */
const cli_command *cli_find_command(const char *name);

#endif							/* CLI_COMMAND_H */
