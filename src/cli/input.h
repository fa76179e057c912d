/*
 * input.h: reading documents whole, and JSON Lines one line at a time.
 */
#ifndef CLI_INPUT_H
#define CLI_INPUT_H

#include <stddef.h>
#include <stdio.h>

/* A byte buffer owned by the caller; free data with free(). */
typedef struct cli_buffer
{
	char	   *data;
	size_t		len;
	size_t		cap;
} cli_buffer;

/*
 * Reads everything from fd into buf (reusing its memory).  Returns 0 on
 * success, or an errno value.
 */
int			cli_read_all(int fd, cli_buffer *buf);

/*
 * Reads the next line of stream into buf without its newline.  Returns 1
 * for a line, 0 at the end, -1 on a read error (errno set).
 */
int			cli_read_line(FILE *stream, cli_buffer *buf);

#endif							/* CLI_INPUT_H */
