/*
 * commands.c: the table of subcommands.  A new subcommand is one file
 * (cmd_NAME.c defining cli_cmd_NAME) plus one line in CLI_COMMANDS below;
 * see command.h.
 */
#include "command.h"

#include <string.h>

/* One line per subcommand, in --help order. */
#define CLI_COMMANDS(X) \
	X(tokens) \
	X(sentences) \
	X(paragraphs) \
	X(dates) \
	X(quotes) \
	X(entities)

#define CLI_DECLARE(name) extern const cli_command cli_cmd_##name;
#define CLI_ROW(name) &cli_cmd_##name,

CLI_COMMANDS(CLI_DECLARE)

const cli_command *const cli_commands[] = {
	CLI_COMMANDS(CLI_ROW)
	NULL
};

/* Looks a subcommand up by name. */
const cli_command *
cli_find_command(const char *name)
{
	for (size_t i = 0; cli_commands[i] != NULL; i++)
	{
		if (strcmp(cli_commands[i]->name, name) == 0)
			return cli_commands[i];
	}
	return NULL;
}
