/*
 * pg_text_array.c: sorted, distinct text[] values (see pg_text_array.h).
 */
#include "pg_text_array.h"

#include "catalog/pg_type.h"

/* qsort order of UTF-8 strings: their bytes, that is Unicode code point order. */
static int
compare_utf8(const void *a, const void *b)
{
	const pa_pg_utf8 *x = a;
	const pa_pg_utf8 *y = b;
	int			order = memcmp(x->bytes, y->bytes, Min(x->len, y->len));

	if (order != 0)
		return order;
	return (x->len > y->len) - (x->len < y->len);
}

/* See pg_text_array.h. */
ArrayType *
pa_pg_sorted_text_array(const pa_pg_text *t, pa_pg_utf8 *items, int count)
{
	Datum	   *elements = palloc(Max(count, 1) * sizeof(Datum));
	int			distinct = 0;

	qsort(items, count, sizeof(pa_pg_utf8), compare_utf8);
	for (int i = 0; i < count; i++)
	{
		if (i > 0 && compare_utf8(&items[i], &items[i - 1]) == 0)
			continue;
		elements[distinct++] = PointerGetDatum(pa_pg_text_from_utf8(t, items[i].bytes, items[i].len));
	}
	return construct_array(elements, distinct, TEXTOID, -1, false, TYPALIGN_INT);
}
