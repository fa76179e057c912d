/*
 * quotes_attrib.c: the cue and the speaker around a stretch of text.
 *
 * A cue is a reporting verb outside quotations (said, added, chanting), the
 * verb tell with its addressee (told reporters, told a news conference), or
 * a fixed phrase (according to, quoted as saying).  Its speaker is found
 *   - before it: the name, pronoun or description that ends right before the
 *     cue and its auxiliaries (Meissner has said, the lawyers for X said),
 *     with the titles and role words in front of a name as the role
 *     (Interior Ministry deputy spokeswoman Ana Ruiz said);
 *   - across an appositive (Spencer Eig, an attorney for the family, said),
 *     or a relative pronoun (Cuban-Americans, who said);
 *   - after it, inverted (said Roger Bernstein, representing ...);
 *   - for a participle or a second verb (..., warning against; ... and said),
 *     the subject of the sentence.
 */
#include "quotes_internal.h"

#define MAX_ADDRESSEE 6
#define MAX_DESCRIPTION 10
#define MAX_ROLE 7
#define MAX_APPOSITIVE 14
#define MAX_CANDIDATES 8

/* Whether token i is a word or a number. */
static int
wordlike(const qx_context *ctx, uint32_t i)
{
	return ctx->tok[i].kind == PA_TOK_WORD || ctx->tok[i].kind == PA_TOK_NUMBER;
}

/* Whether word i is an object that ends an addressee: reporters, him, them. */
static int
object_word(const qx_context *ctx, uint32_t i)
{
	return qx_is_word(ctx, i, "reporters") || qx_is_word(ctx, i, "journalists") ||
		qx_is_word(ctx, i, "him") || qx_is_word(ctx, i, "them") || qx_is_word(ctx, i, "us") ||
		qx_is_word(ctx, i, "me");
}

/* The addressee of tell at i: told [a news conference]; returns the tokens taken. */
static uint32_t
addressee_length(const qx_context *ctx, uint32_t i, uint32_t limit)
{
	uint32_t	n = 0;

	for (uint32_t j = i + 1; j < limit && n < MAX_ADDRESSEE && qx_free(ctx, j) && wordlike(ctx, j); j++)
	{
		uint16_t	tg = ctx->tags[j];

		if (qx_is_word(ctx, j, "that") || (tg & (QW_PREP | QW_TIME | QW_PRONOUN | QW_CUE | QW_AUX)))
			break;
		if ((tg & QW_BOUNDARY) && !(qx_is_word(ctx, j, "and") && j + 1 < limit && qx_is_capitalised(ctx, j + 1)))
			break;
		if (n > 0 && (tg & QW_DET))
			break;				/* a new noun phrase: the reported clause begins */
		n++;
		if (object_word(ctx, j))
			break;
		if (qx_is_capitalised(ctx, j) && !(tg & QW_DET) && j + 1 < limit && !qx_is_capitalised(ctx, j + 1) &&
			!(ctx->tags[j + 1] & QW_NAME_LINK))
			break;				/* told The Associated Press */
	}
	return n;
}

/* See quotes_internal.h. */
int
qx_cue_at(const qx_context *ctx, uint32_t i, uint32_t limit, pa_token_range *cue)
{
	if (i >= limit || !qx_free(ctx, i) || ctx->tok[i].kind != PA_TOK_WORD)
		return 0;
	if (!(ctx->tok[i].flags & PA_TF_LOWER) && !qx_sentence_initial(ctx, i))
		return 0;
	cue->first = i;
	if (qx_is_word(ctx, i, "according"))
	{
		cue->count = 2;
		return i + 1 < limit && qx_is_word(ctx, i + 1, "to");
	}
	if (qx_is_word(ctx, i, "quoted"))
	{
		cue->count = 3;
		return i + 2 < limit && qx_is_word(ctx, i + 1, "as") && qx_is_word(ctx, i + 2, "saying");
	}
	if (!(ctx->tags[i] & QW_CUE))
		return 0;
	cue->count = 1;
	if (ctx->tags[i] & QW_TELL)
		cue->count += addressee_length(ctx, i, limit);
	return 1;
}

