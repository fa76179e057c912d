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
 * Line numbers count up by one and positions mostly by a few, so each is
 * kept as decimal digits in one 64-bit word, moved up in place and written
 * with one 8-byte store.  Digit i from the end sits in byte i, plus 0xF6:
 * a plain addition then carries from a 9 into the next digit, and the
 * bytes that wrapped around (now below 0x80) get their 0xF6 back.  Values
 * of 10^8 and more (and all values without the little-endian word tricks
 * of json_writer.h) are formatted afresh.
 */
typedef struct decimal_counter
{
	uint64_t	value;
	uint64_t	digits;			/* meaningful while value < COUNTER_LIMIT */
} decimal_counter;

#define COUNTER_LIMIT 100000000

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__GNUC__)

#define DIGIT_BIAS UINT64_C(0xF6F6F6F6F6F6F6F6)
#define DIGIT_HIGH_BITS UINT64_C(0x8080808080808080)
/* 0xF6 - '0' in every byte */
#define DIGIT_TO_ASCII UINT64_C(0xC6C6C6C6C6C6C6C6)

/* Always inlined: the counters must stay in registers. */
#define COUNTER_INLINE inline __attribute__((always_inline))

/* A counter at v. */
static COUNTER_INLINE decimal_counter
counter_at(uint64_t v)
{
	decimal_counter c;

	c.value = v;
	c.digits = v < COUNTER_LIMIT ? __builtin_bswap64(jw_eight_digits((uint32_t) v)) + DIGIT_BIAS : 0;
	return c;
}

/* Moves the counter up to v: in place by less than ten, else afresh. */
static COUNTER_INLINE void
counter_move_to(decimal_counter *c, uint64_t v)
{
	uint64_t	delta = v - c->value;	/* huge when v is below the value */
	uint64_t	digits = c->digits + delta;

	if (delta >= 10)
	{
		*c = counter_at(v);
		return;
	}
	c->value = v;
	c->digits = digits + ((~digits & DIGIT_HIGH_BITS) >> 7) * 0xF6;
}

/* Writes the counter at p, which has 16 bytes of room. */
static COUNTER_INLINE char *
counter_put(char *p, const decimal_counter *c)
{
	/* the lowest bit keeps a last digit for the value 0 */
	unsigned	leading = (unsigned) __builtin_clzll((c->digits ^ DIGIT_BIAS) | 1) & 56;
	uint64_t	text;

	if (c->value >= COUNTER_LIMIT)
		return jw_put_uint(p, c->value);
	text = __builtin_bswap64((c->digits - DIGIT_TO_ASCII) << leading);
	memcpy(p, &text, 8);
	return p + 8 - leading / 8;
}

#else

/* A counter at v. */
static inline decimal_counter
counter_at(uint64_t v)
{
	decimal_counter c = {v, 0};

	return c;
}

/* Moves the counter to v. */
static inline void
counter_move_to(decimal_counter *c, uint64_t v)
{
	c->value = v;
}

/* Writes the counter at p, which has 16 bytes of room. */
static inline char *
counter_put(char *p, const decimal_counter *c)
{
	return jw_put_uint(p, c->value);
}

#endif

/* Constant text copied in 16-byte chunks: its buffer is padded to a multiple of 16. */
typedef struct chunked_text
{
	char	   *text;
	size_t		len;
} chunked_text;

/* Line openings longer than this (very long ids) are written with jw_raw. */
#define HEAD_CHUNKED_MAX 4096

/* Line openings up to this long (most ids) are copied in two fixed chunks. */
#define HEAD_SHORT_MAX 32

/* Builds the opening of every line of the document: {"id":<id>,"token_no": */
static pa_status
build_line_head(const cli_doc *doc, chunked_text *head)
{
	static const char key[] = ",\"token_no\":";

	head->len = doc->line_prefix_len + sizeof(key) - 1;
	/* padded for the whole chunks of jw_put_chunks, and at least HEAD_SHORT_MAX */
	head->text = pa_arena_alloc(doc->arena, head->len + HEAD_SHORT_MAX);
	if (head->text == NULL)
		return PA_ERR_NOMEM;
	memset(head->text, 0, head->len + HEAD_SHORT_MAX);
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
	char	   *p;

	if (head->len <= HEAD_SHORT_MAX)
	{
		p = jw_reserve(out, HEAD_SHORT_MAX + LINE_ROOM);
		memcpy(p, head->text, HEAD_SHORT_MAX);
		return p + head->len;
	}
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
		counter_move_to(&token_no, token_no.value + 1);
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
	decimal_counter token_no = counter_at(1),
				position = counter_at(1);

	lines.text = d->text;
	lines.len = d->len;
	if (build_line_head(doc, &lines.head) != PA_OK)
		return PA_ERR_NOMEM;
	build_kind_suffixes(lines.suffixes);
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
