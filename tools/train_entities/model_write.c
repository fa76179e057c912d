/*
 * model_write.c: quantising, pruning and writing the model (see
 * model_write.h).
 */
#include "model_write.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ner_model.h"

#define QUANT_MAX 2000.0	/* leaves room for sums of the word features in 16 bits */

/* The largest absolute weight anywhere. */
static double
largest_weight(const weights *ws)
{
	double		top = 0;

	for (size_t i = 0; i < ws->rows * NER_TAG_COUNT; i++)
		top = fmax(top, fabs(ws->avg[i]));
	for (int a = 0; a < NER_TAG_COUNT; a++)
	{
		top = fmax(top, fabs(ws->start[2][a]));
		for (int b = 0; b < NER_TAG_COUNT; b++)
			top = fmax(top, fabs(ws->trans[2][a][b]));
	}
	return top > 0 ? top : 1;
}

/* Quantises row r; returns its largest |quantum|. */
static int
quantise_row(const weights *ws, size_t r, double scale, int16_t *q)
{
	int			top = 0;

	for (int t = 0; t < NER_TAG_COUNT; t++)
	{
		long		v = lround(ws->avg[r * NER_TAG_COUNT + t] / scale);

		q[t] = (int16_t) v;
		if (labs(v) > top)
			top = (int) labs(v);
	}
	return top;
}

/* Places a kept row in the slot table and marks it in the presence filter. */
static void
place_row(uint64_t *filter, ner_slot *slots, uint32_t mask, uint64_t feature, const int16_t *q)
{
	uint32_t	key = ner_slot_key(feature);
	uint32_t	i = (uint32_t) feature & mask;
	uint32_t	bit = ner_model_filter_bit(feature, ((uint32_t) 1 << NER_MODEL_FILTER_BITS) - 1);

	filter[bit / 64] |= UINT64_C(1) << (bit % 64);

	while (slots[i].key != 0)
		i = (i + 1) & mask;
	slots[i].key = key;
	memcpy(slots[i].weight, q, sizeof(slots[i].weight));
}

/* Fills the header. */
static void
fill_header(ner_model_header *h, const weights *ws, const char *description, double scale,
			int slot_bits, size_t kept)
{
	memcpy(h->magic, NER_MODEL_MAGIC, 8);
	h->format = NER_MODEL_FORMAT;
	h->byte_order = NER_MODEL_BYTE_ORDER;
	h->tag_count = NER_TAG_COUNT;
	h->slot_bits = (uint32_t) slot_bits;
	h->feature_count = (uint32_t) kept;
	h->filter_bits = NER_MODEL_FILTER_BITS;
	h->scale = (float) scale;
	snprintf(h->description, sizeof(h->description), "%s", description);
	for (int a = 0; a < NER_TAG_COUNT; a++)
	{
		h->start[a] = (int32_t) lround(ws->start[2][a] / scale);
		for (int b = 0; b < NER_TAG_COUNT; b++)
			h->transition[a][b] = (int32_t) lround(ws->trans[2][a][b] / scale);
	}
}

/* Builds the image; see model_write.h. */
int
model_build(const weights *ws, const char *description, int min_quanta, double max_load,
			model_image *out)
{
	double		scale = largest_weight(ws) / QUANT_MAX;
	int16_t		q[NER_TAG_COUNT];
	size_t		kept = 0;
	int			slot_bits = 4;
	ner_slot   *slots;

	for (size_t r = 0; r < ws->rows; r++)
		kept += quantise_row(ws, r, scale, q) >= min_quanta;
	while ((double) ((size_t) 1 << slot_bits) * max_load < (double) kept + 1)
		slot_bits++;
	out->len = ner_model_slots_offset(NER_MODEL_FILTER_BITS) + ((size_t) 1 << slot_bits) * sizeof(ner_slot);
	out->data = aligned_alloc(16, (out->len + 15) & ~(size_t) 15);
	if (out->data == NULL)
		return 0;
	memset(out->data, 0, out->len);
	fill_header(out->data, ws, description, scale, slot_bits, kept);
	slots = (ner_slot *) ((char *) out->data + ner_model_slots_offset(NER_MODEL_FILTER_BITS));
	for (size_t r = 0; r < ws->rows; r++)
	{
		if (quantise_row(ws, r, scale, q) >= min_quanta)
			place_row((uint64_t *) ((char *) out->data + NER_MODEL_FILTER_OFFSET), slots,
					  (uint32_t) (((size_t) 1 << slot_bits) - 1), ws->row_key[r], q);
	}
	out->kept = kept;
	return 1;
}

/* Writes the image. */
int
model_save(const model_image *image, const char *path)
{
	FILE	   *f = fopen(path, "wb");

	if (f == NULL || fwrite(image->data, 1, image->len, f) != image->len || fclose(f) != 0)
	{
		fprintf(stderr, "train_entities: cannot write %s\n", path);
		return 0;
	}
	return 1;
}

/* Sums the word features of t for each offset; returns 0 if a sum overflows 16 bits. */
static int
vocabulary_entry(const pa_ner_model *model, const ner_token *t, ner_vocab_entry *e)
{
	uint64_t	features[NER_WORD_FEATURES];

	memset(e, 0, sizeof(*e));
	e->word = t->word | 1;
	for (int d = -NER_WINDOW; d <= NER_WINDOW; d++)
	{
		int32_t		sums[NER_TAG_COUNT];

		ner_model_sum(model, features, ner_word_features(t, d, features), sums);
		for (int k = 0; k < NER_TAG_COUNT; k++)
		{
			if (sums[k] > INT16_MAX || sums[k] < INT16_MIN)
				return 0;
			e->weight[d + NER_WINDOW][k] = (int16_t) sums[k];
		}
	}
	return 1;
}

/* Appends the vocabulary; see model_write.h. */
int
model_add_vocabulary(model_image *image, const ner_token *const *words, size_t count,
					 double max_load)
{
	pa_ner_model model;
	int			bits = 4;
	size_t		len;
	char	   *data;
	ner_vocab_entry *table;
	ner_model_header *h;
	size_t		kept = 0;

	if (pa_ner_model_open(&model, image->data, image->len) != NULL)
		return 0;
	while ((double) ((size_t) 1 << bits) * max_load < (double) count + 1)
		bits++;
	len = image->len + ((size_t) 1 << bits) * sizeof(ner_vocab_entry);
	data = aligned_alloc(16, (len + 15) & ~(size_t) 15);
	if (data == NULL)
		return 0;
	memcpy(data, image->data, image->len);
	memset(data + image->len, 0, len - image->len);
	table = (ner_vocab_entry *) (data + image->len);
	for (size_t w = 0; w < count; w++)
	{
		ner_vocab_entry e;
		uint32_t	mask = (uint32_t) (((size_t) 1 << bits) - 1);
		uint32_t	i;

		if (!vocabulary_entry(&model, words[w], &e))
			continue;
		for (i = (uint32_t) e.word & mask; table[i].word != 0; i = (i + 1) & mask)
			;
		table[i] = e;
		kept++;
	}
	h = (ner_model_header *) data;
	h->vocab_bits = (uint32_t) bits;
	h->vocab_count = (uint32_t) kept;
	free(image->data);
	image->data = data;
	image->len = len;
	return 1;
}
