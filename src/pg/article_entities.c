/*
 * article_entities.c: article_entities(body text), one row per named
 * entity with its type, canonical form, positions, sentence and score.
 */
#include "pg_compat.h"
#include "pg_entities.h"

#include "utils/builtins.h"
#include "utils/memutils.h"

#include "../core/ner_entities.h"

PG_FUNCTION_INFO_V1(article_entities);

/* Columns of the result, in the order of the SQL declaration. */
enum
{
	COL_ENTITY,
	COL_TYPE,
	COL_CANONICAL,
	COL_START_POS,
	COL_END_POS,
	COL_SENTENCE_NO,
	COL_SCORE,
	ENTITY_COLUMNS
};

/* Returns the named entities of body in text order. */
Datum
article_entities(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	pa_pg_document pd;
	pa_entity_list entities;
	MemoryContext row_memory,
				caller;
	Datum		type_names[PA_ENT_TYPE_COUNT];
	Datum		values[ENTITY_COLUMNS];
	bool		nulls[ENTITY_COLUMNS] = {0};

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	pa_pg_document_open(&pd, PG_GETARG_TEXT_PP(0));
	pa_pg_entities_find(&pd, &entities);

	for (int k = 0; k < PA_ENT_TYPE_COUNT; k++)
		type_names[k] = CStringGetTextDatum(pa_entity_type_name((pa_entity_type) k));
	row_memory = AllocSetContextCreate(pd.memory, "pg_article entity row", ALLOCSET_SMALL_SIZES);

	for (size_t i = 0; i < entities.count; i++)
	{
		const pa_entity *e = &entities.items[i];
		pa_pg_span	span;

		CHECK_FOR_INTERRUPTS();
		Assert(e->type < PA_ENT_TYPE_COUNT);
		MemoryContextReset(row_memory);
		caller = MemoryContextSwitchTo(row_memory);

		/* Entities come in text order, so their spans move the text cursor forward only. */
		pa_pg_text_span(&pd.text, e->start, e->end, e->cstart, e->cend, &span);
		values[COL_ENTITY] = PointerGetDatum(span.value);
		values[COL_TYPE] = type_names[e->type];
		values[COL_CANONICAL] = PointerGetDatum(pa_pg_text_from_utf8(&pd.text, e->canonical,
																	  e->canonical_len));
		values[COL_START_POS] = Int32GetDatum(span.start_pos);
		values[COL_END_POS] = Int32GetDatum(span.end_pos);
		values[COL_SENTENCE_NO] = Int32GetDatum((int32) (e->sentence + 1));
		values[COL_SCORE] = Float4GetDatum(e->score);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);

		MemoryContextSwitchTo(caller);
	}

	pa_pg_document_close(&pd);
	return (Datum) 0;
}
