/*
 * quotes.c: the driver of quotation extraction (see quotes.h).
 *
 * After the marks are paired, each quotation is read in its frame: the text
 * of its sentence outside quotations, from the previous sentence end or
 * quotation to the next.  A quotation that opens its frame is direct, one
 * embedded in running words is partial.  The cue and speaker come from the
 * frame (after the quote first for direct quotes, before it first for
 * partial ones), else from a colon introduction ending the previous
 * paragraph, else from a short attribution sentence next to it (Scholz
 * said.).  A direct quote with none continues the previous quotation's
 * speaker; a partial one with none is a scare quote or a title and is
 * dropped.  Indirect speech is found per sentence (quotes_indirect.c).
 * Finally, in text order, every speaker mention is resolved: names to their
 * entity's fullest form; he and she to the latest person speaker of an
 * agreeing gender, unless a person of known agreeing gender (or a clause
 * subject) was named since; they to the latest speaker or the nearest group;
 * descriptions to the person or fuller description they stand for
 * (quotes_coref.c), else to themselves without determiners and quantities.
 */
#include "quotes_internal.h"

#include <string.h>

#define MAX_LEADING_ATTRIBUTION 7
#define MAX_SHORT_SENTENCE 8
#define MAX_TITLE_WORDS 6
#define MAX_PRONOUN_LOOKBACK 40

/* Paragraph p's token bounds, last inclusive. */
static void
paragraph_bounds(const qx_context *ctx, uint32_t p, uint32_t *first, uint32_t *last)
{
	const pa_segmentation *seg = &ctx->doc->segments;
	const pa_paragraph *para = &seg->paragraphs[p];
	const pa_sentence *ls = &seg->sentences[para->first_sentence + para->sentence_count - 1];

	*first = seg->sentences[para->first_sentence].first_token;
	*last = ls->first_token + ls->token_count - 1;
}

/* Whether token i is a word or a number. */
static int
wordlike(const qx_context *ctx, uint32_t i)
{
	return ctx->tok[i].kind == PA_TOK_WORD || ctx->tok[i].kind == PA_TOK_NUMBER;
}

/* Whether the quoted words look like a title or a name: a few words, all capitalised. */
static int
looks_like_title(const qx_context *ctx, const qx_span *sp)
{
	uint32_t	words = 0;

	for (uint32_t i = sp->first; i <= sp->last; i++)
	{
		if (!wordlike(ctx, i))
			continue;
		if (!qx_is_capitalised(ctx, i) && !(ctx->tags[i] & (QW_NAME_LINK | QW_DET | QW_PREP)))
			return 0;
		words++;
	}
	return words <= MAX_TITLE_WORDS;
}

/* Whether an attribution starts at token j (after a quote): said X, X said, he added. */
static int
attribution_starts_at(const qx_context *ctx, uint32_t j, uint32_t end)
{
	pa_token_range cue;
	qx_attribution att;

	for (uint32_t i = j; i < end && i < j + MAX_LEADING_ATTRIBUTION; i++)
	{
		if (!qx_cue_at(ctx, i, end, &cue))
			continue;
		return i == j || (qx_speaker_of_cue(ctx, cue, j, end, &att) && att.speaker.first == j);
	}
	return 0;
}

/* The attribution of a short sentence made of a speaker and a cue only (Scholz said.). */
static int
short_sentence_attribution(const qx_context *ctx, uint32_t s, qx_attribution *att)
{
	const pa_sentence *sentence = &ctx->doc->segments.sentences[s];
	uint32_t	a = sentence->first_token;
	uint32_t	end = a + sentence->token_count;

	if (sentence->token_count > MAX_SHORT_SENTENCE || !qx_free_range(ctx, a, end))
		return 0;
	return qx_attribution_in(ctx, a, end, end, att);
}

/* Sets item's attribution fields from att. */
static void
attribute(pa_quote *item, const qx_attribution *att)
{
	item->speaker = att->speaker;
	item->role = att->role;
	item->cue = att->cue;
}

