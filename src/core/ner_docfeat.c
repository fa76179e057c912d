/*
 * ner_docfeat.c: document summary and non-local features (see
 * ner_docfeat.h).
 */
#include "ner_docfeat.h"

#include <string.h>

#include "ner_hash.h"

/* Feature templates of the second pass; part of the model. */
enum
{
	T_DOC_ALONE = 64,
	T_DOC_MAJORITY,
	T_DOC_SHARE,
	T_DOC_LONGER,
	T_FIRST_TAG,
	T_FIRST_TAG_LEFT,
	T_FIRST_TAG_RIGHT
};

/* Class of a tag in ner_doc_word.count: 0 for O, 1 + type. */
static inline int
tag_class(uint8_t tag)
{
	return 1 + ner_tag_type(tag);
}

/* Position code of token j in the span [a, b). */
static uint8_t
position_code(size_t a, size_t b, size_t j)
{
	if (b - a == 1)
		return PA_LEX_UNIT;
	if (j == a)
		return PA_LEX_BEGIN;
	return j + 1 == b ? PA_LEX_LAST : PA_LEX_INSIDE;
}

/* Records the entity [a, b) of type for each of its words. */
static void
record_span(ner_doc_summary *s, const ner_token *toks, size_t a, size_t b, int type)
{
	uint8_t		len = (uint8_t) (b - a > 255 ? 255 : b - a);

	for (size_t j = a; j < b; j++)
	{
		ner_doc_word *w = &s->word[toks[j].word_id];

		s->span_length[j] = len;
		if (len > w->longest)
		{
			w->longest = len;
			w->longest_type = (uint8_t) type;
			w->longest_position = position_code(a, b, j);
		}
	}
}

/* Builds the summary; see ner_docfeat.h. */
pa_status
ner_doc_summarise(const ner_token *toks, size_t n, const uint8_t *tags, pa_arena *arena,
				  ner_doc_summary *out)
{
	size_t		a = 0;

	out->word = pa_arena_alloc_array(arena, n ? n : 1, sizeof(ner_doc_word));
	out->span_length = pa_arena_alloc(arena, n ? n : 1);
	if (out->word == NULL || out->span_length == NULL)
		return PA_ERR_NOMEM;
	memset(out->word, 0, n * sizeof(ner_doc_word));
	memset(out->span_length, 0, n);
	for (size_t i = 0; i < n; i++)
	{
		ner_doc_word *w = &out->word[toks[i].word_id];

		if ((toks[i].flags & NER_F_CAP) && w->count[tag_class(tags[i])] < UINT16_MAX)
			w->count[tag_class(tags[i])]++;
	}
	while (a < n)
	{
		size_t		b = a + 1;

		if (tags[a] == NER_TAG_O)
		{
			a++;
			continue;
		}
		while (b < n && tags[b] == ner_inside_tag(ner_tag_type(tags[a])))
			b++;
		record_span(out, toks, a, b, ner_tag_type(tags[a]));
		a = b;
	}
	return PA_OK;
}

/*
 * A document feature's number: its template, a value below FIRST_LIMIT
 * and one below SECOND_LIMIT, where NO_TAG (a neighbour beyond the
 * sentence) stands for the last of each.
 */
#define NO_TAG 255
#define FIRST_LIMIT 32
#define SECOND_LIMIT 16

_Static_assert(NER_DOC_VALUE_COUNT == (T_FIRST_TAG_RIGHT - T_DOC_ALONE + 1) * FIRST_LIMIT * SECOND_LIMIT,
			   "every document template has its rows");

/* The number of the feature (t, a, b). */
static inline uint16_t
doc_value(unsigned t, unsigned a, unsigned b)
{
	a = a == NO_TAG ? FIRST_LIMIT - 1 : a;
	b = b == NO_TAG ? SECOND_LIMIT - 1 : b;
	return (uint16_t) (((t - T_DOC_ALONE) * FIRST_LIMIT + a) * SECOND_LIMIT + b);
}

