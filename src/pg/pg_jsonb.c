/*
 * pg_jsonb.c: writing jsonb's binary format directly (see pg_jsonb.h).
 *
 * A container is its header word (count and kind), one JEntry per child
 * (for an object: every key, then every value), then the children's data.
 * A JEntry holds the child's type and the length of its data, or, for
 * every JB_OFFSET_STRIDE'th child, the end offset of its data from the
 * start of the children's data.  Numerics and containers start on a 4-byte
 * boundary; the padding before them counts as theirs.  This is the layout
 * PostgreSQL's own conversion (JsonbValueToJsonb) writes.
 */
#include "pg_jsonb.h"

#include <math.h>

#include "utils/fmgrprotos.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

/* The largest first buffer pa_jsonb_init takes; beyond it the buffer doubles as it fills. */
#define FIRST_BUFFER_MAX (64 * 1024 * 1024)

/* See pg_jsonb.h. */
void
pa_jsonb_init(pa_jsonb *j, size_t expected)
{
	int			size = (int) Min(Max(expected, 1024), FIRST_BUFFER_MAX);

	j->buf.data = palloc(size);
	j->buf.maxlen = size;
	j->buf.len = VARHDRSZ;		/* room for the varlena header */
	j->buf.cursor = 0;
	j->depth = 0;
}

/* Appends len bytes, growing the buffer only when they do not fit. */
static inline void
append_bytes(pa_jsonb *j, const void *data, int len)
{
	if (j->buf.len + len >= j->buf.maxlen)
		enlargeStringInfo(&j->buf, len);
	memcpy(j->buf.data + j->buf.len, data, len);
	j->buf.len += len;
}

/* Appends zero bytes up to the next 4-byte boundary. */
static void
pad_to_int(pa_jsonb *j)
{
	static const char zeros[4] = {0};
	int			padding = INTALIGN(j->buf.len) - j->buf.len;

	if (padding > 0)
		append_bytes(j, zeros, padding);
}

/* Fails when the children's data of a container outgrows a JEntry. */
static void
check_size(int64 size)
{
	if (size > JENTRY_OFFLENMASK)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("article analysis exceeds the maximum jsonb size of %u bytes",
						JENTRY_OFFLENMASK),
				 errhint("Split the text into smaller documents.")));
}

/*
 * Records the child of the innermost open container whose data started at
 * buffer offset from and ends at the end of the buffer.
 */
static void
close_child(pa_jsonb *j, uint32 type, int from)
{
	pa_jsonb_frame *f = &j->open[j->depth - 1];
	int64		end_offset = j->buf.len - f->data;
	JEntry		entry;

	if (f->next >= f->count)
		elog(ERROR, "pa_jsonb: more children than the container was opened with");
	check_size(end_offset);
	if (f->next % JB_OFFSET_STRIDE == 0)
		entry = type | JENTRY_HAS_OFF | (uint32) end_offset;
	else
		entry = type | (uint32) (j->buf.len - from);
	memcpy(j->buf.data + f->entries + sizeof(JEntry) * f->next, &entry, sizeof(JEntry));
	f->next++;
}

/* Opens a container with count JEntries; header is its count and kind. */
static void
open_container(pa_jsonb *j, uint32 header, uint32 count, const char *const *keys)
{
	pa_jsonb_frame *f;

	if (j->depth == PA_JSONB_MAX_DEPTH)
		elog(ERROR, "pa_jsonb: containers nested deeper than %d", PA_JSONB_MAX_DEPTH);
	f = &j->open[j->depth++];
	f->start = j->buf.len;
	pad_to_int(j);
	append_bytes(j, &header, sizeof(header));
	f->entries = j->buf.len;
	enlargeStringInfo(&j->buf, (int) (sizeof(JEntry) * count));
	j->buf.len += (int) (sizeof(JEntry) * count);
	f->data = j->buf.len;
	f->next = 0;
	f->count = count;
	f->keys = keys;
}

/* Closes the innermost container, which must have all its children. */
static void
close_container(pa_jsonb *j)
{
	pa_jsonb_frame *f = &j->open[j->depth - 1];

	if (f->next != f->count)
		elog(ERROR, "pa_jsonb: container closed with %u of its %u children", f->next, f->count);
	check_size(j->buf.len - f->start);
	j->depth--;
	if (j->depth > 0)
		close_child(j, JENTRY_ISCONTAINER, f->start);
}

/* See pg_jsonb.h. */
void
pa_jsonb_begin_object(pa_jsonb *j, const char *const *keys, int key_count)
{
	open_container(j, (uint32) key_count | JB_FOBJECT, 2 * (uint32) key_count, keys);
	for (int k = 0; k < key_count; k++)
	{
		int			from = j->buf.len;

		Assert(k == 0 || strlen(keys[k - 1]) < strlen(keys[k]) ||
			   (strlen(keys[k - 1]) == strlen(keys[k]) && strcmp(keys[k - 1], keys[k]) < 0));
		append_bytes(j, keys[k], (int) strlen(keys[k]));
		close_child(j, JENTRY_ISSTRING, from);
	}
}

