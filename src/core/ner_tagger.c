/*
 * ner_tagger.c: the two tagging passes over a document (see ner_tagger.h).
 *
 * Features are computed a sentence at a time into one buffer, and the
 * scorer sums them a sentence at a time: the model is larger than the CPU
 * caches, and a whole sentence lets it overlap the cache misses.
 */
#include "ner_tagger.h"

#include <string.h>

#include "ner_decode.h"

/* Sentences between two progress ticks. */
#define TICK_SENTENCES 256

/*
 * Most word features one token receives from the words of its window: all
 * of its own word's and two of each neighbour's (ner_word_features).
 */
#define WORD_FEATURES_PER_TOKEN (NER_WORD_FEATURES + 2 * 2 * NER_WINDOW)

_Static_assert(WORD_FEATURES_PER_TOKEN <= NER_MAX_LOCAL_FEATURES,
			   "ner_scorer.add_tokens takes at most NER_MAX_LOCAL_FEATURES per token");

/* Room for the features of one sentence. */
typedef struct sentence_features
{
	uint64_t   *features;		/* longest sentence x NER_MAX_LOCAL_FEATURES */
	uint32_t   *start;			/* per token + 1: offsets into features */
	uint64_t   *words;			/* longest sentence x WORD_FEATURES_PER_TOKEN */
	uint32_t   *word_start;		/* per token + 1: offsets into words */
	uint32_t   *unknown;		/* the tokens whose words are not in the vocabulary, in order */
	uint16_t   *doc_values;		/* longest sentence x NER_MAX_DOC_FEATURES */
	float	   *viterbi;		/* Viterbi scratch */
} sentence_features;

/* Decodes every sentence from emissions into tags. */
static void
decode_sentences(const pa_document *doc, const ner_scorer *scorer, float *scratch, uint8_t *tags,
				 const float *emissions)
{
	ner_transitions tr;

	ner_transitions_init(&tr, scorer->start, scorer->transition);
	for (size_t s = 0; s < doc->segments.sentence_count; s++)
	{
		const pa_sentence *sent = &doc->segments.sentences[s];

		ner_viterbi(emissions + (size_t) sent->first_token * NER_TAG_COUNT, sent->token_count,
					&tr, scratch, tags + sent->first_token);
	}
}

/*
 * Adds the known words of the sentence [first, end) to their neighbours
 * from the vocabulary; lists the others in buf->unknown and returns how
 * many there are.
 */
static size_t
score_known_words(const ner_scorer *scorer, const ner_token *toks, size_t first, size_t end,
				  sentence_features *buf, float *emissions)
{
	size_t		unknown = 0;

	for (size_t j = first; j < end; j++)
	{
		/* the word reaches the tokens j - d for d in [lowest, highest] */
		int			lowest = end - j > NER_WINDOW ? -NER_WINDOW : -(int) (end - j - 1);
		int			highest = j - first > NER_WINDOW ? NER_WINDOW : (int) (j - first);

		if (scorer->add_word == NULL ||
			!scorer->add_word(scorer->ctx, toks[j].word, emissions + j * NER_TAG_COUNT, lowest,
							  highest))
			buf->unknown[unknown++] = (uint32_t) j;
	}
	return unknown;
}

/*
 * Adds the word features of every token of the sentence [first, end) to its
 * neighbours: a known word's sums from the vocabulary, an unknown word's
 * features through add_tokens, which overlaps their cache misses.  Token i
 * receives word j's features at offset j - i, in the order of j.
 */
static void
score_words(const ner_scorer *scorer, const ner_token *toks, size_t first, size_t end,
			sentence_features *buf, float *emissions)
{
	size_t		unknown = score_known_words(scorer, toks, first, end, buf, emissions);
	size_t		next = 0;		/* the first unknown word in reach of token i */
	size_t		used = 0;

	for (size_t i = first; i < end; i++)
	{
		size_t		from = i - first > NER_WINDOW ? i - NER_WINDOW : first;
		size_t		to = end - i > NER_WINDOW ? i + NER_WINDOW + 1 : end;

		buf->word_start[i - first] = (uint32_t) used;
		while (next < unknown && buf->unknown[next] < from)
			next++;
		for (size_t k = next; k < unknown && buf->unknown[k] < to; k++)
		{
			size_t		j = buf->unknown[k];

			used += ner_word_features(&toks[j], (int) (j - i), buf->words + used);
		}
	}
	buf->word_start[end - first] = (uint32_t) used;
	scorer->add_tokens(scorer->ctx, buf->words, buf->word_start, end - first,
					   emissions + first * NER_TAG_COUNT);
}

/*
 * Scores the document features of a sentence: by their numbers when the
 * scorer takes them (add_doc_values), else as feature hashes.
 */
