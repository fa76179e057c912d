/*
 * sources.c: whole files and JSON Lines streams into documents.
 */
#include "sources.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "jsonl.h"

#define STDIN_NAME "<stdin>"

/* True when path names standard input. */
static int
is_stdin(const char *path)
{
	return strcmp(path, "-") == 0;
}

/* Reads one whole file; its id is the path as given ("-" for stdin). */
void
cli_process_file(cli_run *run, const char *path, cli_buffer *buf)
{
	int			fd = is_stdin(path) ? STDIN_FILENO : open(path, O_RDONLY);
	int			err;
	cli_input	input;

	if (fd < 0)
	{
		cli_report(run, path, "cannot open: %s", strerror(errno));
		return;
	}
	err = cli_read_all(fd, buf);
	if (fd != STDIN_FILENO)
		close(fd);
	if (err != 0)
	{
		cli_report(run, is_stdin(path) ? STDIN_NAME : path, "cannot read: %s", strerror(err));
		return;
	}
	input.where = is_stdin(path) ? STDIN_NAME : path;
	input.id_kind = CLI_ID_STRING;
	input.id = path;
	input.id_len = strlen(path);
	input.text = buf->data;
	input.len = buf->len;
	input.published = NULL;
	cli_process_document(run, &input);
}

/* True when the line holds only JSON white space. */
static int
is_blank(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
	{
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	}
	return 1;
}

/* Turns one parsed line into a document; the id defaults to the line number. */
static void
process_record(cli_run *run, const jsonl_record *rec, const char *where, const char *line_no)
{
	cli_input	input;
	cli_date	published;

	if (rec->text == NULL)
	{
		cli_report(run, where, "missing \"text\"");
		return;
	}
	if (rec->published != NULL && !cli_parse_date(rec->published, rec->published_len, &published))
	{
		cli_report(run, where, "\"published\" is not a date of the form YYYY-MM-DD");
		return;
	}
	input.where = where;
	input.id_kind = rec->id_kind == JSONL_ID_STRING ? CLI_ID_STRING : CLI_ID_NUMBER;
	input.id = rec->id_kind == JSONL_ID_NONE ? line_no : rec->id;
	input.id_len = rec->id_kind == JSONL_ID_NONE ? strlen(line_no) : rec->id_len;
	input.text = rec->text;
	input.len = rec->text_len;
	input.published = rec->published != NULL ? &published : NULL;
	cli_process_document(run, &input);
}

/* Reads a JSON Lines stream line by line; blank lines are skipped. */
void
cli_process_jsonl(cli_run *run, const char *path, cli_buffer *buf)
{
	const char *name = is_stdin(path) ? STDIN_NAME : path;
	FILE	   *stream = is_stdin(path) ? stdin : fopen(path, "r");
	unsigned long line_no = 0;
	int			got;

	if (stream == NULL)
	{
		cli_report(run, path, "cannot open: %s", strerror(errno));
		return;
	}
	while ((got = cli_read_line(stream, buf)) > 0 && !run->out->failed)
	{
		char		where[4096 + 32];
		char		number[24];
		jsonl_record rec;
		const char *error;
		size_t		column;

		line_no++;
		if (is_blank(buf->data, buf->len))
			continue;
		snprintf(where, sizeof(where), "%.4096s:%lu", name, line_no);
		snprintf(number, sizeof(number), "%lu", line_no);
		if (!jsonl_parse(buf->data, buf->len, &rec, &error, &column))
			cli_report(run, where, "malformed JSON at column %zu: %s", column, error);
		else
			process_record(run, &rec, where, number);
	}
	if (got < 0)
		cli_report(run, name, "cannot read: %s", strerror(errno));
	if (stream != stdin)
		fclose(stream);
}
