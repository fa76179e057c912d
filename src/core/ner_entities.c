/*
 * ner_entities.c: from tags to entities (see ner_entities.h).
 */
#include "ner_entities.h"

#include <float.h>

#include "ner_canonical.h"
#include "ner_missed.h"
#include "ner_spans.h"

/* Tokens between the prefetch of a token's features and their scoring. */
#define AHEAD 2

/* Adds quantised weights to float scores, as 8 tags and then 1 so that the compiler uses vector code. */
static inline void
add_row(float *restrict scores, const int16_t *restrict weight)
{
	for (int t = 0; t < NER_TAG_COUNT - 1; t++)
		scores[t] += (float) weight[t];
	scores[NER_TAG_COUNT - 1] += (float) weight[NER_TAG_COUNT - 1];
}

/* Adds summed quantised weights to float scores. */
static inline void
add_sums(float *restrict scores, const int32_t *restrict sums)
{
	for (int t = 0; t < NER_TAG_COUNT - 1; t++)
		scores[t] += (float) sums[t];
	scores[NER_TAG_COUNT - 1] += (float) sums[NER_TAG_COUNT - 1];
}

/* Adds a known word's summed word features from the model's vocabulary (see ner_scorer). */
static int
add_vocabulary_word(const void *ctx, uint64_t word, float *scores, int lowest, int highest)
{
	const ner_vocab_entry *entry = ner_model_vocab_find(ctx, word);
	const int16_t (*row)[NER_TAG_COUNT];
	float	   *to = scores - lowest * NER_TAG_COUNT;	/* the token the row goes to */

	if (entry == NULL)
		return 0;
	for (row = &entry->weight[lowest + NER_WINDOW]; row <= &entry->weight[highest + NER_WINDOW]; row++)
	{
		add_row(to, *row);
		to -= NER_TAG_COUNT;
	}
	return 1;
}

/* Starts loading the cache lines of an object of size bytes at p. */
static inline void
prefetch_lines(const void *p, size_t size)
{
	for (size_t at = 0; at < size; at += 64)
		__builtin_prefetch((const char *) p + at);
	__builtin_prefetch((const char *) p + size - 1);
}

/*
 * Copies to held the features the model may hold, starting to load their
 * slots; returns how many.
 */
static size_t
hold_features(const pa_ner_model *model, const uint64_t *features, size_t n, uint64_t *held)
{
	size_t		count = 0;

	if (n > NER_MAX_LOCAL_FEATURES)
		n = NER_MAX_LOCAL_FEATURES;
	for (size_t f = 0; f < n; f++)
	{
		if (ner_model_may_hold(model, features[f]))
		{
			prefetch_lines(&model->slots[(uint32_t) features[f] & model->mask], sizeof(ner_slot));
			held[count++] = features[f];
		}
	}
	return count;
}

/*
 * Adds the weights of the features of count tokens: the features of a
 * token pass the filter, and their slots start loading, AHEAD tokens
 * before they are summed.
 */
static void
add_model_tokens(const void *ctx, const uint64_t *features, const uint32_t *start, size_t count,
				 float *emissions)
{
	const pa_ner_model *model = ctx;
	uint64_t	held[AHEAD + 1][NER_MAX_LOCAL_FEATURES];
	size_t		held_count[AHEAD + 1];

	for (size_t k = 0; k < count + AHEAD; k++)
	{
		if (k < count)
			held_count[k % (AHEAD + 1)] = hold_features(model, features + start[k],
														start[k + 1] - start[k],
														held[k % (AHEAD + 1)]);
		if (k >= AHEAD)
		{
			size_t		ring = (k - AHEAD) % (AHEAD + 1);
			int32_t		sums[NER_TAG_COUNT] = {0};

			ner_model_sum_held(model, held[ring], held_count[ring], sums);
			add_sums(emissions + (k - AHEAD) * NER_TAG_COUNT, sums);
		}
	}
}

/* Adds the weights of the document feature numbers of count tokens (see ner_scorer). */
static void
add_model_doc_values(const void *ctx, const uint16_t *values, const uint32_t *start, size_t count,
					 float *emissions)
{
	const pa_ner_model *model = ctx;

	for (size_t k = 0; k < count; k++)
	{
		int32_t		sums[NER_TAG_COUNT] = {0};

		for (uint32_t v = start[k]; v < start[k + 1]; v++)
			ner_model_add_row(sums, model->doc_weight[values[v]]);
		add_sums(emissions + k * NER_TAG_COUNT, sums);
	}
}

/* Starts loading a word's vocabulary slot. */
static void
prefetch_vocabulary_word(const void *ctx, uint64_t word)
{
	const pa_ner_model *model = ctx;

	if (model->vocab != NULL)
		prefetch_lines(&model->vocab[(uint32_t) (word | 1) & model->vocab_mask],
					   sizeof(ner_vocab_entry));
}

