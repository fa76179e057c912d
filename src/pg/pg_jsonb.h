/*
 * pg_jsonb.h: building a jsonb value one item at a time, on top of
 * pushJsonbValue (the same calls from PostgreSQL 13 to 18).
 *
 * Values go into the innermost open object (after a key) or array, so the
 * caller writes begin_object, key, value, ..., end_object.  Strings are not
 * copied: they must stay valid until pa_jsonb_finish.
 */
#ifndef PA_PG_JSONB_H
#define PA_PG_JSONB_H

#include "postgres.h"

#include "utils/jsonb.h"

typedef struct pa_jsonb
{
	JsonbParseState *state;		/* open containers */
	JsonbValue *result;			/* the outermost container, once closed */
} pa_jsonb;

/* An empty builder. */
void		pa_jsonb_init(pa_jsonb *j);

void		pa_jsonb_begin_object(pa_jsonb *j);
void		pa_jsonb_end_object(pa_jsonb *j);
void		pa_jsonb_begin_array(pa_jsonb *j);
void		pa_jsonb_end_array(pa_jsonb *j);

/* The key of the next value of the open object (a NUL-terminated literal). */
void		pa_jsonb_key(pa_jsonb *j, const char *key);

/* Scalars: a string of len bytes in the server encoding, numbers, null. */
void		pa_jsonb_string(pa_jsonb *j, const char *s, size_t len);
void		pa_jsonb_int(pa_jsonb *j, int32 value);
void		pa_jsonb_real(pa_jsonb *j, float4 value);
void		pa_jsonb_null(pa_jsonb *j);

/* The jsonb value built, in the current memory context; the outermost container must be closed. */
Jsonb	   *pa_jsonb_finish(pa_jsonb *j);

#endif							/* PA_PG_JSONB_H */
