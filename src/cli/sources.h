/*
 * sources.h: where documents come from.  Each FILE (or "-" for stdin) is
 * either one whole document, or with --jsonl a stream of one JSON object
 * per line.  Both feed cli_process_document().
 */
#ifndef CLI_SOURCES_H
#define CLI_SOURCES_H

#include "driver.h"
#include "input.h"

/* Reads path ("-" for stdin) whole and processes it as one document. */
void		cli_process_file(cli_run *run, const char *path, cli_buffer *buf);

/* Processes every line of path ("-" for stdin) as a JSON document. */
void		cli_process_jsonl(cli_run *run, const char *path, cli_buffer *buf);

#endif							/* CLI_SOURCES_H */