/* A scorer over a model. */
ner_scorer
pa_ner_model_scorer(const pa_ner_model *model)
{
	ner_scorer	s = {add_model_tokens, add_vocabulary_word,
		prefetch_vocabulary_word, model, model->start,
		(const float (*)[NER_TAG_COUNT]) model->transition, add_model_doc_values};

	return s;
}

/* Score of tag t at token i of the sentence [first, end) between its decoded neighbours. */
static float
local_score(const ner_tagging *tagging, const pa_ner_model *model, size_t first, size_t end,
			size_t i, int t)
{
	float		score = tagging->emissions[i * NER_TAG_COUNT + t];
	int			prev = i > first ? tagging->tags[i - 1] : -1;

	if (!ner_tag_allowed(prev, t) || (i + 1 < end && !ner_tag_allowed(t, tagging->tags[i + 1])))
		return -FLT_MAX;
	score += prev < 0 ? model->start[t] : model->transition[prev][t];
	if (i + 1 < end)
		score += model->transition[t][tagging->tags[i + 1]];
	return score;
}

/*
 * Confidence of the span [a, b) of the sentence [first, end): its weakest
 * token's margin (in weight units) over O and the tags of other types, with
 * the neighbouring tags fixed; 0.5 at no margin, towards 1 as it grows
 * (softsign).
 */
static float
span_score(const ner_tagging *tagging, const pa_ner_model *model, size_t first, size_t end,
		   size_t a, size_t b)
{
	float		weakest = FLT_MAX;
	float		x;

	for (size_t i = a; i < b; i++)
	{
		int			chosen = tagging->tags[i];
		float		best_other = -FLT_MAX;

		for (int t = 0; t < NER_TAG_COUNT; t++)
		{
			float		s;

			if (ner_tag_type(t) == ner_tag_type(chosen))
				continue;
			s = local_score(tagging, model, first, end, i, t);
			if (s > best_other)
				best_other = s;
		}
		x = local_score(tagging, model, first, end, i, chosen) - best_other;
		if (x < weakest)
			weakest = x;
	}
	x = weakest * model->header->scale;
	return 0.5f + 0.5f * x / (1.0f + (x < 0 ? -x : x));
}

/* Counts the spans of the tags. */
static size_t
count_spans(const uint8_t *tags, size_t n)
{
	size_t		count = 0;

	for (size_t i = 0; i < n; i++)
		count += ner_tag_is_begin(tags[i]);
	return count;
}

/* Turns the final tags into entity records (without canonical forms). */
static void
collect_spans(const pa_document *doc, const ner_tagging *tagging, const pa_ner_model *model,
			  pa_entity *items)
{
	size_t		k = 0;

	for (size_t s = 0; s < doc->segments.sentence_count; s++)
	{
		const pa_sentence *sent = &doc->segments.sentences[s];
		size_t		end = (size_t) sent->first_token + sent->token_count;

		for (size_t i = sent->first_token; i < end; i++)
		{
			size_t		j = i + 1;
			pa_entity  *e;

			if (!ner_tag_is_begin(tagging->tags[i]))
				continue;
			while (j < end && tagging->tags[j] == ner_inside_tag(ner_tag_type(tagging->tags[i])))
				j++;
			e = &items[k++];
			e->first_token = (uint32_t) i;
			e->token_count = (uint32_t) (j - i);
			e->sentence = (uint32_t) s;
			e->start = doc->tokens.tokens[i].start;
			e->end = doc->tokens.tokens[j - 1].end;
			e->cstart = doc->tokens.tokens[i].cstart;
			e->cend = doc->tokens.tokens[j - 1].cend;
			e->type = (pa_entity_type) ner_tag_type(tagging->tags[i]);
			e->score = span_score(tagging, model, sent->first_token, end, i, j);
			e->canonical = NULL;
			e->canonical_len = 0;
		}
	}
}

/* Finds the entities; see ner_entities.h. */
pa_status
pa_entities_find(const pa_document *doc, const pa_ner_model *model, const pa_lexicon *lex,
				 pa_arena *arena, const pa_progress *progress, pa_entity_list *out)
{
	ner_scorer	scorer = pa_ner_model_scorer(model);
	ner_tagging tagging;
	pa_status	status;

	out->items = NULL;
	out->count = 0;
	status = ner_tag_document(doc, lex, &scorer, 2, arena, progress, &tagging);
	if (status != PA_OK)
		return status;
	out->count = count_spans(tagging.tags, doc->tokens.count);
	out->items = pa_arena_alloc_array(arena, out->count ? out->count : 1, sizeof(pa_entity));
	if (out->items == NULL)
		return PA_ERR_NOMEM;
	collect_spans(doc, &tagging, model, out->items);
	ner_spans_tidy(doc, out->items, &out->count);
	status = ner_missed_add(doc, tagging.toks, &out->items, &out->count, arena);
	if (status != PA_OK)
		return status;
	return ner_canonicalise(doc, tagging.toks, out->items, out->count, arena);
}
