/*
 * ner_features.c: per-token hashes and local features of the entity
 * tagger (see ner_features.h).
 */
#include "ner_features.h"

#include "ner_hash.h"
#include "ner_keytab.h"
#include "ner_text.h"

/* Feature templates; the numbers are part of the model. */
enum
{
	T_BIAS = 1,
	T_WORD,
	T_LOWER,
	T_SHAPE,
	T_SHAPE_SHORT,
	T_PREFIX,					/* + length - 1 */
	T_SUFFIX = T_PREFIX + NER_AFFIX_COUNT,
	T_LOWER_AT = T_SUFFIX + NER_AFFIX_COUNT,	/* + offset + 2 */
	T_SHAPE_AT = T_LOWER_AT + 5,	/* + offset + 2 */
	T_SHAPE_LEFT_PAIR = T_SHAPE_AT + 5,
	T_SHAPE_RIGHT_PAIR,
	T_WORD_LEFT_PAIR,
	T_WORD_RIGHT_PAIR,
	T_PREV_WORD_SHAPE,
	T_NEXT_WORD_SHAPE,
	T_CAPCTX_SHAPE,
	T_CAPCTX_WORD,
	T_DOC_CAPS,
	T_LEX,
	T_LEX_CAPCTX,
	T_LEX_PREV,
	T_LEX_NEXT
};

/* Stand-ins for the neighbours of the first and last token. */
#define BOUNDARY_BEFORE UINT64_C(0x51ed270b27b7a0f3)
#define BOUNDARY_AFTER UINT64_C(0x2f8e1c6a9d0b4e57)

/* Hashes the exact, lower-case, shape and affix forms of one token. */
static void
hash_forms(const char *s, size_t n, char *buf, ner_token *t)
{
	char		shape[NER_SHAPE_MAX];
	char		shape_short[NER_SHAPE_MAX];
	size_t		len = ner_lower(s, n, 1, buf);
	size_t		shape_len = ner_shape(s, n, 2, shape);
	size_t		short_len = 0;

	t->word = ner_hash_bytes(s, n);
	t->lower = ner_hash_bytes(buf, len);
	for (size_t i = 0; i < shape_len; i++)
	{
		if (short_len == 0 || shape_short[short_len - 1] != shape[i])
			shape_short[short_len++] = shape[i];
	}
	t->shape = ner_hash_bytes(shape, shape_len);
	t->shape_short = ner_hash_bytes(shape_short, short_len);
	for (int k = 0; k < NER_AFFIX_COUNT; k++)
	{
		size_t		p = ner_prefix_bytes(buf, len, k + 1);
		size_t		q = ner_suffix_start(buf, len, k + 1);

		t->prefix[k] = ner_hash_bytes(buf, p);
		t->suffix[k] = ner_hash_bytes(buf + q, len - q);
	}
}

/* The tagger's case flags of a core token. */
static uint32_t
case_flags(const pa_token *tok)
{
	uint32_t	flags = 0;

	if (tok->flags & PA_TF_ALL_CAPS)
		flags |= NER_F_ALLCAPS | NER_F_CAP;
	else if (tok->flags & PA_TF_CAPITALISED)
		flags |= NER_F_CAP;
	if (tok->flags & PA_TF_LOWER)
		flags |= NER_F_LOWER;
	return flags;
}

/* Nonzero when the token has a lower-case letter (as far as flags tell). */
static int
has_lower_letter(const pa_token *tok)
{
	if (tok->flags & PA_TF_LOWER)
		return 1;
	return (tok->flags & PA_TF_CAPITALISED) && !(tok->flags & PA_TF_ALL_CAPS) &&
		tok->cend - tok->cstart > 1;
}

/* Marks sentence starts and headlines, and matches the lexicon, per sentence. */
static pa_status
mark_sentences(const pa_document *doc, const pa_lexicon *lex, pa_arena *arena, ner_token *toks)
{
	size_t		longest = 1;
	uint64_t   *keys;
	uint64_t   *codes;

	for (size_t s = 0; s < doc->segments.sentence_count; s++)
	{
		if (doc->segments.sentences[s].token_count > longest)
			longest = doc->segments.sentences[s].token_count;
	}
	keys = pa_arena_alloc_array(arena, longest, sizeof(uint64_t));
	codes = pa_arena_alloc_array(arena, longest, sizeof(uint64_t));
	if (keys == NULL || codes == NULL)
		return PA_ERR_NOMEM;
	for (size_t s = 0; s < doc->segments.sentence_count; s++)
	{
		const pa_sentence *sent = &doc->segments.sentences[s];
		const pa_token *first = &doc->tokens.tokens[sent->first_token];
		ner_token  *t = toks + sent->first_token;
		int			headline = 0;
		int			started = 0;

		for (uint32_t i = 0; i < sent->token_count; i++)
		{
			if (has_lower_letter(&first[i]))
			{
				headline = 0;
				break;
			}
			if (first[i].flags & PA_TF_ALL_CAPS)
				headline = 1;
		}
		for (uint32_t i = 0; i < sent->token_count; i++)
		{
			if (!started && (t[i].flags & (NER_F_CAP | NER_F_LOWER)))
			{
				t[i].flags |= NER_F_SENT_START;
				started = 1;
			}
			if (headline)
				t[i].flags |= NER_F_HEADLINE;
			keys[i] = t[i].key;
		}
		pa_lexicon_match(lex, keys, sent->token_count, codes);
		for (uint32_t i = 0; i < sent->token_count; i++)
			t[i].lex = codes[i];
	}
	return PA_OK;
}

