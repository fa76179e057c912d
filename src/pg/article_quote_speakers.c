/*
 * article_quote_speakers.c: article_quote_speakers(body text), the distinct
 * canonical speakers of an article as a sorted text[], for GIN indexes.
 */
#include "pg_quotes.h"

#include "catalog/pg_type.h"
#include "utils/array.h"

PG_FUNCTION_INFO_V1(article_quote_speakers);

/* A speaker's name in UTF-8. */
typedef struct speaker_name
{
	const char *bytes;
	size_t		len;
} speaker_name;

/* qsort order of names: their UTF-8 bytes, that is Unicode code point order. */
static int
compare_names(const void *a, const void *b)
{
	const speaker_name *x = a;
	const speaker_name *y = b;
	int			order = memcmp(x->bytes, y->bytes, Min(x->len, y->len));

	if (order != 0)
		return order;
	return (x->len > y->len) - (x->len < y->len);
}

/* Returns the distinct canonical speakers of body, sorted by code point, independent of collation. */
Datum
article_quote_speakers(PG_FUNCTION_ARGS)
{
	pa_pg_document pd;
	pa_quote_list quotes;
	speaker_name *names;
	Datum	   *elements;
	int			name_count = 0,
				distinct = 0;
	ArrayType  *result;

	pa_pg_document_open(&pd, PG_GETARG_TEXT_PP(0));
	pa_pg_quotes_find(&pd, &quotes);

	names = palloc(Max(quotes.count, 1) * sizeof(speaker_name));
	for (size_t i = 0; i < quotes.count; i++)
	{
		const pa_quote *q = &quotes.items[i];

		CHECK_FOR_INTERRUPTS();
		if (q->canonical.count == 0)
			continue;
		names[name_count].bytes = pa_pg_range_words(&pd.doc, q->canonical, &names[name_count].len);
		name_count++;
	}
	qsort(names, name_count, sizeof(speaker_name), compare_names);

	elements = palloc(Max(name_count, 1) * sizeof(Datum));
	for (int i = 0; i < name_count; i++)
	{
		if (distinct > 0 && compare_names(&names[i], &names[i - 1]) == 0)
			continue;
		elements[distinct++] = PointerGetDatum(pa_pg_text_from_utf8(&pd.text, names[i].bytes,
																	 names[i].len));
	}
	result = construct_array(elements, distinct, TEXTOID, -1, false, TYPALIGN_INT);

	pa_pg_document_close(&pd);
	PG_RETURN_ARRAYTYPE_P(result);
}
