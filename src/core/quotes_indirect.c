/*
 * quotes_indirect.c: reported speech without quote marks.
 *
 * In a sentence with a reporting verb that takes a clause, the reported
 * clause is
 *   - what follows the cue: X said (that) CLAUSE, X told reporters CLAUSE,
 *     according to X, CLAUSE;
 *   - what precedes it when the attribution is postposed: CLAUSE, X said;
 *   - both pieces when the attribution interrupts it: A, X said, B.
 * Verbs that mostly take a noun phrase (announced, denied, demanded) count
 * only with that, whether or if.  Clauses holding quoted words are left to
 * their partial quotes, infinitives (vowed to ...) are not reports, and only
 * the first report of a sentence counts (nested reports are part of it).
 */
#include "quotes_internal.h"

#define MAX_ADJUNCT 7

/* Whether token j is an adverb of time or manner after a cue: later, again, repeatedly. */
static int
adverb_after_cue(const qx_context *ctx, uint32_t j)
{
	const pa_token *t = &ctx->tok[j];

	if (!(ctx->tags[j] & QW_AUX))
		return 0;
	return qx_is_word(ctx, j, "later") || qx_is_word(ctx, j, "again") || qx_is_word(ctx, j, "earlier") ||
		(t->end - t->start > 3 && ctx->doc->text[t->end - 2] == 'l' && ctx->doc->text[t->end - 1] == 'y');
}

/* Skips adjuncts after a cue (Friday, later, in a statement, on Wednesday); *prep tells whether one was a phrase. */
static uint32_t
skip_adjuncts(const qx_context *ctx, uint32_t j, uint32_t end, int *prep)
{
	while (j < end && qx_free(ctx, j))
	{
		if ((ctx->tags[j] & QW_TIME) || adverb_after_cue(ctx, j))
			j++;
		else if (ctx->tags[j] & QW_PREP)
		{
			uint32_t	k = j + 1;

			while (k < end && k - j < MAX_ADJUNCT && qx_free(ctx, k) &&
				   (ctx->tok[k].kind == PA_TOK_WORD || ctx->tok[k].kind == PA_TOK_NUMBER) &&
				   !qx_is_word(ctx, k, "that") && !(ctx->tags[k] & (QW_CUE | QW_PRONOUN)))
				k++;
			j = k;
			*prep = 1;
		}
		else
			break;
	}
	return j;
}

/* Skips connectives that stand outside a clause: But, Meantime, In addition. */
static uint32_t
skip_connectives(const qx_context *ctx, uint32_t a, uint32_t end)
{
	for (;;)
	{
		if (a < end && (ctx->tags[a] & QW_CONNECTIVE))
			a++;
		else if (a + 1 < end && qx_is_word(ctx, a, "in") && qx_is_word(ctx, a + 1, "addition"))
			a += 2;
		else if (a < end && qx_is_comma(ctx, a))
			a++;
		else
			return a;
	}
}

/* Writes a reported clause [a, b) as an indirect item; returns 1 when it is one. */
static size_t
emit(const qx_context *ctx, uint32_t a, uint32_t b, const qx_attribution *att, uint32_t s,
	 pa_quote *item)
{
	while (b > a && (qx_is_comma(ctx, b - 1) || qx_is_stop(ctx, b - 1) ||
					 ctx->tok[b - 1].kind == PA_TOK_DASH))
		b--;
	if (b <= a || !qx_free_range(ctx, a, b))
		return 0;
	item->quote.first = a;
	item->quote.count = b - a;
	item->speaker = att->speaker;
	item->canonical.first = item->canonical.count = 0;
	item->role = att->role;
	item->cue = att->cue;
	item->sentence = s;
	item->paragraph = ctx->doc->segments.sentences[s].paragraph;
	item->kind = PA_QUOTE_INDIRECT;
	return 1;
}

/* The first token of an attribution: its speaker and role when they stand right before the cue. */
static uint32_t
attribution_start(const qx_context *ctx, const qx_attribution *att)
{
	uint32_t	lo = att->cue.first;
	uint32_t	sp_end = att->speaker.first + att->speaker.count;

	while (lo > 0 && (ctx->tags[lo - 1] & QW_AUX) && qx_free(ctx, lo - 1))
		lo--;
	if (att->inverted || att->speaker.count == 0)
		return lo;
	if (sp_end == lo || (att->role.count > 0 && att->role.first + att->role.count + 1 == lo))
		lo = att->speaker.first;
	if (att->role.count > 0 && (att->role.first + att->role.count == att->speaker.first ||
								(att->role.first + att->role.count + 1 == att->speaker.first &&
								 qx_is_comma(ctx, att->speaker.first - 1))))
		lo = att->role.first;
	return lo;
}

/* The token after an attribution: past the cue, an inverted speaker and its role. */
static uint32_t
attribution_end(const qx_attribution *att)
{
	uint32_t	hi = att->cue.first + att->cue.count;

	if (att->inverted)
	{
		if (att->speaker.first + att->speaker.count > hi)
			hi = att->speaker.first + att->speaker.count;
		if (att->role.count > 0 && att->role.first + att->role.count > hi)
			hi = att->role.first + att->role.count;
	}
	return hi;
}