/* Where a token's capitalisation comes from. */
static uint32_t
capitalisation_context(uint32_t flags)
{
	if (!(flags & NER_F_CAP))
		return NER_CAPCTX_NONE;
	if (flags & NER_F_HEADLINE)
		return NER_CAPCTX_HEADLINE;
	if (flags & NER_F_SENT_START)
		return NER_CAPCTX_START;
	return (flags & NER_F_ALLCAPS) ? NER_CAPCTX_ALLCAPS : NER_CAPCTX_MID;
}

/* Records how each word is capitalised across the document. */
static pa_status
mark_document_case(size_t n, pa_arena *arena, ner_token *toks)
{
	ner_keytab	tab;
	uint8_t    *seen;
	pa_status	status = ner_keytab_init(&tab, n, arena);

	if (status != PA_OK)
		return status;
	seen = pa_arena_alloc(arena, ner_keytab_size(&tab));
	if (seen == NULL)
		return PA_ERR_NOMEM;
	for (size_t i = 0; i < n; i++)
	{
		int			added;
		size_t		slot = ner_keytab_slot(&tab, toks[i].key, &added);

		if (added)
			seen[slot] = 0;
		toks[i].capctx = capitalisation_context(toks[i].flags);
		if (toks[i].flags & NER_F_LOWER)
			seen[slot] |= NER_F_LOWER_ELSEWHERE;
		else if (toks[i].capctx == NER_CAPCTX_MID)
			seen[slot] |= NER_F_CAP_ELSEWHERE;
	}
	for (size_t i = 0; i < n; i++)
		toks[i].flags |= seen[ner_keytab_find(&tab, toks[i].key)];
	return PA_OK;
}

/* Fills the ner_token array; see ner_features.h. */
pa_status
ner_prepare(const pa_document *doc, const pa_lexicon *lex, pa_arena *arena, ner_token **out)
{
	size_t		n = doc->tokens.count;
	size_t		longest = 0;
	ner_token  *toks = pa_arena_alloc_array(arena, n ? n : 1, sizeof(ner_token));
	char	   *buf;
	pa_status	status;

	if (toks == NULL)
		return PA_ERR_NOMEM;
	for (size_t i = 0; i < n; i++)
	{
		size_t		len = doc->tokens.tokens[i].end - doc->tokens.tokens[i].start;

		if (len > longest)
			longest = len;
	}
	buf = pa_arena_alloc(arena, 2 * longest + 4);
	if (buf == NULL)
		return PA_ERR_NOMEM;
	for (size_t i = 0; i < n; i++)
	{
		const pa_token *tok = &doc->tokens.tokens[i];
		const char *s = doc->text + tok->start;
		size_t		len = tok->end - tok->start;

		hash_forms(s, len, buf, &toks[i]);
		toks[i].key = (tok->flags & PA_TF_HAS_DIGIT) || len > NER_KEY_LOWER_MAX ?
			ner_token_key(s, len) : toks[i].lower;
		toks[i].flags = case_flags(tok);
	}
	status = mark_sentences(doc, lex, arena, toks);
	if (status == PA_OK)
		status = mark_document_case(n, arena, toks);
	*out = toks;
	return status;
}

/* Adds the lexicon features of token t. */
static size_t
lexicon_features(const ner_token *toks, const pa_lexicon *lex, size_t first, size_t end,
				 size_t i, uint64_t *out)
{
	size_t		n = 0;
	uint64_t	codes = toks[i].lex;
	uint64_t	prev = i > first ? toks[i - 1].lex : 0;
	uint64_t	next = i + 1 < end ? toks[i + 1].lex : 0;

	for (size_t c = 0; lex != NULL && c < lex->category_count; c++)
	{
		unsigned	code = (unsigned) (codes >> (4 * c)) & 15;
		unsigned	prev_code = (unsigned) (prev >> (4 * c)) & 15;
		unsigned	next_code = (unsigned) (next >> (4 * c)) & 15;
		uint64_t	cat = lex->category_hash[c];

		if (code != PA_LEX_NONE)
		{
			out[n++] = ner_feat2(T_LEX, cat, code);
			out[n++] = ner_feat2(T_LEX_CAPCTX, cat, code * 8 + toks[i].capctx);
		}
		else if (prev_code == PA_LEX_UNIT || prev_code == PA_LEX_LAST)
			out[n++] = ner_feat1(T_LEX_PREV, cat);
		else if (next_code == PA_LEX_UNIT || next_code == PA_LEX_BEGIN)
			out[n++] = ner_feat1(T_LEX_NEXT, cat);
	}
	return n;
}

