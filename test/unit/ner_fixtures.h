/*
 * ner_fixtures.h: entity spans for the unit tests of the entity stage.
 */
#ifndef PA_NER_FIXTURES_H
#define PA_NER_FIXTURES_H

#include <string.h>

#include "document.h"
#include "ner_entities.h"

/* An entity of the given type over tokens [first, first + count) of doc. */
static inline pa_entity
unit_entity(const pa_document *doc, uint32_t first, uint32_t count, pa_entity_type type)
{
	pa_entity	e;

	memset(&e, 0, sizeof(e));
	e.first_token = first;
	e.token_count = count;
	e.start = doc->tokens.tokens[first].start;
	e.end = doc->tokens.tokens[first + count - 1].end;
	e.type = type;
	return e;
}

#endif							/* PA_NER_FIXTURES_H */