/* The attribution of a quotation that opens its sentence and has none in its frame. */
static int
outside_attribution(const qx_context *ctx, const qx_span *sp, uint32_t para_first, qx_attribution *att)
{
	const pa_segmentation *seg = &ctx->doc->segments;
	uint32_t	s = ctx->sentence_of[sp->open != QX_NONE ? sp->open : sp->first];
	uint32_t	last_s = ctx->sentence_of[sp->close != QX_NONE ? sp->close : sp->last];

	if ((sp->open == para_first || sp->first == para_first) && sp->paragraph > 0)
	{
		/* a colon introduction ending the previous paragraph */
		uint32_t	pf,
					pl;

		paragraph_bounds(ctx, sp->paragraph - 1, &pf, &pl);
		if (ctx->tok[pl].kind == PA_TOK_PUNCT && ctx->doc->text[ctx->tok[pl].start] == ':')
			return qx_attribution_in(ctx, seg->sentences[ctx->sentence_of[pl]].first_token, pl, pl, att);
		return 0;
	}
	if (s > 0 && seg->sentences[s - 1].paragraph == sp->paragraph &&
		short_sentence_attribution(ctx, s - 1, att))
		return 1;
	return last_s + 1 < seg->sentence_count && seg->sentences[last_s + 1].paragraph == sp->paragraph &&
		short_sentence_attribution(ctx, last_s + 1, att);
}

/* Reads one paired quotation; returns 0 when it is no quotation (scare quotes, titles). */
static int
read_span(const qx_context *ctx, const qx_span *sp, pa_quote *item)
{
	uint32_t	pf,
				pl,
				fb,
				fa,
				after;
	uint32_t	o = sp->open != QX_NONE ? sp->open : sp->first;
	int			partial,
				found = 0;
	qx_attribution att,
				earlier;

	paragraph_bounds(ctx, sp->paragraph, &pf, &pl);
	for (fb = o; fb > pf && qx_free(ctx, fb - 1) && !qx_is_stop(ctx, fb - 1); fb--)
		;
	after = sp->close != QX_NONE ? sp->close + 1 : sp->last + 1;
	for (fa = after; fa <= pl && qx_free(ctx, fa) && !qx_is_stop(ctx, fa); fa++)
		;

	partial = (o > fb && wordlike(ctx, o - 1) &&
			   !(qx_is_capitalised(ctx, sp->first) && (ctx->tags[o - 1] & QW_CUE))) ||
		(sp->close != QX_NONE && after < fa && wordlike(ctx, after) && !qx_is_capitalised(ctx, after) &&
		 !qx_is_stop(ctx, sp->last) && !qx_is_comma(ctx, sp->last) &&
		 !attribution_starts_at(ctx, after, fa));

	if (!partial)
	{
		uint32_t	near_end = fa < after + MAX_LEADING_ATTRIBUTION + 1 ? fa : after + MAX_LEADING_ATTRIBUTION + 1;

		found = after < fa && (qx_attribution_in(ctx, after, near_end, after, &att) ||
							   qx_attribution_in(ctx, after, fa, after, &att));
		if (found && att.inverted && att.role.first > att.speaker.first && near_end < fa)
		{
			att.role.count = 0;	/* an appositive may run past the window: said X, an economist at ... */
			qx_appositive_after(ctx, fa, &att);
		}
		if (!found && o > fb)
			found = qx_attribution_in(ctx, fb, o, o, &att);
		if (!found && o == fb)
			found = outside_attribution(ctx, sp, pf, &att);
	}
	else
	{
		uint32_t	sf = ctx->doc->segments.sentences[ctx->sentence_of[o]].first_token;

		if (looks_like_title(ctx, sp))
			return 0;
		if (o > fb && qx_attribution_in(ctx, fb, o, o, &att))
			found = 1;
		else if (after < fa && qx_attribution_in(ctx, after, fa, after, &att))
		{
			found = 1;
			if (sf < fb && !qx_free(ctx, fb - 1) && qx_attribution_in(ctx, sf, o, o, &earlier))
				att = earlier;	/* X said ``A'' to Y ``B.'' Z said: X's cue, before the first quote */
		}
		if (!found)
			return 0;
	}
	memset(item, 0, sizeof(*item));
	if (found)
		attribute(item, &att);
	item->quote.first = sp->first;
	item->quote.count = sp->last + 1 - sp->first;
	item->sentence = ctx->sentence_of[sp->first];
	item->paragraph = sp->paragraph;
	item->kind = partial ? PA_QUOTE_PARTIAL : PA_QUOTE_DIRECT;
	return 1;
}

/* Who spoke last, for pronouns and continuation quotes. */
typedef struct speaker_memory
{
	pa_token_range person;		/* latest person-like speaker */
	uint32_t	person_at;		/* where that speaker was mentioned */
	pa_token_range any;			/* latest speaker of any kind */
	const pa_quote *quote;		/* latest direct or partial item */
} speaker_memory;

