/*
 * pg_jsonb.c: a thin jsonb builder over pushJsonbValue (see pg_jsonb.h).
 */
#include "pg_jsonb.h"

#include <math.h>

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

/* Powers of ten up to 10^10. */
static const uint64 powers_of_ten[] = {
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
	UINT64CONST(10000000000),
};

/*
 * Writes value as printf's "%.6g" does (6 significant digits, rounded half
 * to even, no trailing zeros), for a finite value whose %g form has no
 * exponent and whose magnitude is from 1e-5; returns false otherwise.  The
 * digits come from the exact value m / 2^k in integers.
 */
static bool
format_g6(float4 value, char *buf)
{
	int			exponent;
	float4		fraction = frexpf(fabsf(value), &exponent);
	uint64		m = (uint64) ldexpf(fraction, 24);
	int			k = 24 - exponent;	/* |value| = m / 2^k */
	int			x = 5;			/* decimal exponent of the first digit */
	uint64		scaled,
				q,
				rem,
				half;
	char		digits[6];
	int			n = 6,
				used = 0;

	if (value == 0 || !isfinite(value) || k < 1 || k > 40)
		return false;
	while (x > -5 && m * powers_of_ten[5 - x] < (UINT64CONST(100000) << k))
		x--;
	if (m * powers_of_ten[5 - x] < (UINT64CONST(100000) << k) || m >= (UINT64CONST(1000000) << k))
		return false;			/* below 1e-5 or from 1e6 */
	scaled = m * powers_of_ten[5 - x];
	q = scaled >> k;
	rem = scaled & ((UINT64CONST(1) << k) - 1);
	half = UINT64CONST(1) << (k - 1);
	if (rem > half || (rem == half && (q & 1)))
		q++;
	if (q == 1000000)
	{
		q = 100000;
		x++;
	}
	if (x < -4 || x > 5)
		return false;			/* %g writes an exponent */
	for (int i = 5; i >= 0; i--, q /= 10)
		digits[i] = (char) ('0' + q % 10);
	while (n > 1 && digits[n - 1] == '0')
		n--;
	if (value < 0)
		buf[used++] = '-';
	if (x < 0)
	{
		buf[used++] = '0';
		buf[used++] = '.';
		for (int i = -1; i > x; i--)
			buf[used++] = '0';
		memcpy(buf + used, digits, n);
		used += n;
	}
	else
	{
		for (int i = 0; i <= x; i++)
			buf[used++] = i < n ? digits[i] : '0';
		if (n > x + 1)
		{
			buf[used++] = '.';
			memcpy(buf + used, digits + x + 1, n - x - 1);
			used += n - x - 1;
		}
	}
	buf[used] = '\0';
	return true;
}

/*
 * See pg_jsonb.h.  The number is float4_numeric's (which prints "%.6g" and
 * reads it back), without printf's float formatting when format_g6 can.
 */
void
pa_jsonb_real(pa_jsonb *j, float4 number)
{
	JsonbValue	value;
	char		text[16];
	Datum		numeric;

	if (format_g6(number, text))
		numeric = DirectFunctionCall3(numeric_in, CStringGetDatum(text), ObjectIdGetDatum(InvalidOid),
									  Int32GetDatum(-1));
	else
		numeric = DirectFunctionCall1(float4_numeric, Float4GetDatum(number));
	value.type = jbvNumeric;
	value.val.numeric = DatumGetNumeric(numeric);
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
