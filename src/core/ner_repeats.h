/*
 * ner_repeats.h: a document-level post-pass that finds the untagged
 * repeats of the tagger's mentions.
 *
 * Words the tagger left untagged that spell, with the same letters and
 * case, a mention found elsewhere in the document become a mention of its
 * type (the most frequent one when its mentions disagree), the longest
 * such run first (a second mention of Killing Joke, or a later bare
 * IAEA, that the tagger missed).  Only runs of at most six words inside
 * one sentence that start with a capitalised word are looked at.
 */
#ifndef PA_NER_REPEATS_H
#define PA_NER_REPEATS_H

#include "ner_entities.h"

/*
 * Adds the repeats of the mentions items[0..*count) of doc (in document
 * order) to them: *items and *count are replaced by a new list in arena,
 * in document order, when any is found.
 */
pa_status	ner_repeats_add(const pa_document *doc, const ner_token *toks, pa_entity **items,
							size_t *count, pa_arena *arena);

#endif							/* PA_NER_REPEATS_H */
