/*
 * quotes_entities.h: the entity tagger's spans as the quote stage takes
 * them.  Kept apart from quotes.h so that callers without the tagger do not
 * see its headers.
 */
#ifndef PA_QUOTES_ENTITIES_H
#define PA_QUOTES_ENTITIES_H

#include "ner_entities.h"
#include "quotes.h"

/*
 * The tagger's entities items[0..count) (text order, not overlapping) as
 * quote entities with empty canonical ranges, so that pa_quotes_extract()
 * links each mention to the nearest fuller form itself; allocated from
 * arena (NULL when memory runs out).
 */
pa_quote_entity *pa_quote_entities_from_tagger(const pa_entity *items, size_t count,
											   pa_arena *arena);

#endif							/* PA_QUOTES_ENTITIES_H */
