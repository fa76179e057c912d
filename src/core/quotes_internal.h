/*
 * quotes_internal.h: what the quotes_*.c files share.  Not installed; the
 * public interface is quotes.h.
 */
#ifndef PA_QUOTES_INTERNAL_H
#define PA_QUOTES_INTERNAL_H

#include "quotes.h"

#include <string.h>

#define QX_NONE UINT32_MAX

/* Word classes of a token (quotes_words.c), bits of qx_context.tags. */
enum
{
	QW_CUE = 1 << 0,			/* a reporting verb: said, added, chanting */
	QW_CLAUSE = 1 << 1,			/* the cue takes a reported clause: said X, warned X */
	QW_THAT = 1 << 2,			/* the cue takes a clause only with that: announced that */
	QW_TELL = 1 << 3,			/* the cue takes an addressee: told reporters */
	QW_PRONOUN = 1 << 4,		/* he, she, they: a speaker pronoun */
	QW_TITLE = 1 << 5,			/* President, Sen., spokeswoman: a role before a name */
	QW_DET = 1 << 6,			/* the, a, his: starts a description */
	QW_QUANT = 1 << 7,			/* many, some, about: dropped from descriptions */
	QW_AUX = 1 << 8,			/* has, also, later: between a subject and its cue */
	QW_BOUNDARY = 1 << 9,		/* that, who, and, but: ends a backward search */
	QW_CONNECTIVE = 1 << 10,	/* But, Meantime, However: outside a reported clause */
	QW_TIME = 1 << 11,			/* Friday, January, yesterday: never a name */
	QW_NAME_LINK = 1 << 12,		/* of, and, de, van: inside a name between capitals */
	QW_ORG = 1 << 13,			/* Ministry, Service, Party: an organisation's head word */
	QW_PREP = 1 << 14,			/* in, on, at: an adjunct after a cue */
	QW_PLACE = 1 << 15,			/* Africa, County, River, East: a place name's word */
	QW_VERB = 1 << 16,			/* gave, went, made: an irregular past verb that ends a subject */
	QW_FEMALE = 1 << 17,		/* Mary, Mrs, spokeswoman: a female given name or title */
	QW_MALE = 1 << 18,			/* John, Mr, spokesman: a male given name or title */
	QW_PHRASE = 1 << 19			/* according, quoted: may open a cue phrase */
};

/* The tag bits that are marks, not word classes. */
#define QW_MARKS (QW_FEMALE | QW_MALE | QW_PHRASE)

/* One paired quotation at the outer level (quotes_marks.c). */
typedef struct qx_span
{
	uint32_t	open;			/* the opening mark, or QX_NONE */
	uint32_t	close;			/* the closing mark, or QX_NONE (runs to paragraph end) */
	uint32_t	first;			/* first quoted token */
	uint32_t	last;			/* last quoted token (inclusive) */
	uint32_t	paragraph;
} qx_span;

/* A speaker found around a cue (quotes_attrib.c). */
typedef struct qx_attribution
{
	pa_token_range cue;
	pa_token_range speaker;
	pa_token_range role;
	int			inverted;		/* the speaker follows the cue: said Ana Ruiz */
} qx_attribution;

/* One document being worked on. */
typedef struct qx_context
{
	const pa_document *doc;
	const pa_token *tok;
	uint32_t	ntok;
	uint32_t   *tags;			/* QW_* per token */
	uint32_t   *sentence_of;	/* sentence index per token */
	uint32_t   *span_of;		/* index of the qx_span a token lies in, or QX_NONE */
	int32_t    *entity_of;		/* index in entities per token, or -1 */
	const pa_quote_entity *entities;
	size_t		entity_count;
	qx_span    *spans;
	size_t		span_count;
	pa_arena   *arena;
} qx_context;

/* quotes_words.c: fills ctx->tags. */
void		qx_tag_words(qx_context *ctx);

/*
 * Whether token i is the lower-case word w (ASCII, case-insensitive).
 * Inline, so that the length of a literal w is known when compiling.
 */
static inline int
qx_is_word(const qx_context *ctx, uint32_t i, const char *w)
{
	size_t		len = strlen(w);
	const pa_token *t;

	if (i >= ctx->ntok)
		return 0;
	t = &ctx->tok[i];
	if (t->end - t->start != len)
		return 0;
	for (size_t k = 0; k < len; k++)
	{
		char		c = ctx->doc->text[t->start + k];

		if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != w[k])
			return 0;
	}
	return 1;
}

/* The single ASCII character of token i, or 0. */
static inline char
qx_single_char(const qx_context *ctx, uint32_t i)
{
	const pa_token *t = &ctx->tok[i];

	return t->end - t->start == 1 ? ctx->doc->text[t->start] : 0;
}

/* Whether token i opens a cue phrase: according (to), quoted (as saying). */
static inline int
qx_cue_phrase_start(const qx_context *ctx, uint32_t i)
{
	return i < ctx->ntok && (ctx->tags[i] & QW_PHRASE) &&
		(qx_is_word(ctx, i, "according") || qx_is_word(ctx, i, "quoted"));
}

/* Whether token i is punctuation that ends a sentence or a clause: . ! ? ; */
static inline int
qx_is_stop(const qx_context *ctx, uint32_t i)
{
	char		c = qx_single_char(ctx, i);

	return ctx->tok[i].kind == PA_TOK_PUNCT && (c == '.' || c == '!' || c == '?' || c == ';');
}

/* Whether token i is a comma. */
static inline int
qx_is_comma(const qx_context *ctx, uint32_t i)
{
	return qx_single_char(ctx, i) == ',';
}

