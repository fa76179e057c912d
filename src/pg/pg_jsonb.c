/*
 * pg_jsonb.c: a thin jsonb builder over pushJsonbValue (see pg_jsonb.h).
 */
#include "pg_jsonb.h"

#include "utils/fmgrprotos.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

/* See pg_jsonb.h. */
void
pa_jsonb_init(pa_jsonb *j)
{
	j->state = NULL;
	j->result = NULL;
}

/* Pushes a container token; closing the outermost one keeps the result. */
static void
push_token(pa_jsonb *j, JsonbIteratorToken token)
{
	JsonbValue *value = pushJsonbValue(&j->state, token, NULL);

	if (j->state == NULL)
		j->result = value;
}

/* See pg_jsonb.h. */
void
pa_jsonb_begin_object(pa_jsonb *j)
{
	push_token(j, WJB_BEGIN_OBJECT);
}

/* See pg_jsonb.h. */
void
pa_jsonb_end_object(pa_jsonb *j)
{
	push_token(j, WJB_END_OBJECT);
}

/* See pg_jsonb.h. */
void
pa_jsonb_begin_array(pa_jsonb *j)
{
	push_token(j, WJB_BEGIN_ARRAY);
}

/* See pg_jsonb.h. */
void
pa_jsonb_end_array(pa_jsonb *j)
{
	push_token(j, WJB_END_ARRAY);
}

/* Pushes a scalar as an array element or as the value of the pending key. */
static void
push_scalar(pa_jsonb *j, JsonbValue *value)
{
	Assert(j->state != NULL);
	pushJsonbValue(&j->state, j->state->contVal.type == jbvArray ? WJB_ELEM : WJB_VALUE, value);
}

/* See pg_jsonb.h. */
void
pa_jsonb_key(pa_jsonb *j, const char *key)
{
	JsonbValue	value;

	value.type = jbvString;
	value.val.string.val = (char *) key;
	value.val.string.len = (int) strlen(key);
	pushJsonbValue(&j->state, WJB_KEY, &value);
}

/* See pg_jsonb.h. */
void
pa_jsonb_string(pa_jsonb *j, const char *s, size_t len)
{
	JsonbValue	value;

	value.type = jbvString;
	value.val.string.val = (char *) s;
	value.val.string.len = (int) len;
	push_scalar(j, &value);
}

/*
 * Numerics of the ints below this bound are made once per backend and
 * kept (at most 16384 small values, a few hundred kB): positions and
 * numbers repeat from row to row.
 */
#define SMALL_INT_BOUND 16384

static Numeric *small_ints;

/* The Numeric of number, from the backend's cache when it is small. */
static Numeric
int_numeric(int32 number)
{
	Numeric		made;

	if (number < 0 || number >= SMALL_INT_BOUND)
		return DatumGetNumeric(DirectFunctionCall1(int4_numeric, Int32GetDatum(number)));
	if (small_ints == NULL)
		small_ints = MemoryContextAllocZero(TopMemoryContext, sizeof(Numeric) * SMALL_INT_BOUND);
	if (small_ints[number] == NULL)
	{
		made = DatumGetNumeric(DirectFunctionCall1(int4_numeric, Int32GetDatum(number)));
		small_ints[number] = MemoryContextAlloc(TopMemoryContext, VARSIZE(made));
		memcpy(small_ints[number], made, VARSIZE(made));
	}
	return small_ints[number];
}

/* See pg_jsonb.h. */
void
pa_jsonb_int(pa_jsonb *j, int32 number)
{
	JsonbValue	value;

	value.type = jbvNumeric;
	value.val.numeric = int_numeric(number);
	push_scalar(j, &value);
}

/* See pg_jsonb.h. */
void
pa_jsonb_real(pa_jsonb *j, float4 number)
{
	JsonbValue	value;

	value.type = jbvNumeric;
	value.val.numeric = DatumGetNumeric(DirectFunctionCall1(float4_numeric, Float4GetDatum(number)));
	push_scalar(j, &value);
}

/* See pg_jsonb.h. */
void
pa_jsonb_null(pa_jsonb *j)
{
	JsonbValue	value;

	value.type = jbvNull;
	push_scalar(j, &value);
}

/* See pg_jsonb.h. */
Jsonb *
pa_jsonb_finish(pa_jsonb *j)
{
	Assert(j->state == NULL && j->result != NULL);
	return JsonbValueToJsonb(j->result);
}
