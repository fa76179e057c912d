/*
 * dates_units.h: a sentence as the date recogniser reads it: its tokens,
 * hyphenated words split at their hyphens, each piece classified once.
 */
#ifndef PA_DATES_UNITS_H
#define PA_DATES_UNITS_H

#include "dates_types.h"

/* What building the units of a document's sentences needs, set up once. */
typedef struct dt_unit_builder
{
	const pa_document *doc;
	dt_unit    *units;			/* room for any sentence's units and an end marker */
	uint32_t   *hyphens;		/* byte offsets of the text's hyphens, ascending,
								 * then UINT32_MAX */
	size_t		hyphen_count;	/* not counting the UINT32_MAX */
	const uint32_t *next_hyphen;	/* where the next sentence's hyphens are
									 * looked for: the first hyphen not before
									 * the last token built */
} dt_unit_builder;

/* Sets up b for doc; PA_ERR_NOMEM when memory runs out. */
pa_status	dt_units_begin(dt_unit_builder *b, const pa_document *doc, pa_arena *arena);

/*
 * Writes the units of sentence s into b->units, followed by an end marker
 * of class DT_CLASS_COUNT; returns their count.  Sentences are built in
 * text order.
 */
size_t		dt_build_units(dt_unit_builder *b, const pa_sentence *s);

#endif							/* PA_DATES_UNITS_H */
