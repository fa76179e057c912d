/*
 * cmd_tokens.c: `pg_article_cli tokens`, one line per token, with the
 * columns of article_tokens(): token_no, sentence_no, start_pos, end_pos,
 * token, kind.
 */
#include "command.h"

/* The closing part of each line, one per token kind: ,"kind":"word"}\n */
typedef struct kind_suffix
{
	char		text[40];
	size_t		len;
} kind_suffix;

/* Builds the per-kind line endings once per document. */
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
		memcpy(p, ",\"kind\":\"", 9);
		memcpy(p + 9, name, len);
		memcpy(p + 9 + len, "\"}\n", 3);
		suffixes[k].len = 12 + len;
	}
}

/* Room for the fields between the id and the token text. */
#define NUMBERS_ROOM (64 + 4 * JW_UINT_MAX)

/* Writes every token, sentence by sentence. */
static pa_status
emit_tokens(const cli_doc *doc, json_writer *out)
{
	const pa_document *d = doc->doc;
	kind_suffix suffixes[PA_TOK_KIND_COUNT];

	build_kind_suffixes(suffixes);
	for (size_t s = 0; s < d->segments.sentence_count; s++)
	{
		const pa_sentence *sentence = &d->segments.sentences[s];

		for (uint32_t i = 0; i < sentence->token_count; i++)
		{
			uint32_t	t = sentence->first_token + i;
			const pa_token *token = &d->tokens.tokens[t];
			const kind_suffix *suffix = &suffixes[token->kind < PA_TOK_KIND_COUNT ? token->kind : PA_TOK_SYMBOL];
			char	   *p;

			cli_begin_line(doc, out);
			p = jw_reserve(out, NUMBERS_ROOM);
			p = JW_PUT_LIT(p, ",\"token_no\":");
			p = jw_put_uint(p, (uint64_t) t + 1);
			p = JW_PUT_LIT(p, ",\"sentence_no\":");
			p = jw_put_uint(p, (uint64_t) s + 1);
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