/* Word features that t gives the token d places before it; see ner_features.h. */
size_t
ner_word_features(const ner_token *t, int d, uint64_t *out)
{
	size_t		n = 0;

	if (d != 0)
	{
		out[n++] = ner_feat1(T_LOWER_AT + d + NER_WINDOW, t->lower);
		out[n++] = ner_feat1(T_SHAPE_AT + d + NER_WINDOW, t->shape_short);
		return n;
	}
	out[n++] = ner_feat1(T_LOWER, t->lower);
	out[n++] = ner_feat1(T_SHAPE, t->shape);
	out[n++] = ner_feat1(T_SHAPE_SHORT, t->shape_short);
	out[n++] = ner_feat1(T_BIAS, 0);
	for (int k = 0; k < NER_AFFIX_COUNT; k++)
	{
		out[n++] = ner_feat1(T_PREFIX + k, t->prefix[k]);
		out[n++] = ner_feat1(T_SUFFIX + k, t->suffix[k]);
	}
	return n;
}

/* The context features of token i; see ner_features.h. */
size_t
ner_context_features(const ner_token *toks, const pa_lexicon *lex, size_t first, size_t end,
					 size_t i, uint64_t *out)
{
	const ner_token *t = &toks[i];
	uint64_t	lower_at[2 * NER_WINDOW + 1];
	uint64_t	shape_at[2 * NER_WINDOW + 1];
	size_t		n = 0;

	for (int d = -NER_WINDOW; d <= NER_WINDOW; d++)
	{
		size_t		j = i + (size_t) d;

		if ((d < 0 && i < first + (size_t) -d) || (d > 0 && j >= end))
		{
			lower_at[d + NER_WINDOW] = d < 0 ? BOUNDARY_BEFORE : BOUNDARY_AFTER;
			shape_at[d + NER_WINDOW] = lower_at[d + NER_WINDOW];
			out[n++] = ner_feat1(T_LOWER_AT + d + NER_WINDOW, lower_at[d + NER_WINDOW]);
			out[n++] = ner_feat1(T_SHAPE_AT + d + NER_WINDOW, shape_at[d + NER_WINDOW]);
		}
		else
		{
			lower_at[d + NER_WINDOW] = toks[j].lower;
			shape_at[d + NER_WINDOW] = toks[j].shape_short;
		}
	}
	out[n++] = ner_feat2(T_SHAPE_LEFT_PAIR, shape_at[1], t->shape_short);
	out[n++] = ner_feat2(T_SHAPE_RIGHT_PAIR, t->shape_short, shape_at[3]);
	out[n++] = ner_feat2(T_WORD_LEFT_PAIR, lower_at[1], t->lower);
	out[n++] = ner_feat2(T_WORD_RIGHT_PAIR, t->lower, lower_at[3]);
	out[n++] = ner_feat2(T_PREV_WORD_SHAPE, lower_at[1], t->shape_short);
	out[n++] = ner_feat2(T_NEXT_WORD_SHAPE, t->shape_short, lower_at[3]);
	out[n++] = ner_feat2(T_CAPCTX_SHAPE, t->capctx, t->shape);
	out[n++] = ner_feat2(T_CAPCTX_WORD, t->capctx, t->lower);
	out[n++] = ner_feat2(T_DOC_CAPS, t->capctx,
						 t->flags & (NER_F_LOWER_ELSEWHERE | NER_F_CAP_ELSEWHERE));
	n += lexicon_features(toks, lex, first, end, i, out + n);
	return n;
}

/* All local features of token i; see ner_features.h. */
size_t
ner_local_features(const ner_token *toks, const pa_lexicon *lex, size_t first, size_t end,
				   size_t i, uint64_t *out)
{
	size_t		n = ner_context_features(toks, lex, first, end, i, out);

	for (int d = -NER_WINDOW; d <= NER_WINDOW; d++)
	{
		size_t		j = i + (size_t) d;

		if ((d < 0 && i >= first + (size_t) -d) || d == 0 || (d > 0 && j < end))
			n += ner_word_features(&toks[j], d, out + n);
	}
	return n;
}
