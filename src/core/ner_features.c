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

/*
 * Hashes the forms of an ASCII token in one pass, as hash_forms would;
 * returns 0, leaving t unset, at the first byte outside ASCII.
 */
static int
hash_ascii_forms(const char *s, size_t n, ner_token *t)
{
	uint64_t	word = NER_HASH_SEED;
	uint64_t	lower = NER_HASH_SEED;
	uint64_t	shape = NER_HASH_SEED;
	uint64_t	shape_short = NER_HASH_SEED;
	size_t		shape_len = 0;
	size_t		short_len = 0;
	int			last = -1;		/* no class yet */
	int			run = 0;

	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];
		char		cls = ner_ascii_shape(c);

		if (c >= 0x80)
			return 0;
		word = ner_hash_step(word, c);
		/* the lower case from the shape letter: X is A-Z, d a digit (hashed as 0) */
		lower = ner_hash_step(lower, (unsigned char) (cls == 'X' ? c + 32 : cls == 'd' ? '0' : c));
		if (shape_len == NER_SHAPE_MAX || (cls == last && run == 2))
			continue;
		if (cls != last)
		{
			run = 0;
			shape_short = ner_hash_step(shape_short, (unsigned char) cls);
			short_len++;
			last = cls;
		}
		run++;
		shape = ner_hash_step(shape, (unsigned char) cls);
		shape_len++;
	}
	t->word = ner_hash_finish(word, n);
	t->lower = ner_hash_finish(lower, n);
	t->shape = ner_hash_finish(shape, shape_len);
	t->shape_short = ner_hash_finish(shape_short, short_len);
	return 1;
}

/* Hashes the exact, lower-case and shape forms of any token. */
static void
hash_unicode_forms(const char *s, size_t n, char *buf, ner_token *t)
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
}

/* Hashes the forms of one token (buf: room for its lower case) and mixes the pair values. */
static void
hash_forms(const char *s, size_t n, char *buf, ner_token *t)
{
	if (!hash_ascii_forms(s, n, t))
		hash_unicode_forms(s, n, buf, t);
	t->lower_mixed = ner_mix(t->lower);
	t->shape_short_mixed = ner_mix(t->shape_short);
}

/* Hash of the lower case, digits as 0, of the ASCII bytes s[0..n). */
static uint64_t
hash_ascii_lower(const char *s, size_t n)
{
	uint64_t	h = NER_HASH_SEED;

	for (size_t i = 0; i < n; i++)
		h = ner_hash_step(h, (unsigned char) ner_ascii_lower((unsigned char) s[i], 1));
	return ner_hash_finish(h, n);
}

/* Nonzero when the first and last NER_AFFIX_COUNT bytes of s[0..n) are ASCII. */
static int
ascii_ends(const char *s, size_t n)
{
	size_t		k = n < NER_AFFIX_COUNT ? n : NER_AFFIX_COUNT;
	unsigned char any = 0;

	for (size_t i = 0; i < k; i++)
		any |= (unsigned char) s[i] | (unsigned char) s[n - 1 - i];
	return any < 0x80;
}

/*
 * Writes the prefix and suffix features of t (its lower-case form's first and
 * last 1..NER_AFFIX_COUNT characters); lower-casing maps characters one to
 * one, so the ends of the text are lower-cased alone, and ASCII ends are
 * hashed from the text, the prefixes in one pass.
 */
