/*
 * jsonl.h: parses one line of --jsonl input:
 *   {"id": "a-17" or 17, "text": "...", "published": "YYYY-MM-DD" or null}
 *
 * The whole line is checked against the JSON grammar (RFC 8259); keys other
 * than these three may hold any value, nested to any reasonable depth, and
 * are skipped.  Strings are unescaped in place inside the line buffer
 * (an escape is never shorter than what it stands for), so the record
 * points into the line and nothing is allocated.
 */
#ifndef CLI_JSONL_H
#define CLI_JSONL_H

#include <stddef.h>

typedef enum jsonl_id_kind
{
	JSONL_ID_NONE,				/* no "id" key */
	JSONL_ID_STRING,			/* id holds the unescaped string */
	JSONL_ID_NUMBER				/* id holds the number as written */
} jsonl_id_kind;

typedef struct jsonl_record
{
	jsonl_id_kind id_kind;
	const char *id;
	size_t		id_len;
	const char *text;			/* NULL when the line has no "text" */
	size_t		text_len;
	const char *published;		/* NULL when absent or null */
	size_t		published_len;
} jsonl_record;

/*
 * Parses line[0..len).  Returns 1 on success; otherwise 0 with a short
 * message in *error and the 1-based byte column where parsing stopped.
 */
int			jsonl_parse(char *line, size_t len, jsonl_record *rec,
						const char **error, size_t *column);

#endif							/* CLI_JSONL_H */
