/*
 * dates_tense.h: which way a sentence points in time, for the direction of
 * bare weekdays and months (HeidelTime's news mode does the same with POS
 * tags; we read auxiliaries, reporting verbs and -ed forms).
 */
#ifndef PA_DATES_TENSE_H
#define PA_DATES_TENSE_H

#include "dates_recognize.h"

/*
 * The direction of the expression at units [first, end): the preposition
 * before it (since, until), else the nearest tense cue before it, else the
 * nearest after it; DT_DIR_NONE when nothing tells.
 */
dt_direction dt_tense_direction(const dt_sentence *s, size_t first, size_t end);

#endif							/* PA_DATES_TENSE_H */
