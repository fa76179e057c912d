/*
 * article_paragraphs.c: article_paragraphs(body text), one row per
 * paragraph with its role; a paragraph that opens with a dateline gives two
 * rows with the same paragraph_no (structure.h).
 */
#include "pg_compat.h"

#include "pg_document.h"
#include "../core/structure.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

PG_FUNCTION_INFO_V1(article_paragraphs);

/* Columns of the result, in the order of the SQL declaration. */
enum
{
	COL_PARAGRAPH_NO,
	COL_ROLE,
	COL_START_POS,
	COL_END_POS,
	COL_PARAGRAPH,
	COL_DATELINE_PLACE,
	COL_DATELINE_AGENCY,
	PARAGRAPH_COLUMNS
};

/* The text of token range r, in the server encoding, or NULL when r is empty. */
static Datum
range_text(const pa_pg_document *pd, pa_token_range r, bool *isnull)
{
	const pa_token *first = &pd->doc.tokens.tokens[r.first];
	const pa_token *last;

	*isnull = r.count == 0;
	if (r.count == 0)
		return (Datum) 0;
	last = &pd->doc.tokens.tokens[r.first + r.count - 1];
	return PointerGetDatum(pa_pg_text_from_utf8(&pd->text, pd->doc.text + first->start,
												last->end - first->start));
}

/* Returns the paragraphs of body with their roles, positions and dateline fields. */
Datum
article_paragraphs(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	pa_pg_document pd;
	pa_paragraph_roles roles;
	Datum		values[PARAGRAPH_COLUMNS];
	bool		nulls[PARAGRAPH_COLUMNS] = {0};
	Datum		role_names[PA_ROLE_COUNT];
	MemoryContext row_memory,
				caller;

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	pa_pg_document_open(&pd, PG_GETARG_TEXT_PP(0));
	pa_pg_document_check(&pd, pa_structure_find(&pd.doc, &pd.arena, &pd.progress, &roles));

	for (int r = 0; r < PA_ROLE_COUNT; r++)
		role_names[r] = CStringGetTextDatum(pa_paragraph_role_name((pa_paragraph_role) r));
	row_memory = AllocSetContextCreate(pd.memory, "pg_article paragraph row", ALLOCSET_SMALL_SIZES);

	for (size_t k = 0; k < roles.count; k++)
	{
		const pa_paragraph_part *part = &roles.parts[k];
		const pa_token *first = &pd.doc.tokens.tokens[part->tokens.first];
		const pa_token *last = &pd.doc.tokens.tokens[part->tokens.first + part->tokens.count - 1];
		pa_pg_span	span;

		CHECK_FOR_INTERRUPTS();
		Assert(part->role < PA_ROLE_COUNT);
		MemoryContextReset(row_memory);
		caller = MemoryContextSwitchTo(row_memory);

		/* Parts come in text order, so their spans move the text cursor forward only. */
		pa_pg_text_span(&pd.text, first->start, last->end, first->cstart, last->cend, &span);

		values[COL_PARAGRAPH_NO] = Int32GetDatum((int32) (part->paragraph + 1));
		values[COL_ROLE] = role_names[part->role];
		values[COL_START_POS] = Int32GetDatum(span.start_pos);
		values[COL_END_POS] = Int32GetDatum(span.end_pos);
		values[COL_PARAGRAPH] = PointerGetDatum(span.value);
		values[COL_DATELINE_PLACE] = range_text(&pd, part->place, &nulls[COL_DATELINE_PLACE]);
		values[COL_DATELINE_AGENCY] = range_text(&pd, part->agency, &nulls[COL_DATELINE_AGENCY]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		MemoryContextSwitchTo(caller);
	}

	pa_pg_document_close(&pd);
	return (Datum) 0;
}
