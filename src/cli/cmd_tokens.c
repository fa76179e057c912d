/*
 * cmd_tokens.c: `pg_article_cli tokens`, one line per token, with the
 * columns of article_tokens(): token_no, sentence_no, start_pos, end_pos,
 * token, kind.
 */
#include "command.h"

/* The closing part of each line, one per token kind: ,"kind":"word"}\n */
typedef struct kind_suffix
{
	char		text[32];		/* copied whole */
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

		memset(p, 0, sizeof(suffixes[k].text));
		if (len > sizeof(suffixes[k].text) - 16)
			len = sizeof(suffixes[k].text) - 16;
		p = JW_PUT_LIT(p, ",\"kind\":\"");
		p = jw_put(p, name, len);
		p = JW_PUT_LIT(p, "\"}\n");
		suffixes[k].len = (size_t) (p - suffixes[k].text);
	}
}

/*
 * A number kept as decimal text and moved up in place: line numbers count
 * up by one, positions mostly by a few.  Cheaper than formatting it for
 * every line; written with a fixed 16-byte copy.
 */
typedef struct decimal_counter
{
	char		text[16];
	size_t		len;
	uint64_t	value;
} decimal_counter;

/* Sets the counter to v (below 10^15). */
static void
counter_set(decimal_counter *c, uint64_t v)
{
	memset(c->text, '0', sizeof(c->text));
	c->len = (size_t) (jw_put_uint(c->text, v) - c->text);
	c->value = v;
}

/* Adds one to the first i digits: trailing nines turn to zeros, and all nines grow a digit. */
static void
counter_carry(decimal_counter *c, size_t i)
{
	while (i > 0 && c->text[i - 1] == '9')
		c->text[--i] = '0';
	if (i > 0)
		c->text[i - 1]++;
	else if (c->len < sizeof(c->text))
	{
		memmove(c->text + 1, c->text, c->len++);
		c->text[0] = '1';
	}
}

/* Moves the counter up to v: in place by less than ten, else formatted afresh. */
static inline void
counter_move_to(decimal_counter *c, uint64_t v)
{
	uint64_t	delta = v - c->value;	/* huge when v is below the value */
	char	   *last = &c->text[c->len - 1];

	if (delta >= 10)
	{
		counter_set(c, v);
		return;
	}
	c->value = v;
	if (*last + (int) delta <= '9')
	{
		*last += (char) delta;
		return;
	}
	*last -= (char) (10 - delta);
	if (c->len >= 2 && last[-1] != '9')
		last[-1]++;				/* the commonest carry, inline */
	else
		counter_carry(c, c->len - 1);
}

/* Adds one to the counter. */
static inline void
counter_next(decimal_counter *c)
{
	char	   *last = &c->text[c->len - 1];

	c->value++;
	if (*last != '9')
		(*last)++;
	else
	{
		*last = '0';
		if (c->len >= 2 && last[-1] != '9')
			last[-1]++;
		else
			counter_carry(c, c->len - 1);
	}
}

/* Writes the counter at p, which has 16 bytes of room. */
static inline char *
counter_put(char *p, const decimal_counter *c)
{
	memcpy(p, c->text, sizeof(c->text));
	return p + c->len;
}

/* Constant text copied in 16-byte chunks: its buffer is padded to a multiple of 16. */
typedef struct chunked_text
{
	char	   *text;
	size_t		len;
} chunked_text;

/* Line openings longer than this (very long ids) are written with jw_raw. */
#define HEAD_CHUNKED_MAX 4096

/* Builds the opening of every line of the document: {"id":<id>,"token_no": */
static pa_status
build_line_head(const cli_doc *doc, chunked_text *head)
{
	static const char key[] = ",\"token_no\":";

	head->len = doc->line_prefix_len + sizeof(key) - 1;
	head->text = pa_arena_alloc(doc->arena, head->len + 16);
	if (head->text == NULL)
		return PA_ERR_NOMEM;
	memset(head->text, 0, head->len + 16);
	memcpy(head->text, doc->line_prefix, doc->line_prefix_len);
	memcpy(head->text + doc->line_prefix_len, key, sizeof(key) - 1);
	return PA_OK;
}

/* The middle of each line of one sentence, copied whole: ,"sentence_no":<n>,"start_pos": */
typedef struct sentence_part
{
	char		text[48];		/* copied whole */
	size_t		len;
} sentence_part;

/* Builds the sentence part for the 1-based sentence number. */
static void
build_sentence_part(sentence_part *part, uint64_t sentence_no)
{
	char	   *p = part->text;

	memset(part->text, 0, sizeof(part->text));
	p = JW_PUT_LIT(p, ",\"sentence_no\":");
	p = jw_put_uint(p, sentence_no);
	p = JW_PUT_LIT(p, ",\"start_pos\":");
	part->len = (size_t) (p - part->text);
}

