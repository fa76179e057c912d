/*
 * quotes_coref.c: what a speaker description refers to in its document.
 *
 * A description that names a role (the Cuban leader, Elian's father, the
 * FBI chief) refers to the person the document introduces with the same
 * words right before the name (Cuban leader Fidel Castro; Elian's father,
 * Juan Miguel Gonzalez), else with its head noun alone (great-uncle Lazaro
 * Gonzalez).  A short definite description (the official, these
 * officials) refers to the latest earlier speaker description with the same
 * head noun and more words: the phrase that introduced it in the text (a
 * law enforcement official), else an earlier speaker's description.
 */
#include "quotes_internal.h"

#include <string.h>

#define MAX_EARLIER_ITEMS 40
#define MAX_SHORT_DESCRIPTION 2
#define MAX_EARLIER_TOKENS 600
#define MAX_MODIFIERS 4
#define ROLE_WINDOW 3000

/* Whether tokens a and b have the same text, ignoring ASCII case. */
static int
same_word(const qx_context *ctx, uint32_t a, uint32_t b)
{
	const pa_token *ta = &ctx->tok[a],
			   *tb = &ctx->tok[b];
	size_t		len = ta->end - ta->start;

	if (len != tb->end - tb->start)
		return 0;
	for (size_t k = 0; k < len; k++)
	{
		char		x = ctx->doc->text[ta->start + k],
					y = ctx->doc->text[tb->start + k];

		if ((x >= 'A' && x <= 'Z' ? x + 32 : x) != (y >= 'A' && y <= 'Z' ? y + 32 : y))
			return 0;
	}
	return 1;
}

/* Whether the words of d stand right before token end (exclusive). */
static int
words_before(const qx_context *ctx, pa_token_range d, uint32_t end)
{
	if (end < d.count || end - d.count == d.first)
		return 0;
	for (uint32_t k = 0; k < d.count; k++)
		if (!same_word(ctx, d.first + k, end - d.count + k))
			return 0;
	return 1;
}

/* The description's words without its determiner: the Cuban leader -> Cuban leader. */
static pa_token_range
content_words(const qx_context *ctx, pa_token_range d, int *definite)
{
	*definite = 0;
	while (d.count > 1 && (ctx->tags[d.first] & (QW_DET | QW_QUANT)))
	{
		*definite |= !qx_is_word(ctx, d.first, "a") && !qx_is_word(ctx, d.first, "an");
		d.first++;
		d.count--;
	}
	for (uint32_t k = d.first; k < d.first + d.count; k++)
		if (qx_is_word(ctx, k, "'s") || qx_is_word(ctx, k, "\xe2\x80\x99s"))
			*definite = 1;		/* Elian's father */
	return d;
}

/*
 * The person introduced with the words of d before the name (Cuban leader
 * Fidel Castro), nearest before at, else first after, within
 * ROLE_WINDOW tokens (so that the cost stays linear in the document).
 */
static int
named_by_role(const qx_context *ctx, pa_token_range d, uint32_t at, pa_token_range *out)
{
	size_t		best = SIZE_MAX;
	size_t		end = qx_first_entity_from(ctx, at + ROLE_WINDOW);

	for (size_t e = qx_first_entity_from(ctx, at > ROLE_WINDOW ? at - ROLE_WINDOW : 0); e < end; e++)
	{
		const pa_quote_entity *ent = &ctx->entities[e];
		uint32_t	m = ent->mention.first;

		if (ent->type != PA_ENTITY_PERSON || m == 0)
			continue;
		if (!words_before(ctx, d, m) && !(qx_is_comma(ctx, m - 1) && words_before(ctx, d, m - 1)))
			continue;
		if (best == SIZE_MAX || (m < at) > (ctx->entities[best].mention.first < at) ||
			(m < at && m > ctx->entities[best].mention.first))
			best = e;			/* the nearest before, else the first after */
	}
	if (best == SIZE_MAX)
		return 0;
	*out = ctx->entities[best].canonical;
	return 1;
}