/* Where a reported clause from a ends: before ", and" or ", but" that opens another report. */
static uint32_t
coordinated_report(const qx_context *ctx, uint32_t a, uint32_t end)
{
	uint32_t	last_cue = end;
	pa_token_range cue;

	/* the last cue of the sentence, found once: a ", and" before it opens another report */
	while (last_cue > a + 2 && !qx_cue_at(ctx, last_cue - 1, end, &cue))
		last_cue--;
	for (uint32_t i = a + 1; i + 2 < last_cue; i++)
		if (qx_is_comma(ctx, i) && (qx_is_word(ctx, i + 1, "and") || qx_is_word(ctx, i + 1, "but")))
			return i;
	return end;
}

/* The reported clauses around one attribution in sentence s (tokens [a, end)). */
static size_t
report(const qx_context *ctx, uint32_t s, uint32_t a, uint32_t end, const qx_attribution *att,
	   pa_quote *items, uint32_t *clause_end)
{
	uint32_t	lo = attribution_start(ctx, att);
	int			according = att->cue.count >= 2 && qx_is_word(ctx, att->cue.first, "according");
	int			prep = 0;
	uint32_t	hi = skip_adjuncts(ctx, attribution_end(att), end, &prep);
	size_t		n = 0;

	if (lo > a + 1 && qx_is_comma(ctx, lo - 1) && (hi >= end || qx_is_comma(ctx, hi)))
	{
		/* CLAUSE, X said [, CLAUSE] */
		uint32_t	start = skip_connectives(ctx, a, lo - 1);

		if (lo - 1 > start + 1)
			n += emit(ctx, start, lo - 1, att, s, &items[n]);
		if (hi + 1 < end && qx_is_comma(ctx, hi))
		{
			uint32_t	b = hi + 1;

			if (qx_is_word(ctx, b, "that"))
				b++;
			n += emit(ctx, b, end, att, s, &items[n]);
		}
		return n;
	}
	if (att->inverted && !according && !qx_is_word(ctx, hi, "that"))
		return 0;
	if (hi < end && qx_is_comma(ctx, hi) && according)
		hi++;					/* according to X, CLAUSE */
	else if (hi < end && qx_is_word(ctx, hi, "that"))
		hi++;
	else if (prep || (!(ctx->tags[att->cue.first] & QW_CLAUSE) && att->cue.count < 3 &&
					  !qx_is_word(ctx, hi, "whether") && !qx_is_word(ctx, hi, "if")))
		return 0;
	if (hi >= end || qx_is_word(ctx, hi, "to") || !qx_free(ctx, hi) ||
		(ctx->tok[hi].kind != PA_TOK_WORD && ctx->tok[hi].kind != PA_TOK_NUMBER))
		return 0;
	*clause_end = coordinated_report(ctx, hi, end);
	return emit(ctx, hi, *clause_end, att, s, &items[0]);
}

/* The last quoted token of [a, end), or QX_NONE. */
static uint32_t
last_quoted_token(const qx_context *ctx, uint32_t a, uint32_t end)
{
	for (uint32_t k = end; k > a; k--)
		if (!qx_free(ctx, k - 1))
			return k - 1;
	return QX_NONE;
}

/* See quotes_internal.h. */
size_t
qx_indirect_in_sentence(const qx_context *ctx, uint32_t s, pa_quote *items)
{
	const pa_sentence *sentence = &ctx->doc->segments.sentences[s];
	uint32_t	a = sentence->first_token;
	uint32_t	end = a + sentence->token_count;
	size_t		n = 0;
	uint32_t	last_marked = QX_NONE;
	int			last_marked_known = 0;	/* found when a cue first needs it */

	while (end > a && (qx_is_stop(ctx, end - 1) || ctx->tok[end - 1].kind == PA_TOK_QUOTE))
		end--;
	/* only a cue that takes a clause, or a cue phrase, may start a report */
	for (uint32_t i = qx_next_tagged(ctx, a, end, QW_CLAUSE | QW_THAT | QW_PHRASE); i < end;
		 i = qx_next_tagged(ctx, i + 1, end, QW_CLAUSE | QW_THAT | QW_PHRASE))
	{
		pa_token_range cue;
		qx_attribution att;
		uint32_t	clause_end = end;
		size_t		found;

		if (!(ctx->tags[i] & (QW_CLAUSE | QW_THAT)) && !qx_cue_phrase_start(ctx, i))
			continue;			/* a phrase word that opens no cue phrase: according. */
		if (!qx_cue_at(ctx, i, end, &cue))
			continue;
		if (qx_speaker_of_cue(ctx, cue, a, end, &att) &&
			(found = report(ctx, s, a, end, &att, &items[n], &clause_end)) > 0)
		{
			n += found;
			if (clause_end == end || n >= 2)
				return n;
			a = clause_end + 2;	/* after ", and": the next report */
			i = clause_end + 1;
			continue;
		}
		if (!last_marked_known)
		{
			last_marked = last_quoted_token(ctx, sentence->first_token, end);
			last_marked_known = 1;
		}
		if (last_marked != QX_NONE && last_marked >= cue.first + cue.count)
			return n;			/* the report holds quoted words: its partial quotes stand for it */
		i = cue.first + cue.count - 1;
	}
	return n;
}
