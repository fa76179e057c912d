/*
 * ner_fixtures.h: documents and entity spans for the unit tests of the
 * entity stage.
 */
#ifndef PA_NER_FIXTURES_H
#define PA_NER_FIXTURES_H

#include <string.h>

#include "document.h"
#include "ner_entities.h"
#include "ner_features.h"
#include "unit.h"

/* A document analysed for a test, the arena that holds it and its token forms. */
typedef struct unit_ner_doc
{
	pa_arena	arena;
	pa_document doc;
	ner_token  *toks;			/* without a lexicon */
} unit_ner_doc;

/* Analyses text into f; pa_arena_release(&f->arena) frees it all. */
static inline void
unit_ner_doc_init(unit_ner_doc *f, const char *text)
{
	pa_arena_init(&f->arena, unit_allocator());
	CHECK(pa_document_analyze(&f->doc, text, strlen(text), &f->arena, NULL, NULL) == PA_OK);
	CHECK(ner_prepare(&f->doc, NULL, &f->arena, &f->toks) == PA_OK);
}

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
