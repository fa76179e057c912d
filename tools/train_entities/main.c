/*
 * main.c: train_entities, the trainer of the entity model.
 *
 *   train_entities --train FILE [--train FILE ...] [--uner FILE] --dev FILE
 *                  --data DIR --out FILE [--epochs N] [--folds K] [--prune Q] [--runs R]
 *
 * Reads CoNLL-format training files (and optionally UNER files), builds
 * the lexicons of DIR/lexicons, and trains in two stages:
 *   1. jackknife: K local-only models, each trained without one K-th of the
 *      documents, tag that K-th: the first-pass tags the second pass learns
 *      from are as imperfect as at run time;
 *   2. the final model sees every document twice per epoch, once with only
 *      local features (pass one) and once with the document features too
 *      (pass two).  After each epoch the averaged weights tag the --dev
 *      file with the run-time code (both passes); the best epoch is kept.
 *      This stage runs R times (default 5), each with its own document
 *      order, and the model takes the mean of the R kept weights.
 * The mean weights are quantised, pruned and written to --out, then the
 * written model is read back and scored on --dev.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "entities_data.h"
#include "evaluate.h"
#include "model_write.h"
#include "ner_keytab.h"
#include "ner_entities.h"
#include "weights.h"

typedef struct options
{
	const char *train[8];
	int			train_count;
	const char *uner[4];
	int			uner_count;
	const char *dev;
	const char *data;
	const char *out;
	int			epochs;
	int			folds;
	int			jack_epochs;
	int			prune;
	int			runs;
} options;

/* Prints usage and exits. */
static void
usage(void)
{
	fputs("usage: train_entities --train FILE [--uner FILE] --dev FILE --data DIR --out FILE\n"
		  "                      [--epochs N] [--folds K] [--jackknife-epochs N] [--prune Q]\n"
		  "                      [--runs R]\n",
		  stderr);
	exit(2);
}

/* Parses the command line. */
static void
parse_options(int argc, char **argv, options *o)
{
	memset(o, 0, sizeof(*o));
	o->epochs = 12;
	o->folds = 8;
	o->jack_epochs = 10;
	o->prune = 2;
	o->runs = 5;
	for (int i = 1; i < argc; i++)
	{
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (v == NULL)
			usage();
		if (strcmp(argv[i], "--train") == 0 && o->train_count < 8)
			o->train[o->train_count++] = v;
		else if (strcmp(argv[i], "--uner") == 0 && o->uner_count < 4)
			o->uner[o->uner_count++] = v;
		else if (strcmp(argv[i], "--dev") == 0)
			o->dev = v;
		else if (strcmp(argv[i], "--data") == 0)
			o->data = v;
		else if (strcmp(argv[i], "--out") == 0)
			o->out = v;
		else if (strcmp(argv[i], "--epochs") == 0)
			o->epochs = atoi(v);
		else if (strcmp(argv[i], "--folds") == 0)
			o->folds = atoi(v);
		else if (strcmp(argv[i], "--jackknife-epochs") == 0)
			o->jack_epochs = atoi(v);
		else if (strcmp(argv[i], "--prune") == 0)
			o->prune = atoi(v);
		else if (strcmp(argv[i], "--runs") == 0)
			o->runs = atoi(v);
		else
			usage();
		i++;
	}
	if (o->train_count == 0 || o->dev == NULL || o->data == NULL || o->out == NULL ||
		o->folds < 2 || o->epochs < 1 || o->runs < 1)
		usage();
}

/* Interns the local features of every token of d. */
static void
intern_local(weights *ws, train_doc *d, const pa_lexicon *lex)
{
	size_t		n = d->doc.tokens.count;
	uint64_t	f[NER_MAX_LOCAL_FEATURES];
	size_t		used = 0;

	d->local_start = pa_arena_alloc_array(&d->arena, n + 1, sizeof(uint32_t));
	d->local = pa_arena_alloc_array(&d->arena, n * NER_MAX_LOCAL_FEATURES + 1, sizeof(int32_t));
	if (d->local_start == NULL || d->local == NULL)
		abort();
	for (size_t s = 0; s < d->doc.segments.sentence_count; s++)
	{
		const pa_sentence *sent = &d->doc.segments.sentences[s];
		size_t		end = (size_t) sent->first_token + sent->token_count;

		for (size_t i = sent->first_token; i < end; i++)
		{
			size_t		k = ner_local_features(d->toks, lex, sent->first_token, end, i, f);

			d->local_start[i] = (uint32_t) used;
			for (size_t j = 0; j < k; j++)
				d->local[used++] = weights_intern(ws, f[j]);
		}
	}
	d->local_start[n] = (uint32_t) used;
}

