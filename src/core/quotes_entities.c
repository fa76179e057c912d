/*
 * quotes_entities.c: the tagger's spans for the quote stage (see
 * quotes_entities.h).
 */
#include "quotes_entities.h"

/* The quote stage's type of a tagger type. */
static uint8_t
quote_type(pa_entity_type type)
{
	switch (type)
	{
		case PA_ENT_PERSON:
			return PA_ENTITY_PERSON;
		case PA_ENT_ORG:
			return PA_ENTITY_ORG;
		case PA_ENT_LOC:
			return PA_ENTITY_LOC;
		default:
			return PA_ENTITY_MISC;
	}
}

/* See quotes_entities.h. */
pa_quote_entity *
pa_quote_entities_from_tagger(const pa_entity *items, size_t count, pa_arena *arena)
{
	pa_quote_entity *out = pa_arena_alloc_array(arena, count + 1, sizeof(pa_quote_entity));

	if (out == NULL)
		return NULL;
	for (size_t i = 0; i < count; i++)
	{
		out[i].mention.first = items[i].first_token;
		out[i].mention.count = items[i].token_count;
		out[i].canonical.first = out[i].canonical.count = 0;
		out[i].type = quote_type(items[i].type);
	}
	return out;
}