static void
score_doc_features(const ner_scorer *scorer, const ner_doc_summary *summary,
				   const ner_tagging *t, size_t first, size_t end, sentence_features *buf)
{
	float	   *emissions = t->emissions + first * NER_TAG_COUNT;

	ner_sentence_doc_values(summary, t->toks, t->first_pass, first, end, buf->doc_values,
							buf->start);
	if (scorer->add_doc_values != NULL)
	{
		scorer->add_doc_values(scorer->ctx, buf->doc_values, buf->start, end - first, emissions);
		return;
	}
	for (uint32_t k = 0; k < buf->start[end - first]; k++)
		buf->features[k] = ner_doc_value_feature(buf->doc_values[k]);
	scorer->add_tokens(scorer->ctx, buf->features, buf->start, end - first, emissions);
}

/* Scores the local (pass one) or document (pass two) features of every token. */
static pa_status
score_tokens(const pa_document *doc, const pa_lexicon *lex, const ner_scorer *scorer,
			 const ner_doc_summary *summary, const pa_progress *progress,
			 sentence_features *buf, ner_tagging *out)
{
	for (size_t s = 0; s < doc->segments.sentence_count; s++)
	{
		const pa_sentence *sent = &doc->segments.sentences[s];
		size_t		first = sent->first_token;
		size_t		end = first + sent->token_count;

		if (progress != NULL && s % TICK_SENTENCES == TICK_SENTENCES - 1 &&
			progress->tick(progress->ctx))
			return PA_CANCELLED;
		if (summary == NULL && scorer->prefetch_word != NULL)
		{
			for (size_t j = first; j < end; j++)
				scorer->prefetch_word(scorer->ctx, out->toks[j].word);
		}
		if (summary != NULL)
		{
			score_doc_features(scorer, summary, out, first, end, buf);
			continue;
		}
		ner_sentence_context_features(out->toks, lex, first, end, buf->features, buf->start);
		score_words(scorer, out->toks, first, end, buf, out->emissions);
		scorer->add_tokens(scorer->ctx, buf->features, buf->start, end - first,
						   out->emissions + first * NER_TAG_COUNT);
	}
	return PA_OK;
}

/* Allocates the per-sentence buffers for the longest sentence of doc. */
static pa_status
allocate_buffers(const pa_document *doc, pa_arena *arena, sentence_features *buf)
{
	size_t		longest = 1;

	for (size_t s = 0; s < doc->segments.sentence_count; s++)
	{
		if (doc->segments.sentences[s].token_count > longest)
			longest = doc->segments.sentences[s].token_count;
	}
	buf->features = pa_arena_alloc_array(arena, longest, NER_MAX_LOCAL_FEATURES * sizeof(uint64_t));
	buf->start = pa_arena_alloc_array(arena, longest + 1, sizeof(uint32_t));
	buf->words = pa_arena_alloc_array(arena, longest, WORD_FEATURES_PER_TOKEN * sizeof(uint64_t));
	buf->word_start = pa_arena_alloc_array(arena, longest + 1, sizeof(uint32_t));
	buf->unknown = pa_arena_alloc_array(arena, longest, sizeof(uint32_t));
	buf->doc_values = pa_arena_alloc_array(arena, longest, NER_MAX_DOC_FEATURES * sizeof(uint16_t));
	buf->viterbi = pa_arena_alloc_array(arena, longest, NER_TAG_COUNT * sizeof(float));
	return buf->features && buf->start && buf->words && buf->word_start && buf->unknown &&
		buf->doc_values && buf->viterbi ? PA_OK : PA_ERR_NOMEM;
}

/* Tags a document; see ner_tagger.h. */
pa_status
ner_tag_document(const pa_document *doc, const pa_lexicon *lex, const ner_scorer *scorer,
				 int passes, pa_arena *arena, const pa_progress *progress, ner_tagging *out)
{
	size_t		n = doc->tokens.count;
	sentence_features buf;
	ner_doc_summary summary;
	pa_status	status;

	status = ner_prepare(doc, lex, arena, &out->toks);
	if (status == PA_OK)
		status = allocate_buffers(doc, arena, &buf);
	if (status != PA_OK)
		return status;
	out->first_pass = pa_arena_alloc(arena, n + 1);
	out->emissions = pa_arena_alloc_array(arena, n + 1, NER_TAG_COUNT * sizeof(float));
	if (out->first_pass == NULL || out->emissions == NULL)
		return PA_ERR_NOMEM;
	memset(out->emissions, 0, n * NER_TAG_COUNT * sizeof(float));
	status = score_tokens(doc, lex, scorer, NULL, progress, &buf, out);
	if (status != PA_OK)
		return status;
	decode_sentences(doc, scorer, buf.viterbi, out->first_pass, out->emissions);
	out->tags = out->first_pass;
	if (passes < 2)
		return PA_OK;
	out->tags = pa_arena_alloc(arena, n + 1);
	if (out->tags == NULL)
		return PA_ERR_NOMEM;
	status = ner_doc_summarise(out->toks, n, out->first_pass, arena, &summary);
	if (status == PA_OK)
		status = score_tokens(doc, lex, scorer, &summary, progress, &buf, out);
	if (status == PA_OK)
		decode_sentences(doc, scorer, buf.viterbi, out->tags, out->emissions);
	return status;
}
