/*
 * driver.c: one document from text to JSON lines (see driver.h).
 */
#include "driver.h"
#include "heap_allocator.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

/* Sets up the scratch writer for line prefixes. */
int
cli_run_init(cli_run *run, const cli_command *command, json_writer *out,
			 const cli_date *default_published)
{
	run->command = command;
	run->out = out;
	run->default_published = default_published;
	run->failures = 0;
	return jw_init(&run->id_buffer, JW_MEMORY);
}

/* Releases the scratch writer. */
void
cli_run_free(cli_run *run)
{
	jw_finish(&run->id_buffer);
}

/* Prints "pg_article_cli: WHERE: message" and counts the failure. */
void
cli_report(cli_run *run, const char *where, const char *format, ...)
{
	va_list		args;

	fprintf(stderr, "pg_article_cli: %s: ", where);
	va_start(args, format);
	vfprintf(stderr, format, args);
	va_end(args);
	fputc('\n', stderr);
	run->failures++;
}

/* Builds {"id":<id> in the scratch writer. */
static void
build_line_prefix(cli_run *run, const cli_input *input)
{
	json_writer *w = &run->id_buffer;

	w->used = 0;
	JW_LIT(w, "{\"id\":");
	if (input->id_kind == CLI_ID_NUMBER)
		jw_raw(w, input->id, input->id_len);
	else
		jw_string(w, input->id, input->id_len);
}

/* Reports why the core refused a document. */
static void
report_status(cli_run *run, const cli_input *input, pa_status status, size_t bad_offset)
{
	if (status != PA_ERR_INVALID_UTF8)
		cli_report(run, input->where, "%s", pa_status_message(status));
	else if (bad_offset < input->len && input->text[bad_offset] == '\0')
		cli_report(run, input->where, "NUL character at byte offset %zu", bad_offset);
	else
		cli_report(run, input->where, "invalid UTF-8 at byte offset %zu", bad_offset);
}

/* Validates, tokenizes, segments and emits one document in its own arena. */
void
cli_process_document(cli_run *run, const cli_input *input)
{
	pa_allocator heap = cli_heap_allocator();
	pa_arena	arena;
	pa_document doc;
	size_t		bad_offset = 0;
	pa_status	status;

	pa_arena_init(&arena, heap);
	status = pa_document_analyze(&doc, input->text, input->len, &arena, NULL, &bad_offset);
	if (status == PA_OK)
	{
		cli_doc view;

		build_line_prefix(run, input);
		view.doc = &doc;
		view.arena = &arena;
		view.published = input->published ? input->published : run->default_published;
		view.line_prefix = run->id_buffer.buf;
		view.line_prefix_len = run->id_buffer.used;
		status = run->command->emit(&view, run->out);
	}
	if (status != PA_OK)
		report_status(run, input, status, bad_offset);
	pa_arena_release(&arena);
}