/* Interns the document features of every token of d, from d->first_pass. */
static void
intern_doc(weights *ws, train_doc *d)
{
	size_t		n = d->doc.tokens.count;
	uint64_t	f[NER_MAX_DOC_FEATURES];
	ner_doc_summary summary;
	size_t		used = 0;

	if (ner_doc_summarise(d->toks, n, d->first_pass, &d->arena, &summary) != PA_OK)
		abort();
	d->doc_start = pa_arena_alloc_array(&d->arena, n + 1, sizeof(uint32_t));
	d->doc_feats = pa_arena_alloc_array(&d->arena, n * NER_MAX_DOC_FEATURES + 1, sizeof(int32_t));
	if (d->doc_start == NULL || d->doc_feats == NULL)
		abort();
	for (size_t s = 0; s < d->doc.segments.sentence_count; s++)
	{
		const pa_sentence *sent = &d->doc.segments.sentences[s];
		size_t		end = (size_t) sent->first_token + sent->token_count;

		for (size_t i = sent->first_token; i < end; i++)
		{
			size_t		k = ner_doc_features(&summary, d->toks, d->first_pass, sent->first_token,
											 end, i, f);

			d->doc_start[i] = (uint32_t) used;
			for (size_t j = 0; j < k; j++)
				d->doc_feats[used++] = weights_intern(ws, f[j]);
		}
	}
	d->doc_start[n] = (uint32_t) used;
}

/* One perceptron pass over document d (with document features or not). */
static void
train_doc_once(weights *ws, train_doc *d, int with_doc, uint8_t *pred)
{
	for (size_t s = 0; s < d->doc.segments.sentence_count; s++)
	{
		const pa_sentence *sent = &d->doc.segments.sentences[s];
		size_t		i = sent->first_token;

		weights_train_sentence(ws, sent->token_count, d->local_start + i, d->local,
							   with_doc ? d->doc_start + i : NULL, d->doc_feats, d->gold + i, pred);
	}
}

/* A deterministic shuffle of 0..n-1. */
static void
shuffle(size_t *order, size_t n, unsigned long long *seed)
{
	for (size_t i = n; i > 1; i--)
	{
		size_t		j;
		size_t		tmp;

		*seed = *seed * 6364136223846793005ULL + 1442695040888963407ULL;
		j = (size_t) ((*seed >> 33) % i);
		tmp = order[i - 1];
		order[i - 1] = order[j];
		order[j] = tmp;
	}
}

/* Stage 1: gives every training document first-pass tags from a model that did not see it. */
static void
jackknife(weights *ws, corpus *train, const options *o, uint8_t *pred)
{
	size_t	   *order = malloc(train->count * sizeof(size_t));
	unsigned long long seed = 12345;

	for (int k = 0; k < o->folds; k++)
	{
		size_t		n = 0;

		weights_reset(ws);
		for (size_t d = 0; d < train->count; d++)
		{
			if ((int) (d % o->folds) != k)
				order[n++] = d;
		}
		for (int e = 0; e < o->jack_epochs; e++)
		{
			shuffle(order, n, &seed);
			for (size_t j = 0; j < n; j++)
				train_doc_once(ws, &train->docs[order[j]], 0, pred);
		}
		weights_average(ws);
		for (size_t d = k; d < train->count; d += o->folds)
		{
			train_doc  *doc = &train->docs[d];

			for (size_t s = 0; s < doc->doc.segments.sentence_count; s++)
			{
				const pa_sentence *sent = &doc->doc.segments.sentences[s];
				size_t		i = sent->first_token;

				weights_decode_sentence(ws, sent->token_count, doc->local_start + i, doc->local,
										NULL, NULL, doc->first_pass + i);
			}
		}
		fprintf(stderr, "jackknife fold %d/%d done\n", k + 1, o->folds);
	}
	free(order);
}

