/*
 * weights.h: the trainer's float weights, one row of NER_TAG_COUNT per
 * feature, found by feature hash; with the sums that make the averaged
 * perceptron (avg = w - acc / steps).
 */
#ifndef TRAIN_WEIGHTS_H
#define TRAIN_WEIGHTS_H

#include <stddef.h>
#include <stdint.h>

#include "ner_tags.h"
#include "ner_tagger.h"

typedef struct weights
{
	uint64_t   *keys;			/* hash table of feature hashes; 0 empty */
	int32_t    *slot_row;
	size_t		mask;
	uint64_t   *row_key;		/* feature hash of each row */
	size_t		rows;
	size_t		row_cap;
	float	   *w;				/* rows x NER_TAG_COUNT */
	float	   *acc;
	float	   *avg;
	float		start[3][NER_TAG_COUNT];	/* w, acc, avg */
	float		trans[3][NER_TAG_COUNT][NER_TAG_COUNT];
	double		steps;
} weights;

void		weights_init(weights *ws, int slot_bits);

/* The row of a feature, added when new. */
int32_t		weights_intern(weights *ws, uint64_t feature);

/* The row of a feature, or -1. */
int32_t		weights_find(const weights *ws, uint64_t feature);

/* Zeroes every weight and sum (rows stay). */
void		weights_reset(weights *ws);

/* Sets avg from w and acc. */
void		weights_average(weights *ws);

/* A scorer over the averaged weights, for ner_tag_document. */
ner_scorer	weights_scorer(const weights *ws);

/*
 * One perceptron step on a sentence of n tokens: feature rows of token i
 * are rows[start[i]..start[i+1]) and, when doc_start is not NULL,
 * doc_rows[doc_start[i]..doc_start[i+1]).  Decodes with the current
 * weights into pred and, if it differs from gold, updates.
 */
void		weights_train_sentence(weights *ws, size_t n, const uint32_t *start, const int32_t *rows,
								   const uint32_t *doc_start, const int32_t *doc_rows,
								   const uint8_t *gold, uint8_t *pred);

/* Decodes a sentence with the averaged weights (same arguments, no update). */
void		weights_decode_sentence(const weights *ws, size_t n, const uint32_t *start,
									const int32_t *rows, const uint32_t *doc_start,
									const int32_t *doc_rows, uint8_t *pred);

#endif							/* TRAIN_WEIGHTS_H */
