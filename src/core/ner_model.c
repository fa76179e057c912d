/*
 * ner_model.c: checking a model file image (see ner_model.h).
 */
#include "ner_model.h"

#include <string.h>

/* Copies the weights of every document feature number out of the slot table. */
static void
fill_doc_weights(pa_ner_model *model)
{
	for (uint16_t v = 0; v < NER_DOC_VALUE_COUNT; v++)
	{
		uint64_t	feature = ner_doc_value_feature(v);
		const int16_t *weight = ner_model_may_hold(model, feature) ?
			ner_model_row(model, feature) : NULL;

		if (weight != NULL)
			memcpy(model->doc_weight[v], weight, sizeof(model->doc_weight[v]));
		else
			memset(model->doc_weight[v], 0, sizeof(model->doc_weight[v]));
	}
}

/* Sets up model over the file image data[0..len). */
const char *
pa_ner_model_open(pa_ner_model *model, const void *data, size_t len)
{
	const ner_model_header *h = data;
	size_t		slots;
	size_t		vocab;
	size_t		slots_offset;

	if (((uintptr_t) data & 7) != 0)
		return "entity model image is not aligned";
	if (len < NER_MODEL_FILTER_OFFSET || memcmp(h->magic, NER_MODEL_MAGIC, 8) != 0)
		return "not an entity model file";
	if (h->byte_order != NER_MODEL_BYTE_ORDER)
		return "entity model file has the wrong byte order";
	if (h->format != NER_MODEL_FORMAT)
		return "entity model file has an unsupported format version";
	if (h->tag_count != NER_TAG_COUNT || h->slot_bits > 30 || h->vocab_bits > 30 ||
		h->filter_bits < 6 || h->filter_bits > 30)
		return "entity model file does not match this tagger";
	slots = (size_t) 1 << h->slot_bits;
	vocab = h->vocab_bits ? (size_t) 1 << h->vocab_bits : 0;
	slots_offset = ner_model_slots_offset(h->filter_bits);
	if (len < slots_offset + slots * sizeof(ner_slot) + vocab * sizeof(ner_vocab_entry) ||
		h->feature_count >= slots || (vocab && h->vocab_count >= vocab))
		return "entity model file is truncated";
	if (memchr(h->description, '\0', sizeof(h->description)) == NULL)
		return "entity model file has a bad description";
	model->header = h;
	model->filter = (const uint64_t *) ((const char *) data + NER_MODEL_FILTER_OFFSET);
	model->filter_mask = (uint32_t) (((size_t) 1 << h->filter_bits) - 1);
	model->slots = (const ner_slot *) ((const char *) data + slots_offset);
	model->mask = (uint32_t) (slots - 1);
	model->vocab = vocab ? (const ner_vocab_entry *) (model->slots + slots) : NULL;
	model->vocab_mask = vocab ? (uint32_t) (vocab - 1) : 0;
	for (int a = 0; a < NER_TAG_COUNT; a++)
	{
		model->start[a] = (float) h->start[a];
		for (int b = 0; b < NER_TAG_COUNT; b++)
			model->transition[a][b] = (float) h->transition[a][b];
	}
	fill_doc_weights(model);
	return NULL;
}
