/*
 * ner_canonical.h: document-level canonical forms of entity mentions.
 *
 * A mention whose words appear, in order, inside a longer mention of the
 * same type takes the longer one as its canonical form (Merkel -> Angela
 * Merkel).  An all-caps mention that spells the initials of a longer
 * mention takes that one, and its type (IAEA -> International Atomic
 * Energy Agency).  Otherwise a mention is its own canonical form.  The
 * form is the mention's text with white space runs made single spaces.
 */
#ifndef PA_NER_CANONICAL_H
#define PA_NER_CANONICAL_H

#include "ner_entities.h"

/* Sets canonical (and for acronyms, type) of items[0..count). */
pa_status	ner_canonicalise(const pa_document *doc, const ner_token *toks, pa_entity *items,
							 size_t count, pa_arena *arena);

#endif							/* PA_NER_CANONICAL_H */