/* Whether the item's speaker mention is a pronoun. */
static int
pronoun_speaker(const qx_context *ctx, const pa_quote *item)
{
	return item->speaker.count == 1 && (ctx->tags[item->speaker.first] & QW_PRONOUN);
}

/* Whether token i names a share, which needs its number: 69 percent of those polled. */
static int
share_of(const qx_context *ctx, uint32_t i)
{
	return i < ctx->ntok && (qx_is_word(ctx, i, "percent") || qx_is_word(ctx, i, "%") ||
							 qx_is_word(ctx, i, "per"));
}

/* The canonical range of a mention: its entity's fullest form, else itself without determiners. */
static pa_token_range
canonical_of(const qx_context *ctx, pa_token_range m, int *person)
{
	uint32_t	last = m.first + m.count - 1;
	int32_t		e = ctx->entity_of[last];

	while (m.count > 1 && ((ctx->tags[m.first] & (QW_DET | QW_QUANT)) ||
						   (ctx->tok[m.first].kind == PA_TOK_NUMBER && !share_of(ctx, m.first + 1)) ||
						   (qx_is_word(ctx, m.first, "of") && m.first > 0 && (ctx->tags[m.first - 1] & QW_QUANT))))
	{
		m.first++;				/* the, about 100, tens of thousands of */
		m.count--;
	}
	*person = 0;
	if (e >= 0 && ctx->entities[e].mention.first <= m.first)
	{
		*person = ctx->entities[e].type == PA_ENTITY_PERSON;
		return ctx->entities[e].canonical;
	}
	return m;
}

/* Whether a person's name agrees with the pronoun gender g: its gender is g, or unknown unless strict. */
static int
agrees(const qx_context *ctx, pa_token_range name, char g, int strict)
{
	char		n = g != 0 ? qx_name_gender(ctx, name) : 0;

	return n == g || (n == 0 && !strict);
}

/* How a person must agree with a pronoun's gender. */
enum
{
	AGREE_ANY = 0,				/* not known to disagree */
	AGREE_KNOWN = 1,			/* known to agree */
	AGREE_KNOWN_OR_SUBJECT = 2	/* known to agree, or not known to disagree and a clause's subject */
};

/* Whether mention m opens a clause and a verb follows: Geremek has gone, and Smith flew. */
static int
clause_subject(const qx_context *ctx, pa_token_range m)
{
	uint32_t	next = m.first + m.count;

	if (!(qx_sentence_initial(ctx, m.first) || qx_is_word(ctx, m.first - 1, "and") ||
		  qx_is_word(ctx, m.first - 1, "but")) || next >= ctx->ntok)
		return 0;
	return (ctx->tags[next] & (QW_AUX | QW_CUE | QW_VERB)) != 0 ||
		(ctx->tok[next].kind == PA_TOK_WORD && (ctx->tok[next].flags & PA_TF_LOWER) && qx_classes(ctx, next) == 0);
}

/* Whether mention m is a possessor (Castro's point man): not what a pronoun refers to. */
static int
possessor(const qx_context *ctx, pa_token_range m)
{
	uint32_t	next = m.first + m.count;

	return next < ctx->ntok && qx_is_possessive(ctx, next);
}

/*
 * The fullest form of the nearest person agreeing with gender g, named
 * before token i outside quotations and not as a possessor.
 */
static pa_token_range
nearest_person(const qx_context *ctx, uint32_t i, char g, int strict, uint32_t *at)
{
	size_t		lo = qx_first_entity_from(ctx, i);
	pa_token_range none = {0, 0};

	for (size_t e = lo; e-- > 0 && lo - e <= MAX_PRONOUN_LOOKBACK;)
	{
		const pa_quote_entity *ent = &ctx->entities[e];

		if (ent->type == PA_ENTITY_PERSON && qx_free(ctx, ent->mention.first) &&
			!possessor(ctx, ent->mention) && (agrees(ctx, ent->canonical, g, strict) || agrees(ctx, ent->mention, g, strict) ||
			 (strict == AGREE_KNOWN_OR_SUBJECT && agrees(ctx, ent->canonical, g, 0) &&
			  clause_subject(ctx, ent->mention))))
		{
			*at = ent->mention.first;
			return ent->canonical;
		}
	}
	return none;
}

