/*
 * article_sentences.c: article_sentences(body text), one row per sentence.
 */
#include "pg_compat.h"

#include "pg_document.h"

PG_FUNCTION_INFO_V1(article_sentences);

/* Columns of the result, in the order of the SQL declaration. */
enum
{
	COL_SENTENCE_NO,
	COL_PARAGRAPH_NO,
	COL_START_POS,
	COL_END_POS,
	COL_SENTENCE,
	SENTENCE_COLUMNS
};

/* Returns the sentences of body with their paragraph and positions. */
Datum
article_sentences(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	pa_pg_document pd;
	const pa_segmentation *segments;
	Datum		values[SENTENCE_COLUMNS];
	bool		nulls[SENTENCE_COLUMNS] = {0};

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	pa_pg_document_open(&pd, PG_GETARG_TEXT_PP(0));
	segments = &pd.doc.segments;

	for (size_t s = 0; s < segments->sentence_count; s++)
	{
		const pa_sentence *sentence = &segments->sentences[s];
		const pa_token *first = pa_sentence_first(&pd.doc, sentence);
		const pa_token *last = pa_sentence_last(&pd.doc, sentence);
		pa_pg_span	span;

		CHECK_FOR_INTERRUPTS();
		pa_pg_text_span(&pd.text, first->start, last->end, first->cstart, last->cend, &span);

		values[COL_SENTENCE_NO] = Int32GetDatum((int32) (s + 1));
		values[COL_PARAGRAPH_NO] = Int32GetDatum((int32) (sentence->paragraph + 1));
		values[COL_START_POS] = Int32GetDatum(span.start_pos);
		values[COL_END_POS] = Int32GetDatum(span.end_pos);
		values[COL_SENTENCE] = PointerGetDatum(span.value);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}

	pa_pg_document_close(&pd);
	return (Datum) 0;
}
