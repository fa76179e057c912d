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

#include <string.h>

#define MAX_ADDRESSEE 6
#define MAX_DESCRIPTION 10
#define MAX_ROLE 7
#define MAX_APPOSITIVE 14
#define MAX_CANDIDATES 8
#define MAX_RELATIVE_CLAUSE 4

/* Whether token i is a word or a number. */
static int
wordlike(const qx_context *ctx, uint32_t i)
{
	return ctx->tok[i].kind == PA_TOK_WORD || ctx->tok[i].kind == PA_TOK_NUMBER;
}

static int	speaker_before(const qx_context *ctx, uint32_t j, uint32_t from, qx_attribution *out);
static int	past_verb(const qx_context *ctx, uint32_t k);

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
		uint32_t	tg = ctx->tags[j];

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
qx_cue_at_tagged(const qx_context *ctx, uint32_t i, uint32_t limit, pa_token_range *cue)
{
	if (i >= limit || (!(ctx->tags[i] & QW_CUE) && !qx_cue_phrase_start(ctx, i)) || !qx_free(ctx, i) ||
		ctx->tok[i].kind != PA_TOK_WORD)
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
	if (ctx->doc->text[ctx->tok[i].end - 1] == 'g' && i >= 1 &&
		((ctx->tags[i - 1] & QW_DET) || (i >= 2 && (ctx->tags[i - 2] & QW_DET) &&
										 (ctx->tok[i - 1].flags & PA_TF_LOWER) && qx_classes(ctx, i - 1) == 0)))
		return 0;				/* the latest ruling: a noun */
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

/*
 * Whether the comma at c closes a region after a place in a prepositional
 * phrase: authorities in the Buffalo, N.Y., area.
 */
static int
region_after_place(const qx_context *ctx, uint32_t c, uint32_t from)
{
	uint32_t	p = c - 3;

	if (c < from + 5 || !qx_is_comma(ctx, c) || !qx_is_capitalised(ctx, c - 1) || !qx_is_comma(ctx, c - 2) ||
		!qx_is_capitalised(ctx, p) || !qx_free_range(ctx, p - 1, c) || c + 1 >= ctx->ntok ||
		ctx->tok[c + 1].kind != PA_TOK_WORD || !(ctx->tok[c + 1].flags & PA_TF_LOWER))
		return 0;
	if ((ctx->tags[p - 1] & QW_DET) && p - 1 > from)
		p--;
	return (ctx->tags[p - 1] & QW_PREP) && (ctx->tok[p - 1].flags & PA_TF_LOWER);
}

/* A description ending at j, walked back to its determiner: the lawyers for the family. */
static pa_token_range
description_before(const qx_context *ctx, uint32_t j, uint32_t from)
{
	uint32_t	k = j + 1;
	pa_token_range r;

	while (k > from && j + 1 - k < MAX_DESCRIPTION && qx_free(ctx, k - 1) &&
		   (wordlike(ctx, k - 1) || region_after_place(ctx, k - 1, from)))
	{
		uint32_t	tg;

		if (!wordlike(ctx, k - 1))
			k -= 3;				/* the Buffalo, N.Y., area */
		tg = ctx->tags[k - 1];

		if ((tg & (QW_AUX | QW_PRONOUN)) || ((tg & QW_CUE) && (ctx->tok[k - 1].flags & PA_TF_LOWER)) ||
			((tg & QW_BOUNDARY) && !qx_is_word(ctx, k - 1, "and")) || (k - 1 < j && past_verb(ctx, k - 1)))
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

/* The last token of a person named right before "of (the)" or "from" at a body's name starting at m, or QX_NONE. */
static uint32_t
person_before_body(const qx_context *ctx, uint32_t m, uint32_t from)
{
	uint32_t	p = m;
	int32_t		e;

	if (p > from && qx_is_word(ctx, p - 1, "the"))
		p--;
	if (p <= from + 1 || !(qx_is_word(ctx, p - 1, "of") || qx_is_word(ctx, p - 1, "from")) ||
		!qx_free(ctx, p - 2))
		return QX_NONE;
	e = ctx->entity_of[p - 2];
	return e >= 0 && ctx->entities[e].type == PA_ENTITY_PERSON ? p - 2 : QX_NONE;
}

/* Whether a body's name starting at m follows "NOUN of (the)": officials of the Immigration Service. */
static int
members_of_body(const qx_context *ctx, uint32_t m, uint32_t from)
{
	uint32_t	p = m;

	if (p > from && qx_is_word(ctx, p - 1, "the"))
		p--;
	return p > from + 1 && qx_is_word(ctx, p - 1, "of") && qx_free(ctx, p - 2) &&
		ctx->tok[p - 2].kind == PA_TOK_WORD && qx_classes(ctx, p - 2) == 0 &&
		((ctx->tok[p - 2].flags & PA_TF_LOWER) || qx_sentence_initial(ctx, p - 2));
}

/* The antecedent of the relative pronoun at token who: Cuban-Americans, who said; sources who spoke. */
static int
antecedent(const qx_context *ctx, uint32_t who, uint32_t from, qx_attribution *out)
{
	uint32_t	k = qx_is_comma(ctx, who - 1) && who - 1 > from ? who - 2 : who - 1;
	int32_t		e = ctx->entity_of[k];

	if (e >= 0 && qx_free(ctx, k))
	{
		const pa_token_range *m = &ctx->entities[e].mention;

		out->speaker.first = m->first >= from ? m->first : from;
		out->speaker.count = k + 1 - out->speaker.first;
		role_before(ctx, out->speaker.first, from, out);
		return 1;
	}
	return speaker_before(ctx, k, from, out);
}

/* The speaker noun phrase ending at token j; 0 when j cannot end one. */
static int
speaker_before(const qx_context *ctx, uint32_t j, uint32_t from, qx_attribution *out)
{
	uint32_t	tg = ctx->tags[j];
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
		uint32_t	owner = person_before_body(ctx, m->first, from);

		if (owner != QX_NONE)
			return speaker_before(ctx, owner, from, out);	/* Bishop Henry Mansell of the Archdiocese */
		if (members_of_body(ctx, m->first, from))
		{
			out->speaker = description_before(ctx, j, from);	/* officials of the Immigration Service */
			return 1;
		}

		out->speaker.first = m->first >= from ? m->first : from;
		out->speaker.count = j + 1 - out->speaker.first;
		role_before(ctx, out->speaker.first, from, out);
		return 1;
	}
	if ((tg & QW_CUE) && (ctx->tok[j].flags & PA_TF_LOWER))
		return 0;
	out->speaker = description_before(ctx, j, from);
	for (uint32_t k = out->speaker.first; k > from + 1 && out->speaker.first - k < MAX_RELATIVE_CLAUSE &&
		 qx_free(ctx, k - 1) && wordlike(ctx, k - 1); k--)
		if (qx_is_word(ctx, k - 1, "who"))
			return antecedent(ctx, k - 1, from, out);	/* sources who spoke on the condition ... said */
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

/* Whether word k is an adverb by its ending: Similarly, specifically (not family, assembly, supply, rally). */
static int
adverb(const qx_context *ctx, uint32_t k)
{
	const pa_token *t = &ctx->tok[k];
	const char *w = ctx->doc->text + t->start;
	size_t		len = t->end - t->start;

	if (t->kind != PA_TOK_WORD || len <= 4 || w[len - 2] != 'l' || w[len - 1] != 'y')
		return 0;
	if (len > 5 && memcmp(w + len - 4, "ally", 4) == 0)
		return 1;
	return w[len - 3] != 'i' && w[len - 3] != 'b' && w[len - 3] != 'p' && w[len - 3] != 'l';
}

/* Whether the name starting at j is a possessor: Elian's relatives (a description, not a name). */
static int
possessive_after_name(const qx_context *ctx, uint32_t j, uint32_t to)
{
	uint32_t	k = j;

	while (k < to && qx_is_capitalised(ctx, k) && ctx->entity_of[k] >= 0)
		k++;
	return k > j && k < to && qx_is_possessive(ctx, k);
}

/* Splits a name after a possessor name: Florida International's Fernandez -> Fernandez, role the rest. */
static int
name_after_possessor(const qx_context *ctx, uint32_t j, uint32_t to, qx_attribution *out)
{
	uint32_t	k = j;
	int32_t		e;

	while (k < to && qx_is_capitalised(ctx, k) && ctx->entity_of[k] >= 0)
		k++;
	if (k + 1 >= to || (e = ctx->entity_of[k + 1]) < 0 || ctx->entities[e].mention.first != k + 1 ||
		ctx->entities[e].type != PA_ENTITY_PERSON || !qx_free_range(ctx, j, k + 1 + ctx->entities[e].mention.count))
		return 0;
	out->speaker = ctx->entities[e].mention;
	out->role.first = j;
	out->role.count = k + 1 - j;
	return 1;
}

/* Whether lower-case word k after a noun reads as a past verb ending the subject: officials hardened. */
static int
past_verb(const qx_context *ctx, uint32_t k)
{
	const pa_token *t = &ctx->tok[k];
	size_t		len = t->end - t->start;
	const char *w = ctx->doc->text + t->start;

	/* the document's first token has no noun before it */
	return k > 0 && (t->flags & PA_TF_LOWER) &&
		((len > 4 && w[len - 2] == 'e' && w[len - 1] == 'd') || (ctx->tags[k] & QW_VERB)) &&
		!(ctx->tags[k - 1] & (QW_DET | QW_PREP | QW_NAME_LINK | QW_QUANT));
}

/* Whether token k ends a name in a prepositional phrase (in Miami): what follows it is the verb. */
static int
after_place(const qx_context *ctx, uint32_t k)
{
	int32_t		e = ctx->entity_of[k];
	uint32_t	m;

	if (e < 0)
		return 0;
	m = ctx->entities[e].mention.first;
	return m > 0 && m + ctx->entities[e].mention.count == k + 1 && (ctx->tags[m - 1] & QW_PREP) &&
		(ctx->tok[m - 1].flags & PA_TF_LOWER);
}

/* Splits a description ending in a name after a role noun: the party daily Granma -> Granma, role party daily. */
static void
name_after_role(const qx_context *ctx, qx_attribution *out)
{
	uint32_t	last = out->speaker.first + out->speaker.count - 1;
	int32_t		e = ctx->entity_of[last];
	uint32_t	m,
				r = out->speaker.first;

	if (e < 0 || (m = ctx->entities[e].mention.first) <= r || m + ctx->entities[e].mention.count != last + 1 ||
		!(ctx->tok[m - 1].flags & PA_TF_LOWER) || (ctx->tags[m - 1] & (QW_PREP | QW_NAME_LINK | QW_DET)) ||
		qx_is_word(ctx, m - 1, "to") ||
		qx_is_possessive(ctx, m - 1))
		return;
	while (r < m && (ctx->tags[r] & QW_DET))
		r++;
	out->role.first = r;
	out->role.count = m - r;
	out->speaker.first = m;
	out->speaker.count = last + 1 - m;
}

/* A description starting at token j: the spokesman, Elian's relatives in Miami. */
static int
description_after(const qx_context *ctx, uint32_t j, uint32_t to, qx_attribution *out)
{
	uint32_t	k = j;

	while (k < to && k - j < MAX_DESCRIPTION && qx_free(ctx, k) && wordlike(ctx, k) &&
		   (!(ctx->tags[k] & (QW_BOUNDARY | QW_AUX | QW_PRONOUN | QW_TIME | QW_CONNECTIVE)) ||
			(qx_is_word(ctx, k, "and") && k + 1 < to && (ctx->tags[k + 1] & QW_PREP))) &&
		   !((ctx->tags[k] & QW_CUE) && k > j) && !(k > j && past_verb(ctx, k)) &&
		   !(k > j && after_place(ctx, k - 1) && (ctx->tok[k].flags & PA_TF_LOWER) &&
			 !(ctx->tags[k] & (QW_PREP | QW_NAME_LINK))))
		k++;
	out->speaker.first = j;
	out->speaker.count = k - j;
	out->role.count = 0;
	name_after_role(ctx, out);
	return k > j + 1 || (k == j + 1 && !(ctx->tags[j] & QW_DET));
}

/* Whether lower-case word k, right after capitalised words, is a plural head noun: Miami relatives. */
static int
plural_noun(const qx_context *ctx, uint32_t k, uint32_t to)
{
	for (uint32_t m = k; m < to && m < k + 2 && qx_free(ctx, m) && ctx->tok[m].kind == PA_TOK_WORD &&
		 (ctx->tok[m].flags & PA_TF_LOWER) && !(qx_classes(ctx, m) & ~QW_ORG); m++)
	{
		const pa_token *t = &ctx->tok[m];
		const char *w = ctx->doc->text + t->start;
		size_t		len = t->end - t->start;

		if (len > 3 && w[len - 1] == 's' && w[len - 2] != 's' && w[len - 2] != '\'' &&
			!(ctx->tags[m] & QW_ORG))
			return 1;			/* relatives; government lawyers */
	}
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
	if (possessive_after_name(ctx, j, to) && name_after_possessor(ctx, j, to, out))
		return 1;
	if ((qx_is_capitalised(ctx, j) || (ctx->tags[j] & QW_TITLE)) && !(ctx->tags[j] & (QW_DET | QW_QUANT)) &&
		!possessive_after_name(ctx, j, to))
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
		if (plural_noun(ctx, k, to) || (name_end == QX_NONE && !(ctx->tags[j] & QW_TITLE)))
			return description_after(ctx, j, to, out);	/* Miami relatives, Lawyers for the family */
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
	return description_after(ctx, j, to, out);
}

/* See quotes_internal.h. */
void
qx_appositive_after(const qx_context *ctx, uint32_t to, qx_attribution *out)
{
	uint32_t	k = out->speaker.first + out->speaker.count;
	uint32_t	end;
	int			relative = 0;

	if (out->role.count > 0 || k + 1 >= to || !qx_is_comma(ctx, k) || !qx_free(ctx, k + 1) ||
		!(ctx->tags[k + 1] & (QW_DET | QW_TITLE)))
		return;
	for (end = k + 1; end < to && end - k <= MAX_APPOSITIVE && qx_free(ctx, end) &&
		 !qx_is_comma(ctx, end) && !qx_is_stop(ctx, end); end++)
	{
		if (ctx->tags[end] & QW_BOUNDARY)
			relative = 1;		/* a relative clause belongs to the appositive */
		else if (!relative && end > k + 1 &&
				 ((ctx->tags[end] & (QW_AUX | QW_VERB)) || past_verb(ctx, end) ||
				  ((ctx->tags[end] & QW_CUE) && (ctx->tok[end].flags & PA_TF_LOWER))))
			return;				/* a verb: According to X, the talks failed is a clause */
	}
	out->role.first = k + 1;
	out->role.count = end - (k + 1);
}

/* Makes a name in apposition after a description subject the speaker: the Czech minister, Jan Kavan, */
static void
name_in_apposition(const qx_context *ctx, uint32_t limit, qx_attribution *out)
{
	uint32_t	comma = out->speaker.first + out->speaker.count;
	int32_t		e;

	if (out->role.count > 0 || comma + 2 >= limit || !qx_is_comma(ctx, comma) ||
		(ctx->entity_of[out->speaker.first] >= 0 &&
		 ctx->entity_of[out->speaker.first] == ctx->entity_of[out->speaker.first + out->speaker.count - 1]) ||
		(e = ctx->entity_of[comma + 1]) < 0 || ctx->entities[e].type == PA_ENTITY_ORG ||
		ctx->entities[e].type == PA_ENTITY_LOC ||
		ctx->entities[e].mention.first != comma + 1)
		return;
	out->role = out->speaker;
	out->speaker = ctx->entities[e].mention;
}

/* The subject at the start of the sentence holding token i, after connectives and an opening phrase. */
static int
sentence_subject(const qx_context *ctx, uint32_t i, uint32_t to, qx_attribution *out)
{
	const pa_sentence *s = &ctx->doc->segments.sentences[ctx->sentence_of[i]];
	uint32_t	j = s->first_token;

	while (j < i && ((ctx->tags[j] & QW_CONNECTIVE) || qx_is_comma(ctx, j) ||
					 (j + 1 < i && qx_is_comma(ctx, j + 1) && adverb(ctx, j))))
		j++;
	if (j < i && (ctx->tags[j] & QW_PREP))
	{
		uint32_t	k = j;

		while (k < i && k - j < 8 && !qx_is_comma(ctx, k))
			k++;
		if (k < i && qx_is_comma(ctx, k))
			j = k + 1;
	}
	if (j >= i || !speaker_after(ctx, j, to, out))
		return 0;
	name_in_apposition(ctx, i, out);
	return 1;
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

/* Whether cue word i is a participle: saying, chanting. */
static int
participle(const qx_context *ctx, uint32_t i)
{
	const pa_token *t = &ctx->tok[i];

	return t->end - t->start > 4 && memcmp(ctx->doc->text + t->end - 3, "ing", 3) == 0;
}

/* Whether the cue at i is passive (was asked, being told): its subject is the addressee, not the speaker. */
static int
passive(const qx_context *ctx, uint32_t i)
{
	const pa_token *t = &ctx->tok[i];

	return i > 0 && qx_free(ctx, i - 1) &&
		(qx_is_word(ctx, i - 1, "being") || qx_is_word(ctx, i - 1, "been") || qx_is_word(ctx, i - 1, "was") ||
		 qx_is_word(ctx, i - 1, "were") || qx_is_word(ctx, i - 1, "is") || qx_is_word(ctx, i - 1, "are")) &&
		((t->end - t->start > 3 && memcmp(ctx->doc->text + t->end - 2, "ed", 2) == 0) || qx_is_word(ctx, i, "told"));
}

/* Whether a speaker found before a cue is the object of a preposition or a place: around the square. */
static int
object_of_preposition(const qx_context *ctx, pa_token_range sp)
{
	int32_t		e = ctx->entity_of[sp.first + sp.count - 1];
	uint32_t	k = sp.first;

	if (e >= 0 && ctx->entities[e].type == PA_ENTITY_LOC)
		return 1;
	if (k > 0 && (ctx->tags[k - 1] & QW_DET))
		k--;
	return k > 0 && (ctx->tags[k - 1] & QW_PREP) && (ctx->tok[k - 1].flags & PA_TF_LOWER);
}

/* The subject after the opening participial phrase of the sentence at cue i: Saying X, the government urged. */
static int
subject_after_opening_phrase(const qx_context *ctx, uint32_t i, qx_attribution *out)
{
	const pa_sentence *s = &ctx->doc->segments.sentences[ctx->sentence_of[i]];
	uint32_t	end = s->first_token + s->token_count;

	for (uint32_t k = i + 1; k + 1 < end; k++)
	{
		if (!(qx_is_comma(ctx, k) && qx_free(ctx, k)) &&
			!(ctx->tok[k].kind == PA_TOK_QUOTE && qx_is_comma(ctx, k - 1) && qx_free(ctx, k + 1)))
			continue;			/* the comma ending the phrase, or a quote ending in one */
		while (k + 1 < end && !qx_free(ctx, k + 1))
			k++;				/* a quote right after the comma */
		return k + 1 < end && speaker_after(ctx, k + 1, end, out);
	}
	return 0;
}

/* The person named at the start of the sentence of cue i, followed by a comma: Jose Basulto, ... */
static int
named_subject_in_apposition(const qx_context *ctx, uint32_t i, qx_attribution *out)
{
	uint32_t	j = ctx->doc->segments.sentences[ctx->sentence_of[i]].first_token;
	int32_t		e;
	uint32_t	end;

	while (j < i && (ctx->tags[j] & QW_CONNECTIVE))
		j++;
	if (j >= i || (e = ctx->entity_of[j]) < 0 || ctx->entities[e].type != PA_ENTITY_PERSON ||
		ctx->entities[e].mention.first != j)
		return 0;
	end = j + ctx->entities[e].mention.count;
	if (end >= i || !qx_is_comma(ctx, end) || !qx_free_range(ctx, j, end + 1))
		return 0;
	out->speaker = ctx->entities[e].mention;
	qx_appositive_after(ctx, i, out);
	return 1;
}

/* An inverted speaker after the cue that ends its clause (said Tom Hale, / said Tom Hale.). */
static int
closed_inverted_speaker(const qx_context *ctx, uint32_t after, uint32_t to, qx_attribution *out)
{
	uint32_t	end;

	if (!speaker_after(ctx, after, to, out))
		return 0;
	end = out->speaker.first + out->speaker.count;
	if (end < to && !qx_is_comma(ctx, end) && !qx_is_stop(ctx, end))
	{
		out->speaker.count = out->role.count = 0;
		return 0;
	}
	out->inverted = 1;
	qx_appositive_after(ctx, to, out);
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
		qx_appositive_after(ctx, to, out);
		return out->inverted;
	}
	if (passive(ctx, cue.first))
		return 0;				/* he remembered being asked: the asker is someone else */
	if (participle(ctx, cue.first) && qx_sentence_initial(ctx, cue.first))
		return subject_after_opening_phrase(ctx, cue.first, out);	/* Calling X ``...,'' Y said */
	while (b > from && qx_free(ctx, b - 1) && ((ctx->tags[b - 1] & QW_AUX) || adverb(ctx, b - 1)))
		b--;					/* has said, specifically warned */
	if (b > from && qx_free(ctx, b - 1))
	{
		uint32_t	j = b - 1;

		if (qx_is_word(ctx, j, "who") && j > from)
			return antecedent(ctx, j, from, out);
		if (qx_is_word(ctx, j, "and") || qx_is_word(ctx, j, "to") ||
			(qx_is_comma(ctx, j) && participle(ctx, cue.first)))
			return sentence_subject(ctx, cue.first, cue.first, out);	/* ... and said; went on to say */
		if (speaker_before(ctx, j, from, out))
		{
			if (object_of_preposition(ctx, out->speaker) && sentence_subject(ctx, cue.first, cue.first, out))
				return 1;		/* children marched around the square chanting; X, and in recent days said */
			return 1;
		}
		if (qx_is_comma(ctx, j) && named_subject_in_apposition(ctx, cue.first, out))
			return 1;			/* Jose Basulto, founder of X, a group that ..., called */
		if (qx_is_comma(ctx, j) && across_appositive(ctx, j, from, out))
			return 1;
		if (qx_is_comma(ctx, j) && closed_inverted_speaker(ctx, after, to, out))
			return 1;			/* CLAUSE, said Damien Fernandez, a political scientist */
		if (qx_is_comma(ctx, j) && sentence_subject(ctx, cue.first, cue.first, out))
			return 1;			/* X, who ... , said; X, speaking at ..., said */
	}
	if (speaker_after(ctx, after, to, out))
	{
		out->inverted = 1;
		name_in_apposition(ctx, to, out);	/* said his daughter, Rosa, */
		qx_appositive_after(ctx, to, out);
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
