/*
 * weights.c: the averaged structured perceptron of the trainer (see
 * weights.h).
 */
#include "weights.h"

#include <stdlib.h>
#include <string.h>

#include "ner_decode.h"

#define MAX_SENTENCE 4096

/* Sets up an empty table of 2^slot_bits slots. */
void
weights_init(weights *ws, int slot_bits)
{
	memset(ws, 0, sizeof(*ws));
	ws->mask = ((size_t) 1 << slot_bits) - 1;
	ws->keys = calloc(ws->mask + 1, sizeof(uint64_t));
	ws->slot_row = calloc(ws->mask + 1, sizeof(int32_t));
	if (ws->keys == NULL || ws->slot_row == NULL)
		abort();
}

/* Adds a row, growing the arrays. */
static int32_t
add_row(weights *ws, uint64_t feature)
{
	if (ws->rows == ws->row_cap)
	{
		ws->row_cap = ws->row_cap ? 2 * ws->row_cap : 1 << 16;
		ws->row_key = realloc(ws->row_key, ws->row_cap * sizeof(uint64_t));
		ws->w = realloc(ws->w, ws->row_cap * NER_TAG_COUNT * sizeof(float));
		ws->acc = realloc(ws->acc, ws->row_cap * NER_TAG_COUNT * sizeof(float));
		ws->avg = realloc(ws->avg, ws->row_cap * NER_TAG_COUNT * sizeof(float));
		if (ws->row_key == NULL || ws->w == NULL || ws->acc == NULL || ws->avg == NULL)
			abort();
	}
	ws->row_key[ws->rows] = feature;
	memset(ws->w + ws->rows * NER_TAG_COUNT, 0, NER_TAG_COUNT * sizeof(float));
	memset(ws->acc + ws->rows * NER_TAG_COUNT, 0, NER_TAG_COUNT * sizeof(float));
	memset(ws->avg + ws->rows * NER_TAG_COUNT, 0, NER_TAG_COUNT * sizeof(float));
	return (int32_t) ws->rows++;
}

/* The row of a feature, added when new. */
int32_t
weights_intern(weights *ws, uint64_t feature)
{
	uint64_t	key = feature | 1;
	size_t		i;

	for (i = key & ws->mask; ws->keys[i] != 0; i = (i + 1) & ws->mask)
	{
		if (ws->keys[i] == key)
			return ws->slot_row[i];
	}
	if (ws->rows * 2 > ws->mask)
		abort();				/* table too small for the training set */
	ws->keys[i] = key;
	ws->slot_row[i] = add_row(ws, feature);
	return ws->slot_row[i];
}

/* The row of a feature, or -1. */
int32_t
weights_find(const weights *ws, uint64_t feature)
{
	uint64_t	key = feature | 1;

	for (size_t i = key & ws->mask; ws->keys[i] != 0; i = (i + 1) & ws->mask)
	{
		if (ws->keys[i] == key)
			return ws->slot_row[i];
	}
	return -1;
}

/* Zeroes weights and sums. */
void
weights_reset(weights *ws)
{
	size_t		bytes = ws->rows * NER_TAG_COUNT * sizeof(float);

	memset(ws->w, 0, bytes);
	memset(ws->acc, 0, bytes);
	memset(ws->avg, 0, bytes);
	memset(ws->start, 0, sizeof(ws->start));
	memset(ws->trans, 0, sizeof(ws->trans));
	ws->steps = 0;
}

/* avg = w - acc / steps, everywhere. */
void
weights_average(weights *ws)
{
	float		inv = ws->steps > 0 ? (float) (1.0 / ws->steps) : 0.0f;

	for (size_t i = 0; i < ws->rows * NER_TAG_COUNT; i++)
		ws->avg[i] = ws->w[i] - ws->acc[i] * inv;
	for (int a = 0; a < NER_TAG_COUNT; a++)
	{
		ws->start[2][a] = ws->start[0][a] - ws->start[1][a] * inv;
		for (int b = 0; b < NER_TAG_COUNT; b++)
			ws->trans[2][a][b] = ws->trans[0][a][b] - ws->trans[1][a][b] * inv;
	}
}

/* Adds averaged rows of feature hashes (unknown features add nothing). */
static void
add_averaged(const void *ctx, const uint64_t *features, size_t n, float *scores)
{
	const weights *ws = ctx;

	for (size_t f = 0; f < n; f++)
	{
		int32_t		row = weights_find(ws, features[f]);

		if (row < 0)
			continue;
		for (int t = 0; t < NER_TAG_COUNT; t++)
			scores[t] += ws->avg[(size_t) row * NER_TAG_COUNT + t];
	}
}