/*
 * Room for one line after its opening, with a short token: three counter
 * copies, the sentence part, the end_pos and token keys (20 bytes), the
 * token in quotes and the kind suffix.
 */
#define LINE_ROOM (3 * 16 + sizeof(((sentence_part *) 0)->text) + 20 + \
				   (JW_PLAIN_SHORT + 2) + sizeof(((kind_suffix *) 0)->text))

/* Starts a line with the document's opening; returns where the rest goes (LINE_ROOM bytes). */
static inline char *
begin_token_line(json_writer *out, const chunked_text *head)
{
	if (head->len > HEAD_CHUNKED_MAX)
	{
		jw_raw(out, head->text, head->len);
		return jw_reserve(out, LINE_ROOM);
	}
	return jw_put_chunks(jw_reserve(out, head->len + 16 + LINE_ROOM), head->text, head->len);
}

/* Writes a short token needing no escapes as a JSON string at p; NULL for any other. */
static inline char *
put_plain_token(char *p, const char *text, size_t len, const pa_token *token)
{
	size_t		n = token->end - token->start;

	/* the 16-byte load must stay inside the text */
	if (n > JW_PLAIN_SHORT || len - token->start < 16)
		return NULL;
	*p = '"';
	p = jw_put_plain_short(p + 1, text + token->start, n);
	if (p != NULL)
		*p++ = '"';
	return p;
}

/* What every line of a document shares. */
typedef struct token_lines
{
	const char *text;			/* the document */
	size_t		len;
	chunked_text head;
	kind_suffix suffixes[PA_TOK_KIND_COUNT];
} token_lines;

/*
 * Writes the lines of one sentence's tokens, moving the line and position
 * counters on.  Everything the loop reads is in locals, as the stores
 * through the output pointer could otherwise change it as far as the
 * compiler knows.
 */
static void
put_sentence_tokens(json_writer *out, const token_lines *lines, const pa_token *tokens,
					uint32_t count, const sentence_part *part_in,
					decimal_counter *token_no_io, decimal_counter *position_io)
{
	const char *text = lines->text;
	size_t		len = lines->len;
	chunked_text head = lines->head;
	sentence_part part = *part_in;
	decimal_counter token_no = *token_no_io,
				position = *position_io;

	for (uint32_t i = 0; i < count; i++)
	{
		const pa_token *token = &tokens[i];
		const kind_suffix *suffix = &lines->suffixes[token->kind < PA_TOK_KIND_COUNT ? token->kind : PA_TOK_SYMBOL];
		char	   *p = begin_token_line(out, &head);
		char	   *after_token;

		p = counter_put(p, &token_no);
		memcpy(p, part.text, sizeof(part.text));
		p += part.len;
		counter_move_to(&position, (uint64_t) token->cstart + 1);
		p = counter_put(p, &position);
		p = JW_PUT_LIT(p, ",\"end_pos\":");
		counter_move_to(&position, (uint64_t) token->cend + 1);
		p = counter_put(p, &position);
		p = JW_PUT_LIT(p, ",\"token\":");
		after_token = put_plain_token(p, text, len, token);
		if (after_token == NULL)
		{
			jw_commit(out, p);
			jw_text(out, text + token->start, token->end - token->start);
			after_token = jw_reserve(out, sizeof(suffix->text));
		}
		memcpy(after_token, suffix->text, sizeof(suffix->text));
		jw_commit(out, after_token + suffix->len);
		counter_next(&token_no);
	}
	*token_no_io = token_no;
	*position_io = position;
}

/* Writes every token, sentence by sentence. */
static pa_status
emit_tokens(const cli_doc *doc, json_writer *out)
{
	const pa_document *d = doc->doc;
	token_lines lines;
	decimal_counter token_no,
				position;

	lines.text = d->text;
	lines.len = d->len;
	if (build_line_head(doc, &lines.head) != PA_OK)
		return PA_ERR_NOMEM;
	build_kind_suffixes(lines.suffixes);
	counter_set(&token_no, 1);
	counter_set(&position, 1);
	for (size_t s = 0; s < d->segments.sentence_count; s++)
	{
		const pa_sentence *sentence = &d->segments.sentences[s];
		sentence_part part;

		build_sentence_part(&part, (uint64_t) s + 1);
		put_sentence_tokens(out, &lines, &d->tokens.tokens[sentence->first_token],
							sentence->token_count, &part, &token_no, &position);
	}
	return PA_OK;
}

const cli_command cli_cmd_tokens = {
	"tokens", "one line per token (article_tokens)", emit_tokens
};
