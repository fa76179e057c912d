/*
 * cmd_tokens.c: `pg_article_cli tokens`, one line per token, with the
 * columns of article_tokens(): token_no, sentence_no, start_pos, end_pos,
 * token, kind.
 */
#include "command.h"

/* The closing part of each line, one per token kind: ,"kind":"word"}\n */
typedef struct kind_suffix
{
	char		text[48];
	size_t		len;
} kind_suffix;

/* Builds the per-kind line endings; kind names are short ASCII words. */
static void
build_kind_suffixes(kind_suffix *suffixes)
{
	for (int k = 0; k < PA_TOK_KIND_COUNT; k++)
	{
		const char *name = pa_token_kind_name((pa_token_kind) k);
		size_t		len = strlen(name);
		char	   *p = suffixes[k].text;

		if (len > sizeof(suffixes[k].text) - 16)
			len = sizeof(suffixes[k].text) - 16;
		p = JW_PUT_LIT(p, ",\"kind\":\"");
		p = jw_put(p, name, len);
		p = JW_PUT_LIT(p, "\"}\n");
		suffixes[k].len = (size_t) (p - suffixes[k].text);
	}
}

/*
 * A line number kept as decimal text and counted up in place: cheaper than
 * formatting it for every line.  Written with a fixed 16-byte copy.
 */
typedef struct line_counter
{
	char		text[16];
	size_t		len;
} line_counter;

/* Starts the counter at 1. */
static void
counter_start(line_counter *c)
{
	memset(c->text, '0', sizeof(c->text));
	c->text[0] = '1';
	c->len = 1;
}

/* Adds one: trailing nines turn to zeros, and all nines grow a digit. */
static void
counter_next(line_counter *c)
{
	size_t		i = c->len;

	while (i > 0 && c->text[i - 1] == '9')
		c->text[--i] = '0';
	if (i > 0)
		c->text[i - 1]++;
	else if (c->len < sizeof(c->text))
	{
		c->text[0] = '1';
		c->text[c->len++] = '0';
	}
}

/* Writes the counter at p, which has 16 bytes of room. */
static inline char *
counter_put(char *p, const line_counter *c)
{
	memcpy(p, c->text, sizeof(c->text));
	return p + c->len;
}

/* Room for the keys (60 bytes), two counters and two numbers after the id. */
#define NUMBERS_ROOM (64 + 2 * 16 + 2 * JW_UINT_MAX)

/* Writes every token, sentence by sentence. */
static pa_status
emit_tokens(const cli_doc *doc, json_writer *out)
{
	const pa_document *d = doc->doc;
	kind_suffix suffixes[PA_TOK_KIND_COUNT];
	line_counter token_no,
				sentence_no;

	build_kind_suffixes(suffixes);
	counter_start(&token_no);
	counter_start(&sentence_no);
	for (size_t s = 0; s < d->segments.sentence_count; s++, counter_next(&sentence_no))
	{
		const pa_sentence *sentence = &d->segments.sentences[s];

		for (uint32_t i = 0; i < sentence->token_count; i++, counter_next(&token_no))
		{
			const pa_token *token = &d->tokens.tokens[sentence->first_token + i];
			const kind_suffix *suffix = &suffixes[token->kind < PA_TOK_KIND_COUNT ? token->kind : PA_TOK_SYMBOL];
			char	   *p;

			cli_begin_line(doc, out);
			p = jw_reserve(out, NUMBERS_ROOM);
			p = JW_PUT_LIT(p, ",\"token_no\":");
			p = counter_put(p, &token_no);
			p = JW_PUT_LIT(p, ",\"sentence_no\":");
			p = counter_put(p, &sentence_no);
			p = JW_PUT_LIT(p, ",\"start_pos\":");
			p = jw_put_uint(p, (uint64_t) token->cstart + 1);
			p = JW_PUT_LIT(p, ",\"end_pos\":");
			p = jw_put_uint(p, (uint64_t) token->cend + 1);
			p = JW_PUT_LIT(p, ",\"token\":");
			jw_commit(out, p);
			jw_text(out, d->text + token->start, token->end - token->start);
			jw_raw(out, suffix->text, suffix->len);
		}
	}
	return PA_OK;
}

const cli_command cli_cmd_tokens = {
	"tokens", "one line per token (article_tokens)", emit_tokens
};