/* Adds averaged rows of the features of count tokens (see ner_scorer). */
static void
add_averaged_tokens(const void *ctx, const uint64_t *features, const uint32_t *start, size_t count,
					float *emissions)
{
	for (size_t k = 0; k < count; k++)
		add_averaged(ctx, features + start[k], start[k + 1] - start[k], emissions + k * NER_TAG_COUNT);
}

/* A scorer over the averaged weights. */
ner_scorer
weights_scorer(const weights *ws)
{
	ner_scorer	s = {add_averaged_tokens, NULL, NULL, ws, ws->start[2],
	(const float (*)[NER_TAG_COUNT]) ws->trans[2], NULL};

	return s;
}

/* Sums the rows of token i from table into scores. */
static void
sum_rows(const float *table, const int32_t *rows, uint32_t from, uint32_t to, float *scores)
{
	for (uint32_t k = from; k < to; k++)
	{
		const float *row;

		if (rows[k] < 0)
			continue;
		row = table + (size_t) rows[k] * NER_TAG_COUNT;
		for (int t = 0; t < NER_TAG_COUNT; t++)
			scores[t] += row[t];
	}
}

/* Decodes with table and the given start and transitions. */
static void
decode(const float *table, const float *start, const float (*trans)[NER_TAG_COUNT], size_t n,
	   const uint32_t *rs, const int32_t *rows, const uint32_t *ds, const int32_t *doc_rows,
	   uint8_t *pred)
{
	static float emissions[MAX_SENTENCE * NER_TAG_COUNT];
	static float scratch[MAX_SENTENCE * NER_TAG_COUNT];
	ner_transitions tr;

	if (n > MAX_SENTENCE)
		n = MAX_SENTENCE;
	memset(emissions, 0, n * NER_TAG_COUNT * sizeof(float));
	for (size_t i = 0; i < n; i++)
	{
		sum_rows(table, rows, rs[i], rs[i + 1], emissions + i * NER_TAG_COUNT);
		if (ds != NULL)
			sum_rows(table, doc_rows, ds[i], ds[i + 1], emissions + i * NER_TAG_COUNT);
	}
	ner_transitions_init(&tr, start, trans);
	ner_viterbi(emissions, n, &tr, scratch, pred);
}

/* Adds delta to the rows of token i, and steps * delta to their sums. */
static void
update_rows(weights *ws, const int32_t *rows, uint32_t from, uint32_t to, int tag, float delta)
{
	for (uint32_t k = from; k < to; k++)
	{
		size_t		at;

		if (rows[k] < 0)
			continue;
		at = (size_t) rows[k] * NER_TAG_COUNT + tag;
		ws->w[at] += delta;
		ws->acc[at] += (float) ws->steps * delta;
	}
}

/* Adds delta to start or transition weight (prev < 0: start). */
static void
update_transition(weights *ws, int prev, int tag, float delta)
{
	if (prev < 0)
	{
		ws->start[0][tag] += delta;
		ws->start[1][tag] += (float) ws->steps * delta;
	}
	else
	{
		ws->trans[0][prev][tag] += delta;
		ws->trans[1][prev][tag] += (float) ws->steps * delta;
	}
}

/* One perceptron step; see weights.h. */
void
weights_train_sentence(weights *ws, size_t n, const uint32_t *rs, const int32_t *rows,
					   const uint32_t *ds, const int32_t *doc_rows, const uint8_t *gold,
					   uint8_t *pred)
{
	ws->steps += 1;
	decode(ws->w, ws->start[0], (const float (*)[NER_TAG_COUNT]) ws->trans[0], n, rs, rows, ds,
		   doc_rows, pred);
	for (size_t i = 0; i < n && i < MAX_SENTENCE; i++)
	{
		int			gp = i ? gold[i - 1] : -1;
		int			pp = i ? pred[i - 1] : -1;

		if (gold[i] != pred[i])
		{
			update_rows(ws, rows, rs[i], rs[i + 1], gold[i], 1.0f);
			update_rows(ws, rows, rs[i], rs[i + 1], pred[i], -1.0f);
			if (ds != NULL)
			{
				update_rows(ws, doc_rows, ds[i], ds[i + 1], gold[i], 1.0f);
				update_rows(ws, doc_rows, ds[i], ds[i + 1], pred[i], -1.0f);
			}
		}
		if (gold[i] != pred[i] || gp != pp)
		{
			update_transition(ws, gp, gold[i], 1.0f);
			update_transition(ws, pp, pred[i], -1.0f);
		}
	}
}

/* Decodes with the averaged weights. */
void
weights_decode_sentence(const weights *ws, size_t n, const uint32_t *rs, const int32_t *rows,
						const uint32_t *ds, const int32_t *doc_rows, uint8_t *pred)
{
	decode(ws->avg, ws->start[2], (const float (*)[NER_TAG_COUNT]) ws->trans[2], n, rs, rows, ds,
		   doc_rows, pred);
}