/* Tags the dev corpus with a scorer through the run-time code; returns F1. */
static double
score_dev(const corpus *dev, const ner_scorer *scorer, const pa_lexicon *lex, int passes)
{
	span_counts counts = {0, 0, 0};

	for (size_t d = 0; d < dev->count; d++)
	{
		train_doc  *doc = &dev->docs[d];
		pa_arena	scratch;
		ner_tagging tagging;

		pa_arena_init(&scratch, doc->arena.allocator);
		if (ner_tag_document(&doc->doc, lex, scorer, passes, &scratch, NULL, &tagging) != PA_OK)
			abort();
		count_spans(doc->gold, tagging.tags, doc->doc.tokens.count, &counts);
		pa_arena_release(&scratch);
	}
	return span_f1(&counts);
}

/* Stage 2: trains the final model from seed, leaving the best epoch's averaged weights in ws. */
static void
train_final(weights *ws, corpus *train, const corpus *dev, const pa_lexicon *lex,
			const options *o, unsigned long long seed, uint8_t *pred)
{
	size_t	   *order = malloc(train->count * sizeof(size_t));
	float	   *best = malloc(ws->rows * NER_TAG_COUNT * sizeof(float));
	static weights best_ws;		/* its start and transition weights */
	double		best_f1 = -1;

	for (size_t d = 0; d < train->count; d++)
		order[d] = d;
	weights_reset(ws);
	for (int e = 0; e < o->epochs; e++)
	{
		ner_scorer	scorer = weights_scorer(ws);
		double		f1;
		double		f1_one;

		shuffle(order, train->count, &seed);
		for (size_t j = 0; j < train->count; j++)
		{
			train_doc_once(ws, &train->docs[order[j]], 0, pred);
			train_doc_once(ws, &train->docs[order[j]], 1, pred);
		}
		weights_average(ws);
		f1_one = score_dev(dev, &scorer, lex, 1);
		f1 = score_dev(dev, &scorer, lex, 2);
		fprintf(stderr, "epoch %d: dev F1 pass one %.4f, two passes %.4f\n", e + 1, f1_one, f1);
		if (f1 > best_f1)
		{
			best_f1 = f1;
			memcpy(best, ws->avg, ws->rows * NER_TAG_COUNT * sizeof(float));
			memcpy(best_ws.start, ws->start, sizeof(ws->start));
			memcpy(best_ws.trans, ws->trans, sizeof(ws->trans));
		}
	}
	memcpy(ws->avg, best, ws->rows * NER_TAG_COUNT * sizeof(float));
	memcpy(ws->start, best_ws.start, sizeof(ws->start));
	memcpy(ws->trans, best_ws.trans, sizeof(ws->trans));
	free(order);
	free(best);
}

/*
 * Trains the final model o->runs times, each run with its own order of the
 * documents, and leaves the mean of the runs' kept weights in ws: the mean
 * varies less with the order than one run does.
 */
static void
train_runs(weights *ws, corpus *train, const corpus *dev, const pa_lexicon *lex,
		   const options *o, uint8_t *pred)
{
	size_t		cells = ws->rows * NER_TAG_COUNT;
	float	   *sum = calloc(cells, sizeof(float));
	float		start[NER_TAG_COUNT] = {0};
	float		trans[NER_TAG_COUNT][NER_TAG_COUNT] = {{0}};

	if (sum == NULL)
		abort();
	for (int r = 0; r < o->runs; r++)
	{
		train_final(ws, train, dev, lex, o, 777 + (unsigned long long) r, pred);
		for (size_t i = 0; i < cells; i++)
			sum[i] += ws->avg[i];
		for (int a = 0; a < NER_TAG_COUNT; a++)
		{
			start[a] += ws->start[2][a];
			for (int b = 0; b < NER_TAG_COUNT; b++)
				trans[a][b] += ws->trans[2][a][b];
		}
	}
	for (size_t i = 0; i < cells; i++)
		ws->avg[i] = sum[i] / (float) o->runs;
	for (int a = 0; a < NER_TAG_COUNT; a++)
	{
		ws->start[2][a] = start[a] / (float) o->runs;
		for (int b = 0; b < NER_TAG_COUNT; b++)
			ws->trans[2][a][b] = trans[a][b] / (float) o->runs;
	}
	free(sum);
}

