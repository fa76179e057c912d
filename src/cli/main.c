/*
 * main.c: pg_article_cli, the core of pg_article behind a command line.
 *
 *   pg_article_cli COMMAND [--published YYYY-MM-DD] [--jsonl] [FILE ...]
 *
 * Exit status: 0 when every document was processed, 1 when some document
 * failed (each reported on stderr) or the output could not be written, 2 on
 * a usage error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sources.h"

#define EXIT_USAGE 2

typedef struct cli_options
{
	const cli_command *command;
	int			jsonl;
	int			has_published;
	cli_date	published;
	char	  **files;			/* the FILE arguments, in order */
	int			file_count;
} cli_options;

/* Prints the help text to stream. */
static void
print_usage(FILE *stream)
{
	fputs("Usage: pg_article_cli COMMAND [--published YYYY-MM-DD] [--jsonl] [FILE ...]\n"
		  "\n"
		  "Analyses news articles with the pg_article core and writes JSON Lines,\n"
		  "one object per item, with \"id\" and the columns of the SQL function.\n"
		  "Positions are 1-based code point offsets (start inclusive, end exclusive).\n"
		  "\n"
		  "Commands:\n", stream);
	for (size_t i = 0; cli_commands[i] != NULL; i++)
		fprintf(stream, "  %-12s %s\n", cli_commands[i]->name, cli_commands[i]->summary);
	fputs("\n"
		  "Input: each FILE is one UTF-8 document whose id is the file name; with no\n"
		  "FILE, or with \"-\", standard input is read.\n"
		  "\n"
		  "Options:\n"
		  "  --jsonl                each FILE (or stdin) holds one JSON object per line:\n"
		  "                         {\"id\": ..., \"text\": ..., \"published\": \"YYYY-MM-DD\"}\n"
		  "                         \"id\" is a string or number (default: the line number),\n"
		  "                         \"published\" is optional and overrides --published\n"
		  "  --published YYYY-MM-DD publication date, for resolving relative dates\n"
		  "  --help                 show this help\n"
		  "  --version              show the version\n"
		  "\n"
		  "A document that cannot be read or analysed (malformed JSON, invalid UTF-8)\n"
		  "is reported on stderr and skipped.  Exit status: 0 all documents done,\n"
		  "1 some document failed, 2 usage error.\n", stream);
}

/* Reports a usage error and exits with status 2. */
static void
usage_error(const char *message, const char *arg)
{
	fprintf(stderr, "pg_article_cli: %s%s%s\n", message, arg ? ": " : "", arg ? arg : "");
	fputs("Try 'pg_article_cli --help' for more information.\n", stderr);
	exit(EXIT_USAGE);
}

/* Handles --help and --version wherever they appear; they win over errors. */
static void
handle_info_flags(int argc, char **argv)
{
	for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
	{
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
		{
			print_usage(stdout);
			exit(EXIT_SUCCESS);
		}
		if (strcmp(argv[i], "--version") == 0)
		{
			printf("pg_article_cli %s\n", PA_CORE_VERSION);
			exit(EXIT_SUCCESS);
		}
	}
}

/* Sets the --published date from its argument. */
static void
set_published(cli_options *opts, const char *value)
{
	if (value == NULL)
		usage_error("--published needs a date", NULL);
	if (!cli_parse_date(value, strlen(value), &opts->published))
		usage_error("--published is not a date of the form YYYY-MM-DD", value);
	opts->has_published = 1;
}

/* Parses the command line; options may come before or after files. */
static void
parse_options(int argc, char **argv, cli_options *opts)
{
	int			only_files = 0;

	memset(opts, 0, sizeof(*opts));
	handle_info_flags(argc, argv);
	if (argc < 2)
		usage_error("missing command", NULL);
	opts->command = cli_find_command(argv[1]);
	if (opts->command == NULL)
		usage_error("unknown command", argv[1]);
	/* files are collected in place over argv */
	opts->files = argv + 2;
	for (int i = 2; i < argc; i++)
	{
		const char *arg = argv[i];

		if (only_files || arg[0] != '-' || strcmp(arg, "-") == 0)
			opts->files[opts->file_count++] = argv[i];
		else if (strcmp(arg, "--") == 0)
			only_files = 1;
		else if (strcmp(arg, "--jsonl") == 0)
			opts->jsonl = 1;
		else if (strcmp(arg, "--published") == 0)
			set_published(opts, ++i < argc ? argv[i] : NULL);
		else if (strncmp(arg, "--published=", 12) == 0)
			set_published(opts, arg + 12);
		else
			usage_error("unknown option", arg);
	}
}

/* Runs the command over every input and returns the exit status. */
int
main(int argc, char **argv)
{
	static char stdin_path[] = "-";
	char	   *stdin_only[] = {stdin_path};
	cli_options opts;
	json_writer out;
	cli_run		run;
	cli_buffer	buf = {NULL, 0, 0};
	char	  **files;
	int			file_count;

	parse_options(argc, argv, &opts);
	files = opts.file_count > 0 ? opts.files : stdin_only;
	file_count = opts.file_count > 0 ? opts.file_count : 1;
	if (!jw_init(&out, STDOUT_FILENO) ||
		!cli_run_init(&run, opts.command, &out, opts.has_published ? &opts.published : NULL))
	{
		fputs("pg_article_cli: out of memory\n", stderr);
		return EXIT_FAILURE;
	}
	for (int i = 0; i < file_count && !out.failed; i++)
	{
		if (opts.jsonl)
			cli_process_jsonl(&run, files[i], &buf);
		else
			cli_process_file(&run, files[i], &buf);
	}
	free(buf.data);
	cli_run_free(&run);
	if (!jw_finish(&out))
	{
		fprintf(stderr, "pg_article_cli: cannot write the output: %s\n", strerror(out.failed));
		return EXIT_FAILURE;
	}
	return run.failures > 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
