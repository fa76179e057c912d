/*
 * ner_tags.h: entity types and the BIO tag set of the entity tagger.
 *
 * Tag 0 is O (outside); type k has B (begin) 1 + 2k and I (inside) 2 + 2k.
 * An I tag may only follow the B or I tag of its own type: decoding obeys
 * that, so every tag sequence it returns reads as well-formed spans.
 */
#ifndef PA_NER_TAGS_H
#define PA_NER_TAGS_H

#include <stdint.h>

typedef enum pa_entity_type
{
	PA_ENT_PERSON,
	PA_ENT_ORG,
	PA_ENT_LOC,
	PA_ENT_MISC,
	PA_ENT_TYPE_COUNT
} pa_entity_type;

#define NER_TAG_O 0
#define NER_TAG_COUNT (1 + 2 * PA_ENT_TYPE_COUNT)

/* Type of a tag, or -1 for O. */
static inline int
ner_tag_type(int tag)
{
	return tag == NER_TAG_O ? -1 : (tag - 1) / 2;
}

/* Nonzero for a B tag. */
static inline int
ner_tag_is_begin(int tag)
{
	return tag != NER_TAG_O && (tag - 1) % 2 == 0;
}

/* The B tag of a type. */
static inline int
ner_begin_tag(int type)
{
	return 1 + 2 * type;
}

/* The I tag of a type. */
static inline int
ner_inside_tag(int type)
{
	return 2 + 2 * type;
}

/* Nonzero when tag may follow prev (prev < 0: the sentence start). */
static inline int
ner_tag_allowed(int prev, int tag)
{
	if (tag == NER_TAG_O || ner_tag_is_begin(tag))
		return 1;
	return prev > 0 && ner_tag_type(prev) == ner_tag_type(tag);
}

/* Name of an entity type as the SQL and JSON output spell it (PERSON, ...). */
const char *pa_entity_type_name(pa_entity_type type);

/* Name of an entity type in CoNLL files (PER, ORG, LOC, MISC). */
const char *pa_entity_type_conll_name(pa_entity_type type);

#endif							/* PA_NER_TAGS_H */
