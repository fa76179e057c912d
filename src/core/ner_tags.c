/*
 * ner_tags.c: names of the entity types.
 */
#include "ner_tags.h"

/* PERSON, ORG, LOC or MISC. */
const char *
pa_entity_type_name(pa_entity_type type)
{
	static const char *const names[PA_ENT_TYPE_COUNT] = {"PERSON", "ORG", "LOC", "MISC"};

	return (unsigned) type < PA_ENT_TYPE_COUNT ? names[type] : "MISC";
}

/* PER, ORG, LOC or MISC. */
const char *
pa_entity_type_conll_name(pa_entity_type type)
{
	static const char *const names[PA_ENT_TYPE_COUNT] = {"PER", "ORG", "LOC", "MISC"};

	return (unsigned) type < PA_ENT_TYPE_COUNT ? names[type] : "MISC";
}
