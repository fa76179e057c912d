/*
 * ner_model.h: the trained entity model, its file format and the scoring
 * of features against it.
 *
 * The file is one little-endian block that the caller loads (or maps) and
 * keeps for as long as the model is used; pa_ner_model_open() checks it and
 * points into it without copying.  After the header comes a presence
 * filter: 2^filter_bits bits, one set for the key of every kept feature
 * (ner_model_filter_bit).  Most features looked up are not in the model,
 * and the filter, small enough to stay in the CPU caches, turns most of
 * them away without reading the slot table.  The bits are taken from the
 * stored key, so a feature the table would match always passes.
 *
 * Then comes a hash table of 2^slot_bits slots, one per kept feature: the
 * high 32 bits of the feature hash (0 marks an empty slot) and its
 * quantised weight for every tag.  The low bits of the hash choose the
 * first slot; probing is linear.
 *
 * A vocabulary table follows: for frequent words, the summed weights of
 * the word features (ner_word_features) the word gives the tokens around
 * it, one row per offset, so that a known word costs one lookup instead of
 * one per feature.  The sums are taken from the slot table, so both paths
 * give the same scores.
 */
#ifndef PA_NER_MODEL_H
#define PA_NER_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "ner_docfeat.h"
#include "ner_features.h"
#include "ner_tags.h"

#define NER_MODEL_MAGIC "PAENTMDL"
#define NER_MODEL_FORMAT 2
#define NER_MODEL_BYTE_ORDER 0x01020304u

typedef struct ner_model_header
{
	char		magic[8];		/* NER_MODEL_MAGIC, no terminator */
	uint32_t	format;			/* NER_MODEL_FORMAT */
	uint32_t	byte_order;		/* NER_MODEL_BYTE_ORDER as written */
	uint32_t	tag_count;		/* NER_TAG_COUNT */
	uint32_t	slot_bits;
	uint32_t	feature_count;	/* slots in use */
	uint32_t	vocab_bits;		/* vocabulary slots: 2^vocab_bits, or none when 0 */
	float		scale;			/* weight of one quantum */
	uint32_t	vocab_count;	/* vocabulary slots in use */
	uint32_t	filter_bits;	/* the presence filter has 2^filter_bits bits (at least 64) */
	char		description[96];	/* what it was trained on, NUL-terminated */
	int32_t		start[NER_TAG_COUNT];	/* quantised score of a sentence's first tag */
	int32_t		transition[NER_TAG_COUNT][NER_TAG_COUNT];	/* [previous][next] */
} ner_model_header;

typedef struct ner_slot
{
	uint32_t	key;			/* high half of the feature hash, | 1; 0 = empty */
	int16_t		weight[NER_TAG_COUNT];
	int16_t		unused;
} ner_slot;

#define NER_VOCAB_OFFSETS (2 * NER_WINDOW + 1)

typedef struct ner_vocab_entry
{
	uint64_t	word;			/* ner_token.word | 1; 0 = empty slot */
	int16_t		weight[NER_VOCAB_OFFSETS][NER_TAG_COUNT];	/* [d + NER_WINDOW] */
	int16_t		unused[3];
} ner_vocab_entry;

typedef struct pa_ner_model
{
	const ner_model_header *header;
	const uint64_t *filter;
	uint32_t	filter_mask;	/* filter bits - 1 */
	const ner_slot *slots;
	uint32_t	mask;			/* slot count - 1 */
	const ner_vocab_entry *vocab;	/* NULL when the model has none */
	uint32_t	vocab_mask;
	float		start[NER_TAG_COUNT];	/* in quanta, as float for decoding */
	float		transition[NER_TAG_COUNT][NER_TAG_COUNT];
	/* the weights of each document feature number, zero when the model lacks it */
	int16_t		doc_weight[NER_DOC_VALUE_COUNT][NER_TAG_COUNT];
} pa_ner_model;

/* The filter bits a model file is written with: 128 kB. */
#define NER_MODEL_FILTER_BITS 20

