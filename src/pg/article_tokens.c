/*
 * article_tokens.c: article_tokens(body text), one row per token.
 */
#include "pg_compat.h"

#include "utils/builtins.h"

#include "pg_document.h"

PG_FUNCTION_INFO_V1(article_tokens);

/* Columns of the result, in the order of the SQL declaration. */
enum
{
	COL_TOKEN_NO,
	COL_SENTENCE_NO,
	COL_START_POS,
	COL_END_POS,
	COL_TOKEN,
	COL_KIND,
	TOKEN_COLUMNS
};

/* Returns the tokens of body with their sentence, positions and kind. */
Datum
article_tokens(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	pa_pg_document pd;
	const pa_token_list *tokens;
	const pa_segmentation *segments;
	Datum		kind_names[PA_TOK_KIND_COUNT];
	Datum		values[TOKEN_COLUMNS];
	bool		nulls[TOKEN_COLUMNS] = {0};
	size_t		sentence = 0;

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	pa_pg_document_open(&pd, PG_GETARG_TEXT_PP(0));
	tokens = &pd.doc.tokens;
	segments = &pd.doc.segments;

	for (int k = 0; k < PA_TOK_KIND_COUNT; k++)
		kind_names[k] = CStringGetTextDatum(pa_token_kind_name((pa_token_kind) k));

	for (size_t i = 0; i < tokens->count; i++)
	{
		const pa_token *tok = &tokens->tokens[i];
		pa_pg_span	span;

		CHECK_FOR_INTERRUPTS();
		while (sentence < segments->sentence_count &&
			   i >= (size_t) segments->sentences[sentence].first_token +
			   segments->sentences[sentence].token_count)
			sentence++;
		pa_pg_text_span(&pd.text, tok->start, tok->end, tok->cstart, tok->cend, &span);

		values[COL_TOKEN_NO] = Int32GetDatum((int32) (i + 1));
		nulls[COL_SENTENCE_NO] = sentence >= segments->sentence_count ||
			i < segments->sentences[sentence].first_token;
		values[COL_SENTENCE_NO] = Int32GetDatum((int32) (sentence + 1));
		values[COL_START_POS] = Int32GetDatum(span.start_pos);
		values[COL_END_POS] = Int32GetDatum(span.end_pos);
		values[COL_TOKEN] = PointerGetDatum(span.value);
		Assert(tok->kind < PA_TOK_KIND_COUNT);
		values[COL_KIND] = kind_names[tok->kind];
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}

	pa_pg_document_close(&pd);
	return (Datum) 0;
}
