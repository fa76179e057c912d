/*
 * published.h: the publication date of a document (--published or the
 * "published" key of a --jsonl line), which later stages resolve relative
 * dates against.
 */
#ifndef CLI_PUBLISHED_H
#define CLI_PUBLISHED_H

#include <stddef.h>

typedef struct cli_date
{
	int			year;
	int			month;			/* 1..12 */
	int			day;			/* 1..31, valid for the month */
} cli_date;

/* Parses exactly YYYY-MM-DD naming a real calendar day; returns 0 otherwise. */
int			cli_parse_date(const char *s, size_t len, cli_date *out);

#endif							/* CLI_PUBLISHED_H */