/* Whether token k can be inside a noun phrase before its head: a modifier word, not a verb or function word. */
static int
modifier_word(const qx_context *ctx, uint32_t k)
{
	return ctx->tok[k].kind == PA_TOK_WORD && qx_free(ctx, k) &&
		!(ctx->tags[k] & (QW_DET | QW_QUANT | QW_BOUNDARY | QW_PREP | QW_AUX | QW_CUE | QW_PRONOUN |
						  QW_TIME | QW_NAME_LINK | QW_CONNECTIVE)) &&
		(!qx_sentence_initial(ctx, k) || ctx->entity_of[k] >= 0);
}

/* Whether a noun phrase may start at token k: after a determiner, a preposition, a comma or nothing. */
static int
phrase_opens(const qx_context *ctx, uint32_t k)
{
	return k == 0 || qx_sentence_initial(ctx, k) || qx_is_comma(ctx, k - 1) ||
		ctx->tok[k - 1].kind == PA_TOK_NUMBER ||
		(ctx->tags[k - 1] & (QW_DET | QW_QUANT | QW_PREP | QW_NAME_LINK | QW_BOUNDARY | QW_CUE));
}

/* Whether the words of d end the phrase [k, h]. */
static int
ends_with(const qx_context *ctx, uint32_t k, uint32_t h, pa_token_range d)
{
	if (h + 1 - k <= d.count)
		return 0;
	for (uint32_t n = 0; n < d.count; n++)
		if (!same_word(ctx, h - n, d.first + d.count - 1 - n))
			return 0;
	return 1;
}

/*
 * The fuller noun phrase with the same head as d written before it: the
 * first one that opens with an indefinite article, a number or no article
 * (where the document introduces it: a law enforcement official), else the
 * nearest one.  Searches at most MAX_EARLIER_TOKENS back.
 */
static int
earlier_phrase(const qx_context *ctx, pa_token_range d, pa_token_range *out)
{
	uint32_t	head = d.first + d.count - 1;
	uint32_t	stop = d.first > MAX_EARLIER_TOKENS ? d.first - MAX_EARLIER_TOKENS : 0;
	int			found = 0;

	for (uint32_t h = d.first; h-- > stop;)
	{
		uint32_t	k = h;
		int			indefinite;

		if (!same_word(ctx, h, head) || !qx_free(ctx, h))
			continue;
		while (k > 0 && h - k < MAX_MODIFIERS && modifier_word(ctx, k - 1))
			k--;
		while (k < h && !phrase_opens(ctx, k))
			k++;
		if (!phrase_opens(ctx, k) || !ends_with(ctx, k, h, d))
			continue;
		indefinite = k == 0 || !(ctx->tags[k - 1] & QW_DET) || qx_is_word(ctx, k - 1, "a") ||
			qx_is_word(ctx, k - 1, "an");
		if (!found || indefinite)
		{
			out->first = k;
			out->count = h + 1 - k;
			found = 1;
		}
	}
	return found;
}

/* See quotes_internal.h. */
int
qx_description_referent(const qx_context *ctx, pa_token_range speaker, const pa_quote *earlier,
						size_t n_earlier, pa_token_range *out)
{
	int			definite;
	pa_token_range d = content_words(ctx, speaker, &definite);
	uint32_t	head = d.first + d.count - 1;
	pa_token_range head_only;

	if (!definite || d.count == 0)
		return 0;
	if (named_by_role(ctx, d, speaker.first, out))
		return 1;
	head_only.first = head;
	head_only.count = 1;
	if (d.count > 1 && (ctx->tok[head].flags & PA_TF_LOWER) && !(ctx->tags[head] & ~QW_TITLE) &&
		named_by_role(ctx, head_only, speaker.first, out))
		return 1;				/* Elian's great-uncle -> great-uncle Lazaro Gonzalez */
	if (d.count > MAX_SHORT_DESCRIPTION)
		return 0;
	if (earlier_phrase(ctx, d, out))
		return 1;
	for (size_t k = n_earlier; k-- > 0 && n_earlier - k <= MAX_EARLIER_ITEMS;)
	{
		pa_token_range c = earlier[k].canonical;

		if (c.count > d.count && ctx->entity_of[c.first + c.count - 1] < 0 &&
			same_word(ctx, c.first + c.count - 1, head) && c.first + c.count - 1 != head)
		{
			*out = c;
			return 1;
		}
	}
	return 0;
}
