/*
 * paragraphs.h: where the segmenter's paragraphs break (paragraphs.c).
 * Internal to the segmenter; the public API is segment.h.
 */
#ifndef PA_PARAGRAPHS_H
#define PA_PARAGRAPHS_H

#include "segment_tokens.h"

/* Whether the text is hard-wrapped: its lines are broken in mid-sentence. */
int			sg_detect_hard_wrap(const segmenter *sg);

/* Index of the dash of a dateline opening at token first (BERLIN (Reuters) -), or 0. */
size_t		sg_dateline_dash(const segmenter *sg, size_t first);

/* Whether the line break before token i, ending the line from line_start, starts a paragraph. */
int			sg_paragraph_breaks_before(const segmenter *sg, size_t line_start, size_t i);

#endif							/* PA_PARAGRAPHS_H */
