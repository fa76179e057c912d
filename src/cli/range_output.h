/*
 * range_output.h: token ranges of a document as JSON values, for the
 * subcommands whose items are token ranges (quotes, paragraphs).
 */
#ifndef CLI_RANGE_OUTPUT_H
#define CLI_RANGE_OUTPUT_H

#include "document.h"
#include "json_writer.h"

/* Writes the text of a token range as a JSON string, or null when empty. */
void		cli_write_range_text(const pa_document *d, pa_token_range r, json_writer *out);

/* Writes the 1-based start (end != 0: the exclusive end) of a token range, or null when empty. */
void		cli_write_range_position(const pa_document *d, pa_token_range r, int end,
									 json_writer *out);

#endif							/* CLI_RANGE_OUTPUT_H */
