/*
 * ner_missed.h: a document-level post-pass that adds the names the tagger
 * missed.
 *
 * Words the tagger left untagged that spell, with the same letters and
 * case, a mention found elsewhere in the document become a mention of its
 * type (the most frequent one when its mentions disagree), the longest
 * such run first: a second Killing Joke, a later bare IAEA.  Only runs of
 * at most six words inside one sentence that start with a capitalised
 * word are looked at.  A quotation of at most eight words, all capitalised
 * but for small words (a, of, the...) and ending in a capitalised one, is
 * a title, MISC: "Gone with the Wind".  The names of datelines are typed
 * first (ner_datelines.h), so their places count as places here.
 */
#ifndef PA_NER_MISSED_H
#define PA_NER_MISSED_H

#include "ner_entities.h"

/*
 * Adds the missed names of doc to its mentions items[0..*count) (in
 * document order): *items and *count are replaced by a new list in arena,
 * in document order, when any is found.
 */
pa_status	ner_missed_add(const pa_document *doc, const ner_token *toks, pa_entity **items,
						   size_t *count, pa_arena *arena);

#endif							/* PA_NER_MISSED_H */