/* The distinct words seen at least min_count times in training; returns their count. */
static size_t
frequent_words(const corpus *train, size_t min_count, const ner_token ***out)
{
	ner_keytab	tab;
	pa_arena	arena;
	uint32_t   *counts;
	const ner_token **words = malloc((train->tokens + 1) * sizeof(ner_token *));
	size_t		n = 0;

	pa_arena_init(&arena, cli_heap_allocator());
	if (words == NULL || ner_keytab_init(&tab, train->tokens, &arena) != PA_OK ||
		(counts = pa_arena_alloc_array(&arena, ner_keytab_size(&tab), sizeof(uint32_t))) == NULL)
		abort();
	for (size_t d = 0; d < train->count; d++)
	{
		const train_doc *doc = &train->docs[d];

		for (size_t i = 0; i < doc->doc.tokens.count; i++)
		{
			int			added;
			size_t		slot = ner_keytab_slot(&tab, doc->toks[i].word, &added);

			counts[slot] = added ? 1 : counts[slot] + 1;
			if (counts[slot] == min_count)
				words[n++] = &doc->toks[i];
		}
	}
	pa_arena_release(&arena);
	*out = words;
	return n;
}

/* Reads every corpus file of the options. */
static int
read_corpora(const options *o, const pa_lexicon *lex, corpus *train, corpus *dev)
{
	for (int i = 0; i < o->train_count; i++)
	{
		if (!corpus_read(train, o->train[i], CORPUS_CONLL, lex))
			return 0;
	}
	for (int i = 0; i < o->uner_count; i++)
	{
		if (!corpus_read(train, o->uner[i], CORPUS_UNER, lex))
			return 0;
	}
	return corpus_read(dev, o->dev, CORPUS_CONLL, lex);
}

/* Trains, writes and checks the model. */
int
main(int argc, char **argv)
{
	options		o;
	pa_lexicon	lex;
	pa_arena	lex_arena;
	corpus		train = {NULL, 0, 0};
	corpus		dev = {NULL, 0, 0};
	weights		ws;
	static uint8_t pred[1 << 16];
	char		err[512];
	char		description[96];
	model_image image;
	pa_ner_model model;
	ner_scorer	scorer;
	const ner_token **vocab;
	size_t		vocab_count;

	parse_options(argc, argv, &o);
	pa_arena_init(&lex_arena, cli_heap_allocator());
	if (!cli_load_lexicon(&lex, &lex_arena, o.data, err, sizeof(err)))
	{
		fprintf(stderr, "train_entities: %s\n", err);
		return 1;
	}
	if (!read_corpora(&o, &lex, &train, &dev))
		return 1;
	fprintf(stderr, "%zu training documents (%zu tokens), %zu dev documents; %zu lexicon names\n",
			train.count, train.tokens, dev.count, lex.name_count);
	weights_init(&ws, 24);
	for (size_t d = 0; d < train.count; d++)
		intern_local(&ws, &train.docs[d], &lex);
	jackknife(&ws, &train, &o, pred);
	for (size_t d = 0; d < train.count; d++)
		intern_doc(&ws, &train.docs[d]);
	fprintf(stderr, "%zu features\n", ws.rows);
	train_runs(&ws, &train, &dev, &lex, &o, pred);
	snprintf(description, sizeof(description),
			 "CoNLL-2003 English train%s; BIO averaged perceptron, two passes",
			 o.uner_count ? " + UNER EWT" : "");
	vocab_count = frequent_words(&train, 2, &vocab);
	if (!model_build(&ws, description, o.prune, 0.7, &image) ||
		!model_add_vocabulary(&image, vocab, vocab_count, 0.6) || !model_save(&image, o.out))
		return 1;
	if (pa_ner_model_open(&model, image.data, image.len) != NULL)
		return 1;
	scorer = pa_ner_model_scorer(&model);
	printf("model: %zu features kept of %zu, %u words in the vocabulary, %zu bytes; "
		   "dev F1 (written model) %.4f\n", image.kept, ws.rows, model.header->vocab_count,
		   image.len, score_dev(&dev, &scorer, &lex, 2));
	return 0;
}