/* Sets out->role to the titles and role words right before a name at first. */
static void
role_before(const qx_context *ctx, uint32_t first, uint32_t from, qx_attribution *out)
{
	uint32_t	k = first;

	if (k == from || !qx_free(ctx, k - 1) || !(ctx->tags[k - 1] & QW_TITLE))
		return;
	while (k > from && first - k < MAX_ROLE && qx_free(ctx, k - 1) && wordlike(ctx, k - 1) &&
		   !(ctx->tags[k - 1] & (QW_DET | QW_BOUNDARY | QW_PREP | QW_CUE | QW_AUX | QW_PRONOUN | QW_TIME)))
		k--;
	out->role.first = k;
	out->role.count = first - k;
}

/* A description ending at j, walked back to its determiner: the lawyers for the family. */
static pa_token_range
description_before(const qx_context *ctx, uint32_t j, uint32_t from)
{
	uint32_t	k = j + 1;
	pa_token_range r;

	while (k > from && j + 1 - k < MAX_DESCRIPTION && qx_free(ctx, k - 1) && wordlike(ctx, k - 1))
	{
		uint16_t	tg = ctx->tags[k - 1];

		if ((tg & (QW_AUX | QW_PRONOUN)) || ((tg & QW_CUE) && (ctx->tok[k - 1].flags & PA_TF_LOWER)) ||
			((tg & QW_BOUNDARY) && !qx_is_word(ctx, k - 1, "and")))
			break;
		k--;
		if ((tg & QW_DET) && !(k > from && (ctx->tags[k - 1] & (QW_PREP | QW_NAME_LINK)) &&
							   (ctx->tok[k - 1].flags & PA_TF_LOWER)))
			break;				/* the determiner of the whole phrase, not of a prepositional object */
	}
	if (j + 1 - k >= MAX_DESCRIPTION)
		k = j;					/* no clear start: keep the head word */
	while (k < j && (ctx->tags[k] & (QW_PREP | QW_NAME_LINK)) && !(ctx->tags[k] & QW_DET))
		k++;
	r.first = k;
	r.count = j + 1 - k;
	return r;
}

/* The speaker noun phrase ending at token j; 0 when j cannot end one. */
static int
speaker_before(const qx_context *ctx, uint32_t j, uint32_t from, qx_attribution *out)
{
	uint16_t	tg = ctx->tags[j];
	int32_t		e = ctx->entity_of[j];

	if (!qx_free(ctx, j) || !wordlike(ctx, j) || (tg & (QW_BOUNDARY | QW_PREP | QW_TIME | QW_DET)))
		return 0;
	if (tg & QW_PRONOUN)
	{
		out->speaker.first = j;
		out->speaker.count = 1;
		return 1;
	}
	if (e >= 0 && !(ctx->entities[e].mention.first > from &&
					(ctx->tags[ctx->entities[e].mention.first - 1] & (QW_PREP | QW_NAME_LINK)) &&
					(ctx->tok[ctx->entities[e].mention.first - 1].flags & PA_TF_LOWER)))
	{
		/* a name, unless it ends a description: exiles in Miami */
		const pa_token_range *m = &ctx->entities[e].mention;

		out->speaker.first = m->first >= from ? m->first : from;
		out->speaker.count = j + 1 - out->speaker.first;
		role_before(ctx, out->speaker.first, from, out);
		return 1;
	}
	if ((tg & QW_CUE) && (ctx->tok[j].flags & PA_TF_LOWER))
		return 0;
	out->speaker = description_before(ctx, j, from);
	if (out->speaker.count > 1 && ctx->entity_of[out->speaker.first] >= 0)
		role_before(ctx, out->speaker.first, from, out);
	return 1;
}

/* Whether lowercase word k is a role word with a name after it: Cuban journalist Luis Baez. */
static int
role_word_before_name(const qx_context *ctx, uint32_t k, uint32_t to)
{
	if (!(ctx->tok[k].flags & PA_TF_LOWER) ||
		(ctx->tags[k] & (QW_DET | QW_BOUNDARY | QW_PREP | QW_CUE | QW_AUX | QW_PRONOUN | QW_NAME_LINK)))
		return 0;
	for (uint32_t n = k + 1; n < to && n <= k + 2 && qx_free(ctx, n) && ctx->tok[n].kind == PA_TOK_WORD; n++)
		if (ctx->entity_of[n] >= 0)
			return 1;
	return 0;
}

