/*
 * corpus.c: reading CoNLL files and aligning their tags with the core's
 * tokens (see corpus.h).
 */
#include "corpus.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entities_data.h"

/* A document being read: its text and each gold token's tag and offset. */
typedef struct doc_builder
{
	char	   *text;
	size_t		len;
	size_t		cap;
	uint32_t   *starts;			/* byte offset of each gold token */
	uint8_t    *tags;
	size_t		count;
	size_t		tag_cap;
	int			sentence_open;
	size_t		sentence_count;	/* gold tokens before the open sentence */
	size_t		sentence_len;	/* text bytes before the open sentence */
	int			sentence_unknown;	/* it has a label of an unknown type (OTH) */
} doc_builder;

/* Appends bytes to the text, growing it. */
static void
append_text(doc_builder *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap)
	{
		b->cap = 2 * (b->len + n + 1) + 4096;
		b->text = realloc(b->text, b->cap);
		if (b->text == NULL)
			abort();
	}
	memcpy(b->text + b->len, s, n);
	b->len += n;
	b->text[b->len] = '\0';
}

/*
 * The BIO tag of a label (B-PER, I-LOC, O...), given the previous tag (IOB1
 * aware); a B- or I- label of another type sets *unknown.
 */
static uint8_t
parse_tag(const char *label, size_t n, uint8_t prev, int *unknown)
{
	static const char *const types[PA_ENT_TYPE_COUNT] = {"PER", "ORG", "LOC", "MISC"};

	if (n < 3 || label[1] != '-' || (label[0] != 'B' && label[0] != 'I'))
		return NER_TAG_O;
	for (int t = 0; t < PA_ENT_TYPE_COUNT; t++)
	{
		if (n - 2 == strlen(types[t]) && memcmp(label + 2, types[t], n - 2) == 0)
		{
			if (label[0] == 'I' && prev != ner_begin_tag(t) && prev != ner_inside_tag(t))
				return (uint8_t) ner_begin_tag(t);
			return (uint8_t) (label[0] == 'B' ? ner_begin_tag(t) : ner_inside_tag(t));
		}
	}
	*unknown = 1;
	return NER_TAG_O;
}

/* Adds one gold token. */
static void
add_token(doc_builder *b, const char *word, size_t wn, const char *label, size_t ln)
{
	uint8_t		prev = b->count > 0 && b->sentence_open ? b->tags[b->count - 1] : NER_TAG_O;

	if (b->count == b->tag_cap)
	{
		b->tag_cap = b->tag_cap ? 2 * b->tag_cap : 1024;
		b->starts = realloc(b->starts, b->tag_cap * sizeof(uint32_t));
		b->tags = realloc(b->tags, b->tag_cap);
		if (b->starts == NULL || b->tags == NULL)
			abort();
	}
	if (!b->sentence_open)
	{
		b->sentence_count = b->count;
		b->sentence_len = b->len;
		b->sentence_unknown = 0;
	}
	if (b->len > 0)
		append_text(b, b->sentence_open ? " " : "\n\n", b->sentence_open ? 1 : 2);
	b->starts[b->count] = (uint32_t) b->len;
	b->tags[b->count] = parse_tag(label, ln, prev, &b->sentence_unknown);
	b->count++;
	append_text(b, word, wn);
	b->sentence_open = 1;
}

/*
 * Closes the open sentence; with drop_unknown, a sentence with labels of
 * unknown types is taken out again (its entities are unannotated).
 */
static void
end_sentence(doc_builder *b, int drop_unknown)
{
	if (b->sentence_open && drop_unknown && b->sentence_unknown)
	{
		b->count = b->sentence_count;
		b->len = b->sentence_len;
	}
	b->sentence_open = 0;
}

