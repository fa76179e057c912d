/*
 * segment.h: paragraphs and sentences over a token list.
 *
 * Paragraphs end at blank lines, and at single line breaks where the lines
 * read as separate paragraphs (a headline, a finished sentence, a bullet);
 * hard-wrapped text keeps its lines together.  Sentences never cross a
 * paragraph.  See segment.c for the rules on periods.
 */
#ifndef PA_SEGMENT_H
#define PA_SEGMENT_H

#include "tokenize.h"

typedef struct pa_sentence
{
	uint32_t	first_token;
	uint32_t	token_count;	/* at least 1 */
	uint32_t	paragraph;		/* 0-based paragraph index */
} pa_sentence;

typedef struct pa_paragraph
{
	uint32_t	first_sentence;
	uint32_t	sentence_count;
} pa_paragraph;

typedef struct pa_segmentation
{
	pa_sentence *sentences;
	size_t		sentence_count;
	pa_paragraph *paragraphs;
	size_t		paragraph_count;
} pa_segmentation;

pa_status	pa_segment(const char *text, const pa_token_list *tokens, pa_arena *arena,
					   const pa_progress *progress, pa_segmentation *out);

#endif							/* PA_SEGMENT_H */