/* The speaker noun phrase starting at token j (said Ana Ruiz, said the spokesman). */
static int
speaker_after(const qx_context *ctx, uint32_t j, uint32_t to, qx_attribution *out)
{
	uint32_t	k = j;

	while (k < to && (ctx->tags[k] & QW_TIME) && qx_free(ctx, k))
		k++;					/* said Friday ... */
	j = k;
	if (j >= to || !qx_free(ctx, j) || !wordlike(ctx, j) ||
		(ctx->tags[j] & (QW_BOUNDARY | QW_PREP | QW_AUX | QW_CUE)))
		return 0;
	if (ctx->tags[j] & QW_PRONOUN)
	{
		out->speaker.first = j;
		out->speaker.count = 1;
		return 1;
	}
	if (qx_is_capitalised(ctx, j) || (ctx->tags[j] & QW_TITLE))
	{
		uint32_t	name_end = QX_NONE;

		while (k < to && qx_free(ctx, k) && ctx->tok[k].kind == PA_TOK_WORD &&
			   !(ctx->tags[k] & QW_TIME) &&
			   (qx_is_capitalised(ctx, k) || (ctx->tags[k] & QW_TITLE) ||
				((ctx->tags[k] & QW_NAME_LINK) && k + 1 < to && qx_is_capitalised(ctx, k + 1)) ||
				role_word_before_name(ctx, k, to)))
		{
			if (ctx->entity_of[k] >= 0)
				name_end = k;
			k++;
		}
		if (k == j)
			return 0;
		if (name_end != QX_NONE)
		{
			const pa_token_range *m = &ctx->entities[ctx->entity_of[name_end]].mention;

			out->speaker.first = m->first > j ? m->first : j;
			out->speaker.count = name_end + 1 - out->speaker.first;
		}
		else
		{
			out->speaker.first = j;
			out->speaker.count = k - j;
		}
		if (out->speaker.first > j)
		{
			out->role.first = j;
			out->role.count = out->speaker.first - j;
		}
		return 1;
	}
	while (k < to && k - j < MAX_DESCRIPTION && qx_free(ctx, k) && wordlike(ctx, k) &&
		   !(ctx->tags[k] & (QW_BOUNDARY | QW_AUX | QW_PRONOUN | QW_TIME)) &&
		   !((ctx->tags[k] & QW_CUE) && k > j))
		k++;
	out->speaker.first = j;
	out->speaker.count = k - j;
	return k > j + 1 || (k == j + 1 && !(ctx->tags[j] & QW_DET));
}

/* Sets a role from an appositive after the speaker: said Wayne Smith, a former adviser. */
static void
appositive_after(const qx_context *ctx, uint32_t to, qx_attribution *out)
{
	uint32_t	k = out->speaker.first + out->speaker.count;
	uint32_t	end;

	if (out->role.count > 0 || k + 1 >= to || !qx_is_comma(ctx, k) || !qx_free(ctx, k + 1) ||
		!(ctx->tags[k + 1] & (QW_DET | QW_TITLE)))
		return;
	for (end = k + 1; end < to && end - k <= MAX_APPOSITIVE && qx_free(ctx, end) &&
		 !qx_is_comma(ctx, end) && !qx_is_stop(ctx, end); end++)
		;
	out->role.first = k + 1;
	out->role.count = end - (k + 1);
}

/* The subject at the start of the sentence holding token i, after connectives and an opening phrase. */
static int
sentence_subject(const qx_context *ctx, uint32_t i, uint32_t to, qx_attribution *out)
{
	const pa_sentence *s = &ctx->doc->segments.sentences[ctx->sentence_of[i]];
	uint32_t	j = s->first_token;

	while (j < i && ((ctx->tags[j] & QW_CONNECTIVE) || qx_is_comma(ctx, j)))
		j++;
	if (j < i && (ctx->tags[j] & QW_PREP))
	{
		uint32_t	k = j;

		while (k < i && k - j < 8 && !qx_is_comma(ctx, k))
			k++;
		if (k < i && qx_is_comma(ctx, k))
			j = k + 1;
	}
	return j < i && speaker_after(ctx, j, to, out);
}