static size_t
affix_features(const ner_token *t, uint64_t *out)
{
	char		head[4 * NER_AFFIX_COUNT];	/* a character is at most 4 bytes */
	char		tail[4 * NER_AFFIX_COUNT];
	size_t		q;
	size_t		head_len;
	size_t		tail_len;
	size_t		n = 0;

	if (ascii_ends(t->text, t->len))
	{
		uint64_t	prefix = NER_HASH_SEED;	/* running hash of the prefix */

		for (size_t k = 1; k <= NER_AFFIX_COUNT; k++)
		{
			size_t		m = k < t->len ? k : t->len;

			if (k <= t->len)
				prefix = ner_hash_step(prefix,
									   (unsigned char) ner_ascii_lower((unsigned char) t->text[k - 1], 1));
			out[n++] = ner_feat1(T_PREFIX + k - 1, ner_hash_finish(prefix, m));
			out[n++] = ner_feat1(T_SUFFIX + k - 1, hash_ascii_lower(t->text + t->len - m, m));
		}
		return n;
	}
	q = ner_suffix_start(t->text, t->len, NER_AFFIX_COUNT);
	head_len = ner_lower(t->text, ner_prefix_bytes(t->text, t->len, NER_AFFIX_COUNT), 1, head);
	tail_len = ner_lower(t->text + q, t->len - q, 1, tail);
	for (int k = 0; k < NER_AFFIX_COUNT; k++)
	{
		size_t		from = ner_suffix_start(tail, tail_len, k + 1);

		out[n++] = ner_feat1(T_PREFIX + k, ner_hash_bytes(head, ner_prefix_bytes(head, head_len, k + 1)));
		out[n++] = ner_feat1(T_SUFFIX + k, ner_hash_bytes(tail + from, tail_len - from));
	}
	return n;
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

/* Numbers the distinct keys and records how each word is capitalised across the document. */
static pa_status
mark_document_case(size_t n, pa_arena *arena, ner_token *toks)
{
	ner_keytab	tab;
	uint32_t   *id;
	uint8_t    *seen;
	uint32_t	words = 0;
	pa_status	status = ner_keytab_init(&tab, n, arena);

	if (status != PA_OK)
		return status;
	id = pa_arena_alloc_array(arena, ner_keytab_size(&tab), sizeof(uint32_t));
	seen = pa_arena_alloc(arena, n ? n : 1);
	if (id == NULL || seen == NULL)
		return PA_ERR_NOMEM;
	for (size_t i = 0; i < n; i++)
	{
		int			added;
		size_t		slot = ner_keytab_slot(&tab, toks[i].key, &added);

		if (added)
		{
			seen[words] = 0;
			id[slot] = words++;
		}
		toks[i].word_id = id[slot];
		toks[i].capctx = capitalisation_context(toks[i].flags);
		if (toks[i].flags & NER_F_LOWER)
			seen[toks[i].word_id] |= NER_F_LOWER_ELSEWHERE;
		else if (toks[i].capctx == NER_CAPCTX_MID)
			seen[toks[i].word_id] |= NER_F_CAP_ELSEWHERE;
	}
	for (size_t i = 0; i < n; i++)
		toks[i].flags |= seen[toks[i].word_id];
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
		toks[i].text = s;
		toks[i].len = (uint32_t) len;
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

_Static_assert(NER_CAPCTX_COUNT <= PA_LEXICON_CAPCTX,
			   "the lexicon has room for every capitalisation context");

/* The lexicon features of a category; see ner_features.h. */
void
ner_lexicon_features(uint64_t category, pa_lexicon_features *out)
{
	uint64_t	mixed = ner_mix(category);

	for (unsigned code = 0; code <= PA_LEX_UNIT; code++)
	{
		out->code[code] = ner_feat2_mixed(T_LEX, mixed, code);
		for (unsigned capctx = 0; capctx < NER_CAPCTX_COUNT; capctx++)
			out->code_capctx[code][capctx] = ner_feat2_mixed(T_LEX_CAPCTX, mixed, code * 8 + capctx);
	}
	out->after = ner_feat1(T_LEX_PREV, category);
	out->before = ner_feat1(T_LEX_NEXT, category);
}

/* Adds the lexicon features of token t. */
static inline __attribute__((always_inline)) size_t
lexicon_features(const ner_token *toks, const pa_lexicon *lex, size_t first, size_t end,
				 size_t i, uint64_t *out)
{
	size_t		n = 0;
	uint64_t	codes = toks[i].lex;
	uint64_t	prev = i > first ? toks[i - 1].lex : 0;
	uint64_t	next = i + 1 < end ? toks[i + 1].lex : 0;
	uint64_t	any = lex != NULL ? codes | prev | next : 0;	/* categories left, 4 bits each */

	while (any != 0)
	{
		unsigned	c = (unsigned) __builtin_ctzll(any) / 4;
		unsigned	code = (unsigned) (codes >> (4 * c)) & 15;
		unsigned	prev_code = (unsigned) (prev >> (4 * c)) & 15;
		unsigned	next_code = (unsigned) (next >> (4 * c)) & 15;
		const pa_lexicon_features *f = &lex->features[c];

		any &= ~(UINT64_C(15) << (4 * c));
		if (code != PA_LEX_NONE)
		{
			out[n++] = f->code[code];
			out[n++] = f->code_capctx[code][toks[i].capctx];
		}
		else if (prev_code == PA_LEX_UNIT || prev_code == PA_LEX_LAST)
			out[n++] = f->after;
		else if (next_code == PA_LEX_UNIT || next_code == PA_LEX_BEGIN)
			out[n++] = f->before;
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
	return n + affix_features(t, out + n);
}

/* The word features of the neighbours of token i beyond the sentence edges. */
static size_t
edge_features(size_t first, size_t end, size_t i, uint64_t *out)
{
	size_t		n = 0;

	/* unrolled, so that every feature is a constant */
#pragma GCC unroll 5
	for (int d = -NER_WINDOW; d <= NER_WINDOW; d++)
	{
		if ((d < 0 && i < first + (size_t) -d) || (d > 0 && i + (size_t) d >= end))
		{
			uint64_t	edge = d < 0 ? BOUNDARY_BEFORE : BOUNDARY_AFTER;

			out[n++] = ner_feat1(T_LOWER_AT + d + NER_WINDOW, edge);
			out[n++] = ner_feat1(T_SHAPE_AT + d + NER_WINDOW, edge);
		}
	}
	return n;
}

/* The context features of token i of the sentence [first, end). */
static inline __attribute__((always_inline)) size_t
context_features(const ner_token *toks, const pa_lexicon *lex, size_t first, size_t end,
				 size_t i, uint64_t *out)
{
	const ner_token *t = &toks[i];
	const ner_token *before = i > first ? &toks[i - 1] : NULL;
	uint64_t	after_lower = i + 1 < end ? toks[i + 1].lower : BOUNDARY_AFTER;
	uint64_t	after_shape = i + 1 < end ? toks[i + 1].shape_short : BOUNDARY_AFTER;
	uint64_t	before_lower_mixed = before ? before->lower_mixed : ner_mix(BOUNDARY_BEFORE);
	uint64_t	before_shape_mixed = before ? before->shape_short_mixed : ner_mix(BOUNDARY_BEFORE);
	uint64_t	capctx_mixed = ner_mix(t->capctx);
	size_t		n = 0;

	if (i < first + NER_WINDOW || i + NER_WINDOW >= end)
		n = edge_features(first, end, i, out);
	out[n++] = ner_feat2_mixed(T_SHAPE_LEFT_PAIR, before_shape_mixed, t->shape_short);
	out[n++] = ner_feat2_mixed(T_SHAPE_RIGHT_PAIR, t->shape_short_mixed, after_shape);
	out[n++] = ner_feat2_mixed(T_WORD_LEFT_PAIR, before_lower_mixed, t->lower);
	out[n++] = ner_feat2_mixed(T_WORD_RIGHT_PAIR, t->lower_mixed, after_lower);
	out[n++] = ner_feat2_mixed(T_PREV_WORD_SHAPE, before_lower_mixed, t->shape_short);
	out[n++] = ner_feat2_mixed(T_NEXT_WORD_SHAPE, t->shape_short_mixed, after_lower);
	out[n++] = ner_feat2_mixed(T_CAPCTX_SHAPE, capctx_mixed, t->shape);
	out[n++] = ner_feat2_mixed(T_CAPCTX_WORD, capctx_mixed, t->lower);
	out[n++] = ner_feat2_mixed(T_DOC_CAPS, capctx_mixed,
							   t->flags & (NER_F_LOWER_ELSEWHERE | NER_F_CAP_ELSEWHERE));
	n += lexicon_features(toks, lex, first, end, i, out + n);
	return n;
}

/* The context features of token i; see ner_features.h. */
size_t
ner_context_features(const ner_token *toks, const pa_lexicon *lex, size_t first, size_t end,
					 size_t i, uint64_t *out)
{
	return context_features(toks, lex, first, end, i, out);
}

/* The context features of a sentence; see ner_features.h. */
void
ner_sentence_context_features(const ner_token *toks, const pa_lexicon *lex, size_t first,
							  size_t end, uint64_t *out, uint32_t *start)
{
	size_t		used = 0;

	for (size_t i = first; i < end; i++)
	{
		start[i - first] = (uint32_t) used;
		used += context_features(toks, lex, first, end, i, out + used);
	}
	start[end - first] = (uint32_t) used;
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