/* The nearest name of a group before token i outside quotations (Cuban Americans), for they. */
static pa_token_range
nearest_group(const qx_context *ctx, uint32_t i)
{
	pa_token_range none = {0, 0};
	size_t		lo = qx_first_entity_from(ctx, i);

	for (size_t e = lo; e-- > 0 && lo - e <= MAX_PRONOUN_LOOKBACK;)
	{
		const pa_quote_entity *ent = &ctx->entities[e];
		const pa_token *t = &ctx->tok[ent->mention.first + ent->mention.count - 1];

		if (qx_free(ctx, ent->mention.first) && ent->type != PA_ENTITY_LOC && t->end - t->start > 3 &&
			ctx->doc->text[t->end - 1] == 's')
			return ent->canonical;
	}
	return none;
}

/*
 * The person a singular pronoun at token i refers to: the latest speaker,
 * unless its gender disagrees or, since it and before the pronoun's
 * sentence, the document named a person of known agreeing gender or a
 * clause subject not known to disagree (then that one).  With no such
 * speaker: the nearest person named before whose gender is known to agree,
 * else the nearest one not known to disagree.
 */
static pa_token_range
pronoun_referent(const qx_context *ctx, uint32_t i, const speaker_memory *memory)
{
	char		g = qx_pronoun_gender(ctx, i);
	uint32_t	sentence_start = ctx->doc->segments.sentences[ctx->sentence_of[i]].first_token;
	uint32_t	at = 0;
	pa_token_range r = nearest_person(ctx, sentence_start, g, AGREE_KNOWN, &at);

	if (memory->person.count == 0 || !agrees(ctx, memory->person, g, AGREE_ANY))
		return r.count > 0 ? r : nearest_person(ctx, i, g, AGREE_ANY, &at);
	if (r.count > 0 && at > memory->person_at)
		return r;
	r = nearest_person(ctx, sentence_start, g, AGREE_KNOWN_OR_SUBJECT, &at);
	return r.count > 0 && at > memory->person_at ? r : memory->person;
}

/* Fills the canonical speaker of items[n] and updates memory. */
static void
resolve(const qx_context *ctx, pa_quote *items, size_t n, speaker_memory *memory)
{
	pa_quote   *item = &items[n];
	int			person = 0;

	if (item->speaker.count == 0)
	{
		if (item->kind != PA_QUOTE_INDIRECT && item->cue.count == 0 && memory->quote != NULL &&
			memory->quote->paragraph + 1 >= item->paragraph)
			item->canonical = memory->quote->canonical;
	}
	else if (pronoun_speaker(ctx, item))
	{
		person = qx_pronoun_gender(ctx, item->speaker.first) != 0;
		item->canonical = person ? pronoun_referent(ctx, item->speaker.first, memory) :
			memory->any.count > 0 ? memory->any : nearest_group(ctx, item->speaker.first);
	}
	else
	{
		uint32_t	head = item->speaker.first + item->speaker.count - 1;

		item->canonical = canonical_of(ctx, item->speaker, &person);
		/* Cuba predicted -> the Cuban government; else a description's referent */
		if (!person && !qx_government_referent(ctx, item->speaker, &item->canonical) &&
			ctx->entity_of[head] < 0)
		{
			if (qx_description_referent(ctx, item->speaker, items, n, &item->canonical))
				person = ctx->entity_of[item->canonical.first + item->canonical.count - 1] >= 0;
			else if ((ctx->tags[head] & QW_TITLE) && qx_is_word(ctx, item->speaker.first, "the") &&
					 memory->person.count > 0)
			{
				item->canonical = memory->person;	/* Castro said ... The Cuban leader said */
				person = 1;
			}
		}
	}
	if (item->canonical.count > 0)
	{
		memory->any = item->canonical;
		if (person)
		{
			memory->person = item->canonical;
			memory->person_at = item->speaker.first;
		}
	}
	if (item->kind != PA_QUOTE_INDIRECT)
		memory->quote = item;
}

/* Writes to sentence_of the index of each token's sentence. */
static void
number_sentences(const pa_segmentation *seg, uint32_t *sentence_of)
{
	for (size_t s = 0; s < seg->sentence_count; s++)
	{
		uint32_t	first = seg->sentences[s].first_token;
		uint32_t	end = first + seg->sentences[s].token_count;

		for (uint32_t i = first; i < end; i++)
			sentence_of[i] = (uint32_t) s;
	}
}