/* Offset of the presence filter in the file. */
#define NER_MODEL_FILTER_OFFSET ((sizeof(ner_model_header) + 15) & ~(size_t) 15)

/* Offset of the slot table in a file whose filter has 2^filter_bits bits. */
static inline size_t
ner_model_slots_offset(uint32_t filter_bits)
{
	return NER_MODEL_FILTER_OFFSET + ((size_t) 1 << filter_bits) / 8;
}

/*
 * Checks a model file image (8-byte aligned) and sets up model to read
 * from it.  Returns NULL, or a message saying what is wrong.
 */
const char *pa_ner_model_open(pa_ner_model *model, const void *data, size_t len);

/* The key a feature hash is stored under (its slot comes from the low bits). */
static inline uint32_t
ner_slot_key(uint64_t feature)
{
	return (uint32_t) (feature >> 32) | 1;
}

/* The filter bit of a feature hash: bits 40.. of it, which its key holds, under mask. */
static inline uint32_t
ner_model_filter_bit(uint64_t feature, uint32_t mask)
{
	return (uint32_t) (feature >> 40) & mask;
}

/* Zero when the model does not hold the feature; nonzero when it may. */
static inline int
ner_model_may_hold(const pa_ner_model *model, uint64_t feature)
{
	uint32_t	bit = ner_model_filter_bit(feature, model->filter_mask);

	return (int) (model->filter[bit / 64] >> (bit % 64)) & 1;
}

/* The weights of a feature the filter let through, or NULL when the model lacks it. */
static inline const int16_t *
ner_model_row(const pa_ner_model *model, uint64_t feature)
{
	uint32_t	key = ner_slot_key(feature);

	for (uint32_t i = (uint32_t) feature & model->mask;; i = (i + 1) & model->mask)
	{
		if (model->slots[i].key == key)
			return model->slots[i].weight;
		if (model->slots[i].key == 0)
			return NULL;
	}
}

/* Adds one row of quantised weights to sums[NER_TAG_COUNT]. */
static inline void
ner_model_add_row(int32_t *restrict sums, const int16_t *restrict weight)
{
	/* 8 tags and then 1: the compiler makes the 8 one vector add */
	for (int t = 0; t < NER_TAG_COUNT - 1; t++)
		sums[t] += weight[t];
	sums[NER_TAG_COUNT - 1] += weight[NER_TAG_COUNT - 1];
}

/* Adds the weights of n features that the filter let through to sums[NER_TAG_COUNT]. */
static inline void
ner_model_sum_held(const pa_ner_model *model, const uint64_t *features, size_t n,
				   int32_t *restrict sums)
{
	for (size_t f = 0; f < n; f++)
	{
		const int16_t *weight = ner_model_row(model, features[f]);

		if (weight != NULL)
			ner_model_add_row(sums, weight);
	}
}

/* Writes the summed weights of n features to sums[NER_TAG_COUNT]. */
static inline void
ner_model_sum(const pa_ner_model *model, const uint64_t *features, size_t n,
			  int32_t *restrict sums)
{
	for (int t = 0; t < NER_TAG_COUNT; t++)
		sums[t] = 0;
	for (size_t f = 0; f < n; f++)
	{
		if (ner_model_may_hold(model, features[f]))
			ner_model_sum_held(model, &features[f], 1, sums);
	}
}

/* The vocabulary entry of a word hash, or NULL. */
static inline const ner_vocab_entry *
ner_model_vocab_find(const pa_ner_model *model, uint64_t word)
{
	word |= 1;
	if (model->vocab == NULL)
		return NULL;
	for (uint32_t i = (uint32_t) word & model->vocab_mask;; i = (i + 1) & model->vocab_mask)
	{
		if (model->vocab[i].word == word)
			return &model->vocab[i];
		if (model->vocab[i].word == 0)
			return NULL;
	}
}

#endif							/* PA_NER_MODEL_H */
