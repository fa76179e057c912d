/*
 * evaluate.h: span-level scores of tag sequences against gold tags, as
 * conlleval counts them (exact span and type), for tuning in the trainer.
 */
#ifndef TRAIN_EVALUATE_H
#define TRAIN_EVALUATE_H

#include <stddef.h>
#include <stdint.h>

typedef struct span_counts
{
	size_t		gold;
	size_t		found;
	size_t		correct;
} span_counts;

/* Adds the spans of one tag sequence pair to counts. */
void		count_spans(const uint8_t *gold, const uint8_t *pred, size_t n, span_counts *counts);

/* F1 of the counts (0 when nothing was found or expected). */
double		span_f1(const span_counts *counts);

#endif							/* TRAIN_EVALUATE_H */
