/*
 * ner_datelines.h: a post-pass that types the names of the document's
 * datelines.
 *
 * A paragraph may open with a dateline (pa_dateline_at, the segmenter's
 * own rule): LISBON (Reuters) -, NAIROBI, Kenya (AP) -, WASHINGTON -.
 * Each run of words of its place (NAIROBI; Kenya) names a place, LOC,
 * whatever the tagger made of it (a city in capitals often reads to it as
 * an ORG), lexicon or not; the words in parentheses, when all capitalised,
 * name the agency, ORG.  The spans that lie within such a name become one
 * span over the whole name with its type (SÃO + PAULO -> SÃO PAULO); a
 * span that crosses the name's edge is left alone.  A name the tagger
 * missed is added when it is the agency, or the city of a dateline that
 * an agency or a region backs: "SOCCER -" alone is a section label as
 * often as a place, and a word after the city's comma may be a weekday
 * (BEIJING, Tuesday (Xinhua) -).  Only paragraph starts are looked at.
 */
#ifndef PA_NER_DATELINES_H
#define PA_NER_DATELINES_H

#include "ner_entities.h"

/*
 * Types the dateline names of doc among its mentions items[0..*count) (in
 * document order): when doc has a dateline, *items and *count are replaced
 * by a new list in arena, in document order.
 */
pa_status	ner_datelines_type(const pa_document *doc, pa_entity **items, size_t *count,
							   pa_arena *arena);

#endif							/* PA_NER_DATELINES_H */