/* Carries the gold tags over to the core tokens of d. */
static void
align_tags(train_doc *d, const doc_builder *b)
{
	const pa_document *doc = &d->doc;
	size_t		g = 0;

	for (size_t i = 0; i < doc->tokens.count; i++)
	{
		uint32_t	start = doc->tokens.tokens[i].start;
		uint8_t		tag;

		while (g + 1 < b->count && b->starts[g + 1] <= start)
			g++;
		tag = b->count ? b->tags[g] : NER_TAG_O;
		if (tag != NER_TAG_O && start != b->starts[g])
			tag = (uint8_t) ner_inside_tag(ner_tag_type(tag));
		d->gold[i] = tag;
	}
	for (size_t s = 0; s < doc->segments.sentence_count; s++)
	{
		const pa_sentence *sent = &doc->segments.sentences[s];

		for (uint32_t k = 0; k < sent->token_count; k++)
		{
			size_t		i = sent->first_token + k;
			int			prev = k == 0 ? -1 : d->gold[i - 1];

			if (!ner_tag_allowed(prev, d->gold[i]))
				d->gold[i] = (uint8_t) ner_begin_tag(ner_tag_type(d->gold[i]));
		}
	}
}

/* Turns the builder into a train_doc appended to c. */
static int
finish_doc(corpus *c, doc_builder *b, const pa_lexicon *lex)
{
	train_doc  *d;
	pa_status	status;

	if (b->count == 0)
		return 1;
	c->docs = realloc(c->docs, (c->count + 1) * sizeof(train_doc));
	if (c->docs == NULL)
		abort();
	d = &c->docs[c->count++];
	memset(d, 0, sizeof(*d));
	d->text = b->text;
	d->len = b->len;
	pa_arena_init(&d->arena, cli_heap_allocator());
	status = pa_document_analyze(&d->doc, d->text, d->len, &d->arena, NULL, NULL);
	if (status == PA_OK)
		status = ner_prepare(&d->doc, lex, &d->arena, &d->toks);
	d->gold = pa_arena_alloc(&d->arena, d->doc.tokens.count + 1);
	d->first_pass = pa_arena_alloc(&d->arena, d->doc.tokens.count + 1);
	if (status != PA_OK || d->gold == NULL || d->first_pass == NULL)
	{
		fprintf(stderr, "train_entities: document %zu: %s\n", c->count, pa_status_message(status));
		return 0;
	}
	align_tags(d, b);
	c->tokens += d->doc.tokens.count;
	b->text = NULL;
	b->len = b->cap = 0;
	b->count = 0;
	b->sentence_open = 0;
	return 1;
}

/* Splits a line into fields at spaces or tabs; returns the count. */
static int
split_fields(char *line, char **fields, size_t *lens, int max)
{
	int			n = 0;
	char	   *p = line;

	while (*p != '\0' && n < max)
	{
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			break;
		fields[n] = p;
		while (*p != '\0' && *p != ' ' && *p != '\t')
			p++;
		lens[n] = (size_t) (p - fields[n]);
		n++;
	}
	return n;
}

/* Handles one line of the file. */
static int
read_line(corpus *c, doc_builder *b, char *line, corpus_format format, const pa_lexicon *lex)
{
	char	   *fields[8];
	size_t		lens[8];
	int			n;

	line[strcspn(line, "\r\n")] = '\0';
	if (strncmp(line, "-DOCSTART-", 10) == 0 || strncmp(line, "# newdoc", 8) == 0)
	{
		end_sentence(b, format == CORPUS_UNER);
		return finish_doc(c, b, lex);
	}
	if (line[0] == '#' && format == CORPUS_UNER)
		return 1;
	n = split_fields(line, fields, lens, 8);
	if (n == 0)
		end_sentence(b, format == CORPUS_UNER);
	else if (format == CORPUS_CONLL && n >= 2)
		add_token(b, fields[0], lens[0], fields[n - 1], lens[n - 1]);
	else if (format == CORPUS_UNER && n >= 3)
		add_token(b, fields[1], lens[1], fields[2], lens[2]);
	return 1;
}

/* Reads a corpus file; see corpus.h. */
int
corpus_read(corpus *c, const char *path, corpus_format format, const pa_lexicon *lex)
{
	FILE	   *f = fopen(path, "r");
	doc_builder b;
	char	   *line = NULL;
	size_t		cap = 0;
	int			ok = 1;

	if (f == NULL)
	{
		fprintf(stderr, "train_entities: cannot open %s\n", path);
		return 0;
	}
	memset(&b, 0, sizeof(b));
	while (ok && getline(&line, &cap, f) >= 0)
		ok = read_line(c, &b, line, format, lex);
	end_sentence(&b, format == CORPUS_UNER);
	if (ok)
		ok = finish_doc(c, &b, lex);
	free(line);
	free(b.text);
	free(b.starts);
	free(b.tags);
	fclose(f);
	return ok;
}
