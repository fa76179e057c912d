/*
 * ner_spans.h: a post-pass over the tagger's spans that keeps the words
 * around a name out of it.
 *
 * A span ends before a possessive ending ('s, ’s, or a lone apostrophe
 * after an s): Merkel’s -> Merkel, Florida International's Fernandez ->
 * Florida International.  Leading titles are cut from a
 * person's span (Mayor Zoé Lefèvre -> Zoé Lefèvre, Attorney General Janet
 * Reno -> Janet Reno): they are the person's role, not the name.  A person
 * span that is nothing but titles (Prime Minister) is dropped, unless its
 * one word is also a common surname (Major, King).  A span that an event
 * word (Battle, Siege, War, Treaty...) and "of" open or lead to, "the"
 * maybe between, is an event, MISC, and takes them in: Siege of
 * [Petersburg] -> [Siege of Petersburg].  So is a span of two words or
 * more that ends in an event or award word (Glastonbury Festival, Nobel
 * Prize, Davis Cup).  A span that is all a quotation holds is a title,
 * MISC ("The Shining"), unless an address follows it ("Ryan Reynolds"
 * <...>).
 */
#ifndef PA_NER_SPANS_H
#define PA_NER_SPANS_H

#include "ner_entities.h"

/*
 * Tidies items[0..*count) of doc in place (offsets included), keeping their
 * order; dropped spans are removed and *count shrinks.
 */
void		ner_spans_tidy(const pa_document *doc, pa_entity *items, size_t *count);

/*
 * Sets e to the mention of tokens [first, first + count) of sentence s of
 * doc, offsets included, with no canonical form yet; its type and score
 * are left to the caller.
 */
void		ner_spans_set_mention(const pa_document *doc, pa_entity *e, uint32_t first,
								  uint32_t count, uint32_t s);

/*
 * Whether token i (maybe past the last token) is a quote mark that may
 * have direction dir (PA_QUOTE_OPEN or PA_QUOTE_CLOSE).
 */
int			ner_spans_quote_at(const pa_document *doc, uint32_t i, pa_quote_dir dir);

#endif							/* PA_NER_SPANS_H */
