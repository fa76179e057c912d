/*
 * article_entity_keys.c: article_entity_keys(body text), the distinct
 * TYPE:canonical keys of an article's entities as a sorted text[], for GIN
 * indexes.
 */
#include "pg_entities.h"
#include "pg_text_array.h"

#include "fmgr.h"
#include "miscadmin.h"

#include "../core/ner_entities.h"

PG_FUNCTION_INFO_V1(article_entity_keys);

/* The key TYPE:canonical of an entity in UTF-8, palloc'd. */
static pa_pg_utf8
entity_key(const pa_entity *e)
{
	const char *type = pa_entity_type_name(e->type);
	size_t		type_len = strlen(type);
	char	   *key = palloc(type_len + 1 + e->canonical_len);
	pa_pg_utf8	result = {key, type_len + 1 + e->canonical_len};

	memcpy(key, type, type_len);
	key[type_len] = ':';
	memcpy(key + type_len + 1, e->canonical, e->canonical_len);
	return result;
}

/* Returns the distinct entity keys of body, sorted by code point, independent of collation. */
Datum
article_entity_keys(PG_FUNCTION_ARGS)
{
	pa_pg_document pd;
	pa_entity_list entities;
	pa_pg_utf8 *keys;
	ArrayType  *result;

	pa_pg_document_open(&pd, PG_GETARG_TEXT_PP(0));
	pa_pg_entities_find(&pd, &entities);

	keys = palloc(Max(entities.count, 1) * sizeof(pa_pg_utf8));
	for (size_t i = 0; i < entities.count; i++)
	{
		CHECK_FOR_INTERRUPTS();
		keys[i] = entity_key(&entities.items[i]);
	}
	result = pa_pg_sorted_text_array(&pd.text, keys, (int) entities.count);

	pa_pg_document_close(&pd);
	PG_RETURN_ARRAYTYPE_P(result);
}
