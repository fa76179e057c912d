/*
 * article_quotes.c: article_quotes(body text), one row per quotation with
 * its kind, speaker, role and cue.
 */
#include "pg_quotes.h"

#include "utils/builtins.h"
#include "utils/memutils.h"

PG_FUNCTION_INFO_V1(article_quotes);

/* Columns of the result, in the order of the SQL declaration. */
enum
{
	COL_QUOTE,
	COL_KIND,
	COL_SPEAKER,
	COL_SPEAKER_CANONICAL,
	COL_SPEAKER_ROLE,
	COL_CUE,
	COL_QUOTE_START,
	COL_QUOTE_END,
	COL_SPEAKER_START,
	COL_SPEAKER_END,
	COL_SENTENCE_NO,
	COL_PARAGRAPH_NO,
	QUOTE_COLUMNS
};

/* First and last token of a non-empty range. */
#define RANGE_FIRST(doc, r) (&(doc)->tokens.tokens[(r).first])
#define RANGE_LAST(doc, r) (&(doc)->tokens.tokens[(r).first + (r).count - 1])

/*
 * Sets the speaker mention's columns: its text as written in text_col, its
 * positions in start_col and start_col + 1; NULLs when there is none.
 */
static void
set_mention(pa_pg_document *pd, pa_token_range r, int text_col, int start_col,
			Datum *values, bool *nulls)
{
	const pa_token *first,
			   *last;

	nulls[text_col] = nulls[start_col] = nulls[start_col + 1] = r.count == 0;
	if (r.count == 0)
		return;
	first = RANGE_FIRST(&pd->doc, r);
	last = RANGE_LAST(&pd->doc, r);
	values[text_col] = PointerGetDatum(pa_pg_text_from_utf8(&pd->text, pd->doc.text + first->start,
															last->end - first->start));
	values[start_col] = Int32GetDatum(pa_pg_text_position(&pd->text, first->start, first->cstart));
	values[start_col + 1] = Int32GetDatum(pa_pg_text_position(&pd->text, last->end, last->cend));
}

/* Sets a column to the words of a token range (canonical, role, cue), or NULL when it is empty. */
static void
set_words(pa_pg_document *pd, pa_token_range r, int col, Datum *values, bool *nulls)
{
	size_t		len;
	char	   *words;

	nulls[col] = r.count == 0;
	if (r.count == 0)
		return;
	words = pa_pg_range_words(&pd->doc, r, &len);
	values[col] = PointerGetDatum(pa_pg_text_from_utf8(&pd->text, words, len));
}

/* Returns the quotations of body with their attribution and positions. */
Datum
article_quotes(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	pa_pg_document pd;
	pa_quote_list quotes;
	MemoryContext row_memory,
				caller;
	Datum		kind_names[PA_QUOTE_INDIRECT + 1];
	Datum		values[QUOTE_COLUMNS];
	bool		nulls[QUOTE_COLUMNS] = {0};

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	pa_pg_document_open(&pd, PG_GETARG_TEXT_PP(0));
	pa_pg_quotes_find(&pd, &quotes);

	for (int k = PA_QUOTE_DIRECT; k <= PA_QUOTE_INDIRECT; k++)
		kind_names[k] = CStringGetTextDatum(pa_quote_kind_name((pa_quote_kind) k));
	row_memory = AllocSetContextCreate(pd.memory, "pg_article quote row", ALLOCSET_SMALL_SIZES);

	for (size_t i = 0; i < quotes.count; i++)
	{
		const pa_quote *q = &quotes.items[i];
		const pa_token *first = RANGE_FIRST(&pd.doc, q->quote);
		const pa_token *last = RANGE_LAST(&pd.doc, q->quote);
		pa_pg_span	span;

		CHECK_FOR_INTERRUPTS();
		Assert(q->quote.count > 0 && q->kind <= PA_QUOTE_INDIRECT);
		MemoryContextReset(row_memory);
		caller = MemoryContextSwitchTo(row_memory);

		/* Quotes come in text order, so their spans move the text cursor forward only. */
		pa_pg_text_span(&pd.text, first->start, last->end, first->cstart, last->cend, &span);
		values[COL_QUOTE] = PointerGetDatum(span.value);
		values[COL_QUOTE_START] = Int32GetDatum(span.start_pos);
		values[COL_QUOTE_END] = Int32GetDatum(span.end_pos);
		values[COL_KIND] = kind_names[q->kind];
		set_mention(&pd, q->speaker, COL_SPEAKER, COL_SPEAKER_START, values, nulls);
		set_words(&pd, q->canonical, COL_SPEAKER_CANONICAL, values, nulls);
		set_words(&pd, q->role, COL_SPEAKER_ROLE, values, nulls);
		set_words(&pd, q->cue, COL_CUE, values, nulls);
		values[COL_SENTENCE_NO] = Int32GetDatum((int32) (q->sentence + 1));
		values[COL_PARAGRAPH_NO] = Int32GetDatum((int32) (q->paragraph + 1));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);

		MemoryContextSwitchTo(caller);
	}

	pa_pg_document_close(&pd);
	return (Datum) 0;
}