/* The speaker before a cue whose previous token is a comma: Eig, an attorney, said. */
static int
across_appositive(const qx_context *ctx, uint32_t comma, uint32_t from, qx_attribution *out)
{
	uint32_t	k = comma;

	while (k > from && comma - k < MAX_APPOSITIVE && qx_free(ctx, k - 1) && !qx_is_comma(ctx, k - 1) &&
		   !qx_is_stop(ctx, k - 1))
		k--;
	if (k == from || k == comma || !qx_is_comma(ctx, k - 1) || k - 1 == from)
		return 0;
	if (ctx->entity_of[k] >= 0 && ctx->entities[ctx->entity_of[k]].mention.first == k &&
		ctx->entities[ctx->entity_of[k]].mention.first + ctx->entities[ctx->entity_of[k]].mention.count == comma)
	{
		/* a name in apposition: the father's lawyer, Gregory Craig, said */
		out->speaker.first = k;
		out->speaker.count = comma - k;
		out->role = description_before(ctx, k - 2, from);
		return 1;
	}
	if (!(ctx->tags[k] & (QW_DET | QW_TITLE)))
		return 0;
	if (!speaker_before(ctx, k - 2, from, out))
		return 0;
	if (ctx->entity_of[k - 2] < 0 && !(ctx->tags[k - 2] & QW_PRONOUN))
	{
		out->speaker.count = 0;
		return 0;
	}
	out->role.first = k;
	out->role.count = comma - k;
	return 1;
}

/* See quotes_internal.h. */
int
qx_speaker_of_cue(const qx_context *ctx, pa_token_range cue, uint32_t from, uint32_t to,
				  qx_attribution *out)
{
	uint32_t	b = cue.first;
	uint32_t	after = cue.first + cue.count;

	out->cue = cue;
	out->speaker.first = out->role.first = 0;
	out->speaker.count = out->role.count = 0;
	out->inverted = 0;
	if (cue.count >= 2 && qx_is_word(ctx, cue.first, "according"))
	{
		out->inverted = speaker_after(ctx, after, to, out);
		appositive_after(ctx, to, out);
		return out->inverted;
	}
	while (b > from && qx_free(ctx, b - 1) && (ctx->tags[b - 1] & QW_AUX))
		b--;
	if (b > from && qx_free(ctx, b - 1))
	{
		uint32_t	j = b - 1;

		if (qx_is_word(ctx, j, "who") && j > from)
			return speaker_before(ctx, qx_is_comma(ctx, j - 1) && j - 1 > from ? j - 2 : j - 1, from, out);
		if (qx_is_word(ctx, j, "and") ||
			(qx_is_comma(ctx, j) && ctx->doc->text[ctx->tok[cue.first].end - 1] == 'g'))
			return sentence_subject(ctx, cue.first, cue.first, out);
		if (speaker_before(ctx, j, from, out))
			return 1;
		if (qx_is_comma(ctx, j) && across_appositive(ctx, j, from, out))
			return 1;
	}
	if (speaker_after(ctx, after, to, out))
	{
		out->inverted = 1;
		appositive_after(ctx, to, out);
		return 1;
	}
	return 0;
}

/* See quotes_internal.h. */
int
qx_attribution_in(const qx_context *ctx, uint32_t from, uint32_t to, uint32_t anchor,
				  qx_attribution *out)
{
	pa_token_range found[MAX_CANDIDATES];
	size_t		n = 0;
	int			tried[MAX_CANDIDATES] = {0};

	for (uint32_t i = from; i < to && n < MAX_CANDIDATES; i++)
	{
		pa_token_range cue;

		if (qx_cue_at(ctx, i, to, &cue))
		{
			found[n++] = cue;
			i = cue.first + cue.count - 1;
		}
	}
	/* nearest cue to the anchor first; the first with a speaker wins */
	for (size_t round = 0; round < n; round++)
	{
		size_t		best = SIZE_MAX;
		uint32_t	best_distance = UINT32_MAX;

		for (size_t c = 0; c < n; c++)
		{
			uint32_t	d = found[c].first > anchor ? found[c].first - anchor : anchor - found[c].first;

			if (!tried[c] && d < best_distance)
			{
				best = c;
				best_distance = d;
			}
		}
		tried[best] = 1;
		if (qx_speaker_of_cue(ctx, found[best], from, to, out))
			return 1;
	}
	return 0;
}
