/*
 * pg_text_array.h: the sorted, distinct text[] that the key functions
 * return for GIN indexes.
 */
#ifndef PA_PG_TEXT_ARRAY_H
#define PA_PG_TEXT_ARRAY_H

#include "pg_text.h"

#include "utils/array.h"

/* A string of UTF-8 bytes (not terminated). */
typedef struct pa_pg_utf8
{
	const char *bytes;
	size_t		len;
} pa_pg_utf8;

/*
 * Sorts items[0..count) by their UTF-8 bytes (that is by Unicode code
 * point, whatever the collation) and returns the distinct ones as a text[]
 * in the server encoding, in the current memory context.
 */
ArrayType  *pa_pg_sorted_text_array(const pa_pg_text *t, pa_pg_utf8 *items, int count);

#endif							/* PA_PG_TEXT_ARRAY_H */
