/*
 * article_quote_speakers.c: article_quote_speakers(body text), the distinct
 * canonical speakers of an article as a sorted text[], for GIN indexes.
 */
#include "pg_quotes.h"
#include "pg_text_array.h"

PG_FUNCTION_INFO_V1(article_quote_speakers);

/* Returns the distinct canonical speakers of body, sorted by code point, independent of collation. */
Datum
article_quote_speakers(PG_FUNCTION_ARGS)
{
	pa_pg_document pd;
	pa_quote_list quotes;
	pa_pg_utf8 *names;
	int			name_count = 0;
	ArrayType  *result;

	pa_pg_document_open(&pd, PG_GETARG_TEXT_PP(0));
	pa_pg_quotes_find(&pd, &quotes);

	names = palloc(Max(quotes.count, 1) * sizeof(pa_pg_utf8));
	for (size_t i = 0; i < quotes.count; i++)
	{
		const pa_quote *q = &quotes.items[i];

		CHECK_FOR_INTERRUPTS();
		if (q->canonical.count == 0)
			continue;
		names[name_count].bytes = pa_pg_range_words(&pd.doc, q->canonical, &names[name_count].len);
		name_count++;
	}
	result = pa_pg_sorted_text_array(&pd.text, names, name_count);

	pa_pg_document_close(&pd);
	PG_RETURN_ARRAYTYPE_P(result);
}
