/*
 * ner_entities.h: named entities of a document (PERSON, ORG, LOC, MISC),
 * the entry point of the entity stage.
 *
 * pa_entities_find() tags the analysed document with the model in two
 * passes (ner_tagger.h), turns the tags into spans, scores each span,
 * tidies the spans (ner_spans.h), types the names of datelines
 * (ner_datelines.h), adds the names the tagger missed (ner_missed.h) and
 * links every mention to the fullest form of the same entity in the
 * document (ner_canonical.h).
 */
#ifndef PA_NER_ENTITIES_H
#define PA_NER_ENTITIES_H

#include "lexicon.h"
#include "ner_model.h"
#include "ner_tagger.h"

typedef struct pa_entity
{
	uint32_t	first_token;
	uint32_t	token_count;
	uint32_t	sentence;		/* 0-based */
	uint32_t	start;			/* byte offsets in the text */
	uint32_t	end;
	uint32_t	cstart;			/* code point offsets */
	uint32_t	cend;
	pa_entity_type type;
	float		score;			/* 0..1, how sure the tagger is of the span and type */
	const char *canonical;		/* fullest form in the document, single-spaced */
	uint32_t	canonical_len;
} pa_entity;

typedef struct pa_entity_list
{
	pa_entity  *items;
	size_t		count;
} pa_entity_list;

/* A scorer that reads a model's quantised weights. */
ner_scorer	pa_ner_model_scorer(const pa_ner_model *model);

/* Finds the entities of doc; lex may be NULL (the model then sees no lexicon). */
pa_status	pa_entities_find(const pa_document *doc, const pa_ner_model *model,
							 const pa_lexicon *lex, pa_arena *arena,
							 const pa_progress *progress, pa_entity_list *out);

#endif							/* PA_NER_ENTITIES_H */
