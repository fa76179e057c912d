/*
 * dates_units.h: a sentence as the date recogniser reads it: its tokens,
 * hyphenated words split at their hyphens, each piece classified once.
 */
#ifndef PA_DATES_UNITS_H
#define PA_DATES_UNITS_H

#include "dates_types.h"

/* Units any sentence of doc can need: enough for a buffer reused for all. */
size_t		dt_units_capacity(const pa_document *doc);

/*
 * Writes the units of sentence s into out (room for dt_units_capacity),
 * followed by an end marker of class DT_CLASS_COUNT; returns their count.
 */
size_t		dt_build_units(const pa_document *doc, const pa_sentence *s, dt_unit *out);

#endif							/* PA_DATES_UNITS_H */
