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
 * law enforcement official, an investigator quoted by the newspaper), else
 * an earlier speaker's description.  Written sources speak for their
 * authors: the letter (signed by X), the statement (X said in a
 * statement).  A male relative (Anna Weber's father) is the nearest other
 * person with the family name, and a country speaking (Cuba, Cuba's
 * government) is the government the document names by its adjective (the
 * Cuban government).
 */
#include "quotes_internal.h"

#include <string.h>

#define MAX_EARLIER_ITEMS 40
#define MAX_SHORT_DESCRIPTION 2
#define MAX_EARLIER_TOKENS 600
#define MAX_MODIFIERS 4
#define ROLE_WINDOW 3000
#define MAX_AGENT 8

/* Whether tokens a and b have the same text, ignoring ASCII case. */
static inline int
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
		if (qx_is_possessive(ctx, k))
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

/* Whether the words of d end the phrase [k, h] and the phrase, with extra words after it, is longer. */
static int
ends_with(const qx_context *ctx, uint32_t k, uint32_t h, uint32_t extra, pa_token_range d)
{
	if (h + 1 - k + extra <= d.count || h + 1 - k < d.count)
		return 0;
	for (uint32_t n = 0; n < d.count; n++)
		if (!same_word(ctx, h - n, d.first + d.count - 1 - n))
			return 0;
	return 1;
}

/*
 * The length of a participle with its agent starting at token i (an
 * investigator [quoted by the newspaper]): a past participle, by, and the
 * words up to punctuation, at most MAX_AGENT tokens and no verb among
 * them; 0 if none.
 */
static uint32_t
agent_after(const qx_context *ctx, uint32_t i)
{
	const pa_token *t = &ctx->tok[i];
	uint32_t	k = i + 2;

	if (i + 2 >= ctx->ntok || t->kind != PA_TOK_WORD || !(t->flags & PA_TF_LOWER) || t->end - t->start < 4 ||
		memcmp(ctx->doc->text + t->end - 2, "ed", 2) != 0 || !qx_is_word(ctx, i + 1, "by") ||
		!qx_free_range(ctx, i, i + 2))
		return 0;
	while (k < ctx->ntok && k - i < MAX_AGENT && qx_free(ctx, k) && ctx->tok[k].kind == PA_TOK_WORD &&
		   !(ctx->tags[k] & (QW_CUE | QW_AUX | QW_BOUNDARY | QW_VERB | QW_PRONOUN)))
	{
		const pa_token *w = &ctx->tok[k];

		if ((w->flags & PA_TF_LOWER) && w->end - w->start > 3 && memcmp(ctx->doc->text + w->end - 2, "ed", 2) == 0)
			return 0;			/* a verb: the agent is the subject of a clause */
		k++;
	}
	return k > i + 2 && (k >= ctx->ntok || ctx->tok[k].kind != PA_TOK_WORD) ? k - i : 0;
}

/* Whether word k names a written source: the letter, the statement. */
static int
document_word(const qx_context *ctx, uint32_t k)
{
	return qx_is_word(ctx, k, "letter") || qx_is_word(ctx, k, "statement") || qx_is_word(ctx, k, "message") ||
		qx_is_word(ctx, k, "note") || qx_is_word(ctx, k, "communique") || qx_is_word(ctx, k, "declaration");
}

/*
 * Replaces *phrase, a written source with its agent (a letter signed by
 * Gonzalez), by the agent's fullest name, when head is a document word and
 * the agent is a name.
 */
static void
signer_of_document(const qx_context *ctx, uint32_t head, pa_token_range *phrase)
{
	uint32_t	end = phrase->first + phrase->count;
	int32_t		e;
	uint32_t	m;

	if (!document_word(ctx, head) || (e = ctx->entity_of[end - 1]) < 0)
		return;
	m = ctx->entities[e].mention.first;
	if (m < phrase->first + 3 || m + ctx->entities[e].mention.count != end || !qx_is_word(ctx, m - 1, "by"))
		return;
	*phrase = ctx->entities[e].canonical;
}

/*
 * The named speaker who last issued the written source head, within
 * MAX_EARLIER_TOKENS before it: X said in a statement ... the statement
 * said -> X; 0 when none did.
 */
static int
issuer_of_document(const qx_context *ctx, uint32_t head, pa_token_range *out)
{
	uint32_t	stop = head > MAX_EARLIER_TOKENS ? head - MAX_EARLIER_TOKENS : 0;

	for (uint32_t i = head; i-- > stop + 1;)
	{
		const pa_sentence *s = &ctx->doc->segments.sentences[ctx->sentence_of[i]];
		qx_attribution att;
		int32_t		e;

		if (!same_word(ctx, i, head) || !qx_free(ctx, i) ||
			!(qx_is_word(ctx, i - 1, "a") || qx_is_word(ctx, i - 1, "an")))
			continue;
		if (!qx_attribution_in(ctx, s->first_token, i, i, &att) ||
			(e = ctx->entity_of[att.speaker.first + att.speaker.count - 1]) < 0)
			return 0;
		*out = ctx->entities[e].canonical;
		return 1;
	}
	return 0;
}

/* The nearest token before h, down to stop, outside quotations with token w's word (any case); QX_NONE if none. */
static uint32_t
previous_same_word(const qx_context *ctx, uint32_t h, uint32_t stop, uint32_t w)
{
	while (h-- > stop)
		if (same_word(ctx, h, w) && qx_free(ctx, h))
			return h;
	return QX_NONE;
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

	for (uint32_t h = previous_same_word(ctx, d.first, stop, head); h != QX_NONE;
		 h = previous_same_word(ctx, h, stop, head))
	{
		uint32_t	k = h,
					agent;
		int			indefinite;

		while (k > 0 && h - k < MAX_MODIFIERS && modifier_word(ctx, k - 1))
			k--;
		while (k < h && !phrase_opens(ctx, k))
			k++;
		agent = agent_after(ctx, h + 1);
		if (!phrase_opens(ctx, k) || !ends_with(ctx, k, h, agent, d))
			continue;
		indefinite = k == 0 || !(ctx->tags[k - 1] & QW_DET) || qx_is_word(ctx, k - 1, "a") ||
			qx_is_word(ctx, k - 1, "an");
		if (!found || indefinite)
		{
			out->first = k;
			out->count = h + 1 - k + agent;
			found = 1;
		}
	}
	return found;
}

/* Whether word k is a male kin word whose bearer usually has the family's name: father, son, brother. */
static int
kin_word(const qx_context *ctx, uint32_t k)
{
	return qx_is_word(ctx, k, "father") || qx_is_word(ctx, k, "son") || qx_is_word(ctx, k, "brother");
}

/*
 * The family name of the person named at token p: the last word of its
 * fullest form, or, for a given name alone (Elian), of a fuller name of
 * the document that starts with it (Elian Gonzalez); QX_NONE if none.
 */
static uint32_t
family_name_of(const qx_context *ctx, uint32_t p)
{
	pa_token_range c = ctx->entities[ctx->entity_of[p]].canonical;

	if (c.count >= 2)
		return c.first + c.count - 1;
	for (size_t e = 0; e < ctx->entity_count; e++)
	{
		pa_token_range f = ctx->entities[e].canonical;

		if (ctx->entities[e].type == PA_ENTITY_PERSON && f.count >= 2 && same_word(ctx, f.first, c.first))
			return f.first + f.count - 1;
	}
	return QX_NONE;
}

/*
 * The relative that a possessive kin description stands for (Elian
 * Gonzalez's father): the person nearest to at, within ROLE_WINDOW tokens,
 * with the possessor's family name and another given name, not known to be
 * a woman.
 */
static int
named_relative(const qx_context *ctx, pa_token_range d, uint32_t at, pa_token_range *out)
{
	uint32_t	kin = d.first + d.count - 1;
	uint32_t	p = kin - 2;
	uint32_t	family,
				best_distance = UINT32_MAX;
	int32_t		owner;

	if (d.count < 3 || !kin_word(ctx, kin) || !qx_is_possessive(ctx, kin - 1) ||
		(owner = ctx->entity_of[p]) < 0 || ctx->entities[owner].type == PA_ENTITY_ORG ||
		ctx->entities[owner].type == PA_ENTITY_LOC || (family = family_name_of(ctx, p)) == QX_NONE)
		return 0;
	for (size_t e = qx_first_entity_from(ctx, at > ROLE_WINDOW ? at - ROLE_WINDOW : 0);
		 e < ctx->entity_count && ctx->entities[e].mention.first < at + ROLE_WINDOW; e++)
	{
		const pa_quote_entity *ent = &ctx->entities[e];
		pa_token_range c = ent->canonical;
		uint32_t	m = ent->mention.first;
		uint32_t	distance = m > at ? m - at : at - m;

		if (ent->type != PA_ENTITY_PERSON || c.count < 2 || !same_word(ctx, c.first + c.count - 1, family) ||
			same_word(ctx, c.first, ctx->entities[owner].canonical.first) || qx_name_gender(ctx, c) == QX_FEMALE ||
			distance >= best_distance)
			continue;
		best_distance = distance;
		*out = c;
	}
	return best_distance != UINT32_MAX;
}

/* The length of the common prefix of tokens a and b, ignoring ASCII case. */
static size_t
common_prefix(const qx_context *ctx, uint32_t a, uint32_t b)
{
	const pa_token *ta = &ctx->tok[a],
			   *tb = &ctx->tok[b];
	size_t		n = 0;

	while (ta->start + n < ta->end && tb->start + n < tb->end)
	{
		char		x = ctx->doc->text[ta->start + n],
					y = ctx->doc->text[tb->start + n];

		if ((x >= 'A' && x <= 'Z' ? x + 32 : x) != (y >= 'A' && y <= 'Z' ? y + 32 : y))
			break;
		n++;
	}
	return n;
}

/*
 * Whether capitalised word adj is the adjective of the place name at token
 * place: it keeps the name, or all of it but the last letter, and differs
 * from it (Cuba -> Cuban, China -> Chinese, Israel -> Israeli, Germany -> German).
 */
static int
adjective_of_place(const qx_context *ctx, uint32_t adj, uint32_t place)
{
	size_t		la = ctx->tok[adj].end - ctx->tok[adj].start,
				lp = ctx->tok[place].end - ctx->tok[place].start,
				n = common_prefix(ctx, adj, place);

	return qx_is_capitalised(ctx, adj) && !(ctx->tok[adj].flags & PA_TF_ALL_CAPS) && n >= 4 &&
		n + 1 >= lp && la != lp;
}

/* See quotes_internal.h. */
int
qx_government_referent(const qx_context *ctx, pa_token_range speaker, pa_token_range *out)
{
	uint32_t	place = speaker.first;
	int32_t		e = ctx->entity_of[place];
	uint32_t	from,
				to;

	if (e < 0 || ctx->entities[e].type == PA_ENTITY_PERSON || ctx->entities[e].mention.first != place ||
		ctx->entities[e].mention.count != 1)
		return 0;
	if (speaker.count != 1 && !(speaker.count == 3 && qx_is_possessive(ctx, place + 1) &&
								qx_is_word(ctx, place + 2, "government")))
		return 0;				/* Cuba, Cuba's government */
	from = place > ROLE_WINDOW ? place - ROLE_WINDOW : 0;
	to = place + ROLE_WINDOW < ctx->ntok ? place + ROLE_WINDOW : ctx->ntok;
	/* government is an ORG word: the scan skips the others by their tags */
	for (uint32_t g = qx_next_tagged(ctx, from + 1, to, QW_ORG); g < to;
		 g = qx_next_tagged(ctx, g + 1, to, QW_ORG))
		if (qx_is_word(ctx, g, "government") && qx_free_range(ctx, g - 1, g + 1) &&
			adjective_of_place(ctx, g - 1, place))
		{
			out->first = g - 1;
			out->count = 2;
			return 1;
		}
	return 0;
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
	if (named_by_role(ctx, d, speaker.first, out) || named_relative(ctx, d, speaker.first, out))
		return 1;
	head_only.first = head;
	head_only.count = 1;
	if (d.count > 1 && (ctx->tok[head].flags & PA_TF_LOWER) && !(qx_classes(ctx, head) & ~QW_TITLE) &&
		named_by_role(ctx, head_only, speaker.first, out))
		return 1;				/* Elian's great-uncle -> great-uncle Lazaro Gonzalez */
	if (d.count > MAX_SHORT_DESCRIPTION)
		return 0;
	if (earlier_phrase(ctx, d, out))
	{
		signer_of_document(ctx, head, out);
		return 1;
	}
	if (document_word(ctx, head) && d.count == 1)
		return issuer_of_document(ctx, head, out);
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
