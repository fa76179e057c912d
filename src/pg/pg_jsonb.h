/*
 * pg_jsonb.h: writing a jsonb value one item at a time, straight into
 * jsonb's binary format (the on-disk format, the same in every
 * PostgreSQL release since 9.4).
 *
 * Values go into the innermost open object or array, so the caller writes
 * begin_object, key, value, ..., end_object.  Every container is told its
 * size when it opens: an array its element count, an object its keys, in
 * jsonb's key order (shorter keys first, then bytewise), which is the order
 * its values must then be written in; pa_jsonb_key checks each one.
 * Scalars are copied at once.
 */
#ifndef PA_PG_JSONB_H
#define PA_PG_JSONB_H

#include "postgres.h"

#include "lib/stringinfo.h"
#include "utils/jsonb.h"

/* Deepest nesting of containers. */
#define PA_JSONB_MAX_DEPTH 8

/* An open container. */
typedef struct pa_jsonb_frame
{
	int			start;			/* buffer offset where it starts, before its padding */
	int			entries;		/* buffer offset of its JEntry array */
	int			data;			/* buffer offset where its children's data starts */
	uint32		next;			/* index of its next child (keys come first) */
	uint32		count;			/* its JEntries: elements, or keys and values */
	const char *const *keys;	/* an object's keys; NULL for an array */
} pa_jsonb_frame;

typedef struct pa_jsonb
{
	StringInfoData buf;			/* the varlena being written */
	pa_jsonb_frame open[PA_JSONB_MAX_DEPTH];
	int			depth;			/* open containers */
} pa_jsonb;

/*
 * An empty value, allocated in the current memory context (where the result
 * will live), with room for about expected bytes (a guess; it grows).
 */
void		pa_jsonb_init(pa_jsonb *j, size_t expected);

/* Opens an object with key_count keys, sorted in jsonb's order. */
void		pa_jsonb_begin_object(pa_jsonb *j, const char *const *keys, int key_count);
void		pa_jsonb_end_object(pa_jsonb *j);

/* Opens an array of count elements. */
void		pa_jsonb_begin_array(pa_jsonb *j, int count);
void		pa_jsonb_end_array(pa_jsonb *j);

/* Checks that key is the key of the open object's next value. */
void		pa_jsonb_key(pa_jsonb *j, const char *key);

/* Scalars: a string of len bytes in the server encoding, numbers, null. */
void		pa_jsonb_string(pa_jsonb *j, const char *s, size_t len);
void		pa_jsonb_int(pa_jsonb *j, int32 value);
void		pa_jsonb_real(pa_jsonb *j, float4 value);
void		pa_jsonb_null(pa_jsonb *j);

/* The jsonb value written; the outermost container must be closed. */
Jsonb	   *pa_jsonb_finish(pa_jsonb *j);

#endif							/* PA_PG_JSONB_H */