/* See ner_docfeat.h. */
uint64_t
ner_doc_value_feature(uint16_t value)
{
	unsigned	t = T_DOC_ALONE + value / (FIRST_LIMIT * SECOND_LIMIT);
	unsigned	a = value / SECOND_LIMIT % FIRST_LIMIT;
	unsigned	b = value % SECOND_LIMIT;

	if (t == T_DOC_ALONE)
		return ner_feat1(t, a);
	return ner_feat2(t, a == FIRST_LIMIT - 1 ? NO_TAG : a, b == SECOND_LIMIT - 1 ? NO_TAG : b);
}

/* The share of entity uses among the others, in four buckets. */
static unsigned
entity_share(unsigned entity, unsigned total)
{
	if (entity == 0)
		return 0;
	if (entity == total)
		return 3;
	return 2 * entity >= total ? 2 : 1;
}

/* The feature numbers of a capitalised token i from the summary of its word. */
static size_t
word_values(const ner_doc_summary *summary, const ner_token *t, const uint8_t *tags, size_t i,
			uint16_t *out)
{
	const ner_doc_word *w = &summary->word[t->word_id];
	unsigned	others[1 + PA_ENT_TYPE_COUNT];
	unsigned	total = 0;
	int			major = 1;
	size_t		n = 0;

	for (int c = 0; c <= PA_ENT_TYPE_COUNT; c++)
		others[c] = w->count[c];
	if (others[tag_class(tags[i])] > 0)
		others[tag_class(tags[i])]--;
	for (int c = 0; c <= PA_ENT_TYPE_COUNT; c++)
		total += others[c];
	for (int c = 2; c <= PA_ENT_TYPE_COUNT; c++)
	{
		if (others[c] > others[major])
			major = c;
	}
	if (total == 0)
		out[n++] = doc_value(T_DOC_ALONE, t->capctx, 0);
	else
	{
		unsigned	share = entity_share(total - others[0], total);

		out[n++] = doc_value(T_DOC_MAJORITY, share ? (unsigned) major : 0, t->capctx);
		out[n++] = doc_value(T_DOC_SHARE, major * 4 + share, tags[i]);
	}
	if (w->longest > summary->span_length[i])
		out[n++] = doc_value(T_DOC_LONGER, w->longest_type * 8u + w->longest_position,
							 t->capctx);
	return n;
}

/* The non-local feature numbers of token i of the sentence [first, end). */
static inline size_t
doc_values(const ner_doc_summary *summary, const ner_token *toks, const uint8_t *tags,
		   size_t first, size_t end, size_t i, uint16_t *out)
{
	const ner_token *t = &toks[i];
	size_t		n = 0;

	out[n++] = doc_value(T_FIRST_TAG, tags[i], t->capctx);
	out[n++] = doc_value(T_FIRST_TAG_LEFT, i > first ? tags[i - 1] : NO_TAG, tags[i]);
	out[n++] = doc_value(T_FIRST_TAG_RIGHT, tags[i], i + 1 < end ? tags[i + 1] : NO_TAG);
	if (t->flags & NER_F_CAP)
		n += word_values(summary, t, tags, i, out + n);
	return n;
}

/* The non-local features of token i; see ner_docfeat.h. */
size_t
ner_doc_features(const ner_doc_summary *summary, const ner_token *toks, const uint8_t *tags,
				 size_t first, size_t end, size_t i, uint64_t *out)
{
	uint16_t	values[NER_MAX_DOC_FEATURES];
	size_t		n = doc_values(summary, toks, tags, first, end, i, values);

	for (size_t k = 0; k < n; k++)
		out[k] = ner_doc_value_feature(values[k]);
	return n;
}

/* The non-local feature numbers of a sentence; see ner_docfeat.h. */
void
ner_sentence_doc_values(const ner_doc_summary *summary, const ner_token *toks,
						const uint8_t *tags, size_t first, size_t end, uint16_t *out,
						uint32_t *start)
{
	size_t		used = 0;

	for (size_t i = first; i < end; i++)
	{
		start[i - first] = (uint32_t) used;
		used += doc_values(summary, toks, tags, first, end, i, out + used);
	}
	start[end - first] = (uint32_t) used;
}