/* Fills the per-token tables of ctx. */
static pa_status
prepare(qx_context *ctx, const pa_document *doc, pa_arena *arena)
{
	const pa_segmentation *seg = &doc->segments;

	memset(ctx, 0, sizeof(*ctx));
	ctx->doc = doc;
	ctx->tok = doc->tokens.tokens;
	ctx->ntok = (uint32_t) doc->tokens.count;
	ctx->arena = arena;
	ctx->tags = pa_arena_alloc_array(arena, ctx->ntok + 1, sizeof(uint32_t));
	ctx->sentence_of = pa_arena_alloc_array(arena, ctx->ntok + 1, sizeof(uint32_t));
	ctx->span_of = pa_arena_alloc_array(arena, ctx->ntok + 1, sizeof(uint32_t));
	if (ctx->tags == NULL || ctx->sentence_of == NULL || ctx->span_of == NULL)
		return PA_ERR_NOMEM;
	memset(ctx->span_of, 0xff, (ctx->ntok + 1) * sizeof(uint32_t));
	number_sentences(seg, ctx->sentence_of);
	qx_tag_words(ctx);
	return PA_OK;
}

/* See quotes.h. */
pa_status
pa_quotes_extract(const pa_document *doc, const pa_quote_entity *entities, size_t entity_count,
				  pa_arena *arena, const pa_progress *progress, pa_quote_list *out)
{
	qx_context	ctx;
	pa_quote   *marked,
			   *reported;
	size_t		nmarked = 0,
				nreported = 0,
				a = 0,
				b = 0;
	speaker_memory memory = {{0, 0}, 0, {0, 0}, NULL};
	pa_status	status;

	out->items = NULL;
	out->count = 0;
	if (doc->tokens.count == 0)
		return PA_OK;
	if ((status = prepare(&ctx, doc, arena)) != PA_OK ||
		(status = qx_pair_marks(&ctx, progress)) != PA_OK)
		return status;
	ctx.entities = entities;
	ctx.entity_count = entity_count;
	if (entities == NULL && (status = qx_find_names(&ctx)) != PA_OK)
		return status;
	if (entities != NULL && entity_count > 0 && entities[0].canonical.count == 0 &&
		(status = qx_link_entities(&ctx)) != PA_OK)
		return status;
	if ((status = qx_index_entities(&ctx)) != PA_OK)
		return status;

	marked = pa_arena_alloc_array(arena, ctx.span_count + 1, sizeof(pa_quote));
	reported = pa_arena_alloc_array(arena, 2 * doc->segments.sentence_count + 1, sizeof(pa_quote));
	out->items = pa_arena_alloc_array(arena, ctx.span_count + 2 * doc->segments.sentence_count + 1,
									  sizeof(pa_quote));
	if (marked == NULL || reported == NULL || out->items == NULL)
		return PA_ERR_NOMEM;
	for (size_t k = 0; k < ctx.span_count; k++)
		nmarked += read_span(&ctx, &ctx.spans[k], &marked[nmarked]);
	for (size_t s = 0; s < doc->segments.sentence_count; s++)
	{
		if (progress != NULL && progress->tick != NULL && (s & 255) == 0 && progress->tick(progress->ctx))
			return PA_CANCELLED;
		nreported += qx_indirect_in_sentence(&ctx, (uint32_t) s, &reported[nreported]);
	}
	/* merge both lists in text order, resolving speakers on the way */
	while (a < nmarked || b < nreported)
	{
		pa_quote   *item = &out->items[out->count++];

		if (b >= nreported || (a < nmarked && marked[a].quote.first < reported[b].quote.first))
			*item = marked[a++];
		else
			*item = reported[b++];
		resolve(&ctx, out->items, out->count - 1, &memory);
		if (progress != NULL && progress->tick != NULL && (out->count & 255) == 0 &&
			progress->tick(progress->ctx))
			return PA_CANCELLED;
	}
	return PA_OK;
}

/* See quotes.h. */
const char *
pa_quote_kind_name(pa_quote_kind kind)
{
	switch (kind)
	{
		case PA_QUOTE_DIRECT:
			return "direct";
		case PA_QUOTE_PARTIAL:
			return "partial";
		case PA_QUOTE_INDIRECT:
			return "indirect";
	}
	return "direct";
}
