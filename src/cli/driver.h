/*
 * driver.h: the per-document driver shared by every subcommand.
 *
 * cli_process_document() takes one document's text, validates, tokenizes
 * and segments it in a fresh malloc-backed arena, hands the result to the
 * subcommand's emit function and releases the arena.  A document that
 * fails is reported on stderr and counted; the run goes on with the next.
 */
#ifndef CLI_DRIVER_H
#define CLI_DRIVER_H

#include "command.h"

typedef struct cli_run
{
	const cli_command *command;
	json_writer *out;			/* the JSON Lines output */
	json_writer id_buffer;		/* scratch: builds each document's line prefix */
	const cli_date *default_published;	/* --published, or NULL */
	unsigned long failures;		/* documents reported on stderr */
} cli_run;

/* How a document's id is given. */
typedef enum cli_id_kind
{
	CLI_ID_STRING,				/* any bytes: a file name or a JSON string */
	CLI_ID_NUMBER				/* a JSON number, written as is */
} cli_id_kind;

typedef struct cli_input
{
	const char *where;			/* for error messages: "news.txt" or "<stdin>:12" */
	cli_id_kind id_kind;
	const char *id;
	size_t		id_len;
	const char *text;
	size_t		len;
	const cli_date *published;	/* NULL: use run->default_published */
} cli_input;

/* Prepares a run; returns 0 when memory runs out. */
int			cli_run_init(cli_run *run, const cli_command *command, json_writer *out,
						 const cli_date *default_published);

/* Frees what cli_run_init took. */
void		cli_run_free(cli_run *run);

/* Analyses one document and writes the subcommand's lines for it. */
void		cli_process_document(cli_run *run, const cli_input *input);

/* Reports a failed document on stderr and counts it. */
void		cli_report(cli_run *run, const char *where, const char *format, ...)
			__attribute__((format(printf, 3, 4)));

#endif							/* CLI_DRIVER_H */