/* See pg_jsonb.h. */
void
pa_jsonb_end_object(pa_jsonb *j)
{
	close_container(j);
}

/* See pg_jsonb.h. */
void
pa_jsonb_begin_array(pa_jsonb *j, int count)
{
	open_container(j, (uint32) count | JB_FARRAY, (uint32) count, NULL);
}

/* See pg_jsonb.h. */
void
pa_jsonb_end_array(pa_jsonb *j)
{
	close_container(j);
}

/* See pg_jsonb.h. */
void
pa_jsonb_key(pa_jsonb *j, const char *key)
{
	const pa_jsonb_frame *f = &j->open[j->depth - 1];
	uint32		pairs = f->count / 2;

	if (f->keys == NULL || f->next < pairs || f->next >= f->count ||
		(key != f->keys[f->next - pairs] && strcmp(key, f->keys[f->next - pairs]) != 0))
		elog(ERROR, "pa_jsonb: key \"%s\" is not the next key of the open object", key);
}

/* See pg_jsonb.h. */
void
pa_jsonb_string(pa_jsonb *j, const char *s, size_t len)
{
	int			from = j->buf.len;

	check_size((int64) len);
	append_bytes(j, s, (int) len);
	close_child(j, JENTRY_ISSTRING, from);
}

/* Appends a numeric, 4-byte aligned. */
static void
append_numeric(pa_jsonb *j, Numeric number)
{
	int			from = j->buf.len;

	pad_to_int(j);
	append_bytes(j, number, VARSIZE_ANY(number));
	close_child(j, JENTRY_ISNUMERIC, from);
}

/*
 * Numerics of the ints below this bound are made once per backend and
 * kept side by side, SMALL_INT_SLOT bytes each (256 kB in all): positions
 * and numbers repeat from row to row, and rise through a document.
 */
#define SMALL_INT_BOUND 16384
#define SMALL_INT_SLOT 16

static char *small_ints;

/* The Numeric of number, from the backend's cache when it is small. */
static Numeric
int_numeric(int32 number)
{
	Numeric		made;
	char	   *slot;

	if (number < 0 || number >= SMALL_INT_BOUND)
		return DatumGetNumeric(DirectFunctionCall1(int4_numeric, Int32GetDatum(number)));
	if (small_ints == NULL)
		small_ints = MemoryContextAllocZero(TopMemoryContext, SMALL_INT_SLOT * SMALL_INT_BOUND);
	slot = small_ints + (size_t) number * SMALL_INT_SLOT;
	if (VARSIZE(slot) == 0)
	{
		made = DatumGetNumeric(DirectFunctionCall1(int4_numeric, Int32GetDatum(number)));
		if (VARSIZE(made) > SMALL_INT_SLOT)
			return made;
		memcpy(slot, made, VARSIZE(made));
	}
	return (Numeric) slot;
}

/* See pg_jsonb.h. */
void
pa_jsonb_int(pa_jsonb *j, int32 number)
{
	append_numeric(j, int_numeric(number));
}

/*
 * Finite floats in [REAL_FAST_LOW, REAL_FAST_HIGH) are scaled to six
 * significant digits exactly in a double: the float's 24-bit significand
 * times 10^k, k <= 12, has at most 24 + 28 bits.
 */
#define REAL_FAST_LOW 1e-7
#define REAL_FAST_HIGH 1e6

/*
 * The Numeric of a float as float4_numeric makes it (six significant
 * digits, trailing zeros dropped), without formatting and parsing text.
 */
static Numeric
real_numeric(float4 number)
{
	double		magnitude = fabs((double) number);
	int			exponent;
	int			scale;
	double		digits;
	int64		significand;

	if (!(magnitude >= REAL_FAST_LOW && magnitude < REAL_FAST_HIGH))
		return DatumGetNumeric(DirectFunctionCall1(float4_numeric, Float4GetDatum(number)));
	/* digits = the float rounded half-even to 6 significant digits, as printf does */
	exponent = (int) floor(log10(magnitude));
	scale = 5 - exponent;
	digits = rint(magnitude * pow(10.0, scale));
	if (digits >= 1e6 || digits < 1e5)
	{
		scale += digits >= 1e6 ? -1 : 1;
		digits = rint(magnitude * pow(10.0, scale));
	}
	significand = (int64) digits;
	while (scale > 0 && significand % 10 == 0)
	{
		significand /= 10;
		scale--;
	}
	return int64_div_fast_to_numeric(number < 0 ? -significand : significand, scale);
}

/* See pg_jsonb.h. */
void
pa_jsonb_real(pa_jsonb *j, float4 number)
{
	append_numeric(j, real_numeric(number));
}

/* See pg_jsonb.h. */
void
pa_jsonb_null(pa_jsonb *j)
{
	close_child(j, JENTRY_ISNULL, j->buf.len);
}

/* See pg_jsonb.h. */
Jsonb *
pa_jsonb_finish(pa_jsonb *j)
{
	if (j->depth != 0)
		elog(ERROR, "pa_jsonb: %d containers left open", j->depth);
	SET_VARSIZE(j->buf.data, j->buf.len);
	return (Jsonb *) j->buf.data;
}
