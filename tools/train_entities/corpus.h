/*
 * corpus.h: CoNLL-format training and tuning data for the entity trainer.
 *
 * Each document is rebuilt as text the way an article reads to the core:
 * tokens joined by spaces, sentences by blank lines.  The text then goes
 * through the core's own tokenizer and segmenter, and the gold tags are
 * carried over to the core's tokens, so training sees exactly the tokens
 * and sentences the tagger sees at run time.
 */
#ifndef TRAIN_CORPUS_H
#define TRAIN_CORPUS_H

#include "document.h"
#include "ner_features.h"

typedef struct train_doc
{
	char	   *text;
	size_t		len;
	pa_arena	arena;			/* everything below */
	pa_document doc;
	ner_token  *toks;			/* ner_prepare */
	uint8_t    *gold;			/* BIO tag per core token */
	uint8_t    *first_pass;		/* first-pass tags from a model that did not see it */
	uint32_t   *local_start;	/* per token + 1: offsets into local */
	int32_t    *local;			/* weight rows of the local features */
	uint32_t   *doc_start;		/* per token + 1: offsets into doc_feats */
	int32_t    *doc_feats;		/* weight rows of the document features */
} train_doc;

typedef struct corpus
{
	train_doc  *docs;
	size_t		count;
	size_t		tokens;
} corpus;

/* Column layouts the reader knows. */
typedef enum corpus_format
{
	CORPUS_CONLL,				/* token first, tag last; -DOCSTART- between documents */
	CORPUS_UNER					/* tab-separated index, token, tag; "# newdoc" comments */
} corpus_format;

/*
 * Appends the documents of a file (IOB1 or IOB2); lex may be NULL.  Labels
 * of other types (OTH, B-O) read as O in CoNLL files; in UNER files, whose
 * early training release has them, their sentences are left out, since the
 * names in them are not annotated with our types.  Returns 0 with a
 * message on stderr.
 */
int			corpus_read(corpus *c, const char *path, corpus_format format, const pa_lexicon *lex);

#endif							/* TRAIN_CORPUS_H */