/* The word classes of token i: its tags without the marks. */
static inline uint32_t
qx_classes(const qx_context *ctx, uint32_t i)
{
	return ctx->tags[i] & ~(uint32_t) QW_MARKS;
}

/* The first token in [i, end) with one of the tags, or end: a scan that keeps ctx->tags in a register. */
static inline uint32_t
qx_next_tagged(const qx_context *ctx, uint32_t i, uint32_t end, uint32_t tags)
{
	while (i < end && !(ctx->tags[i] & tags))
		i++;
	return i;
}

/* Whether token i is the possessive 's (straight or curly apostrophe). */
int			qx_is_possessive(const qx_context *ctx, uint32_t i);

/* Whether token i starts with an upper-case letter (a name-like word). */
static inline int
qx_is_capitalised(const qx_context *ctx, uint32_t i)
{
	return ctx->tok[i].kind == PA_TOK_WORD &&
		(ctx->tok[i].flags & (PA_TF_CAPITALISED | PA_TF_ALL_CAPS)) != 0;
}

/* Whether token i opens a sentence (first token, or after an opening mark or dash). */
static inline int
qx_sentence_initial(const qx_context *ctx, uint32_t i)
{
	const pa_sentence *s = &ctx->doc->segments.sentences[ctx->sentence_of[i]];

	return i == s->first_token ||
		(i > 0 && (ctx->tok[i - 1].kind == PA_TOK_QUOTE || ctx->tok[i - 1].kind == PA_TOK_DASH));
}

/* Whether token i lies outside every quotation and is not a quote mark. */
static inline int
qx_free(const qx_context *ctx, uint32_t i)
{
	return ctx->span_of[i] == QX_NONE && ctx->tok[i].kind != PA_TOK_QUOTE;
}

/* Whether tokens [a, b) all lie outside quotations. */
int			qx_free_range(const qx_context *ctx, uint32_t a, uint32_t b);

/* Genders of quotes_gender.c. */
#define QX_FEMALE 'f'
#define QX_MALE 'm'

/* quotes_gender.c: the gender a name shows by its given name or the title before it; 0 unknown. */
char		qx_name_gender(const qx_context *ctx, pa_token_range name);

/* quotes_gender.c: the gender of pronoun i (she, her; he, his, him); 0 for others. */
char		qx_pronoun_gender(const qx_context *ctx, uint32_t i);

/*
 * quotes_coref.c: what the description speaker refers to, by a role the
 * document puts before a name or by an earlier fuller description among the
 * n_earlier items before it; 0 when nothing is found.
 */
int			qx_description_referent(const qx_context *ctx, pa_token_range speaker,
									const pa_quote *earlier, size_t n_earlier, pa_token_range *out);

/*
 * quotes_coref.c: the government a country speaker stands for (Cuba, Cuba's
 * government -> the Cuban government the document names); 0 when the
 * document names none.
 */
int			qx_government_referent(const qx_context *ctx, pa_token_range speaker, pa_token_range *out);

/* quotes_marks.c: pairs the quote marks into ctx->spans. */
pa_status	qx_pair_marks(qx_context *ctx, const pa_progress *progress);

/* quotes_names.c: finds names and their fullest forms when no tagger ran. */
pa_status	qx_find_names(qx_context *ctx);

/*
 * quotes_names.c: links the caller's entities (whose canonical ranges are
 * empty) the way qx_find_names links names, replacing ctx->entities.
 */
pa_status	qx_link_entities(qx_context *ctx);

/* quotes_names.c: fills ctx->entity_of from ctx->entities. */
pa_status	qx_index_entities(qx_context *ctx);

/* The index of the first entity mentioned at or after token i (entities are sorted by position). */
size_t		qx_first_entity_from(const qx_context *ctx, uint32_t i);

/*
 * quotes_attrib.c: the attribution whose cue lies in [from, to) nearest to
 * anchor (a quote's position); 0 when there is none.  Tokens inside quotes
 * are never cues or speakers.
 */
int			qx_attribution_in(const qx_context *ctx, uint32_t from, uint32_t to,
							  uint32_t anchor, qx_attribution *out);

/* quotes_attrib.c: qx_cue_at for a token tagged as a cue or a cue phrase's start. */
int			qx_cue_at_tagged(const qx_context *ctx, uint32_t i, uint32_t limit, pa_token_range *cue);

/*
 * The cue starting at token i (said, told reporters, according to).  Inline,
 * so that scans rule out most tokens by their tags without a call.
 */
static inline int
qx_cue_at(const qx_context *ctx, uint32_t i, uint32_t limit, pa_token_range *cue)
{
	return i < limit && (ctx->tags[i] & (QW_CUE | QW_PHRASE)) && qx_cue_at_tagged(ctx, i, limit, cue);
}

/* quotes_attrib.c: the speaker of the cue at [cue), searched in [from, to). */
int			qx_speaker_of_cue(const qx_context *ctx, pa_token_range cue, uint32_t from,
							  uint32_t to, qx_attribution *out);

/*
 * quotes_attrib.c: sets out->role, when it has none, from an appositive
 * after the speaker ending before to: said Wayne Smith, a former adviser.
 */
void		qx_appositive_after(const qx_context *ctx, uint32_t to, qx_attribution *out);

/*
 * quotes_indirect.c: the reported clauses of sentence s, appended to items
 * (room for at least two more is the caller's job).
 */
size_t		qx_indirect_in_sentence(const qx_context *ctx, uint32_t s, pa_quote *items);

#endif							/* PA_QUOTES_INTERNAL_H */
