/*
 * quotes_names.c: person and organisation names for speaker resolution when
 * the caller has no entity tagger output.
 *
 * A name is a run of capitalised words (with of, and, de, van... between
 * capitals), without the sentence-opening words before it (The, But) and
 * without leading titles (President, Sen., Attorney General), which belong
 * to the speaker's role.  A capitalised word that only ever appears at the
 * start of a sentence is not taken as a name (Lawyers said ...).  Each name
 * points to its fullest form in the document: the nearest earlier (else the
 * first later) name that ends with the same words (Meissner -> Doris
 * Meissner), and an acronym to the name whose initials it spells (INS ->
 * Immigration and Naturalization Service).
 */
#include "quotes_internal.h"

#include "abbreviations.h"

#include <string.h>

#define MAX_WALK 64

typedef struct name_run
{
	pa_token_range range;
	uint32_t	hash;			/* of the last word */
	uint32_t	next;			/* next run in the same bucket, or QX_NONE */
	uint32_t	prev;			/* previous run in the same bucket, or QX_NONE */
	uint32_t	initials_hash;	/* of the capitalised words' initials */
	uint32_t	next_initials;	/* next run in the same initials bucket, or QX_NONE */
	uint32_t	canonical;		/* index of the fullest form */
	uint8_t		type;
	uint8_t		sentence_initial;	/* starts a sentence */
	uint8_t		guessed;		/* found here, not given by the caller */
} name_run;

/* FNV-1a over bytes. */
static uint32_t
hash_bytes(const char *p, size_t n)
{
	uint32_t	h = 2166136261u;

	for (size_t k = 0; k < n; k++)
		h = (h ^ (unsigned char) p[k]) * 16777619u;
	return h;
}

/* FNV-1a over the first bytes of run r's capitalised words: what an acronym of it spells. */
static uint32_t
hash_initials(const qx_context *ctx, pa_token_range r)
{
	uint32_t	h = 2166136261u;

	for (uint32_t w = r.first; w < r.first + r.count; w++)
		if (!(ctx->tok[w].flags & PA_TF_LOWER))
			h = (h ^ (unsigned char) ctx->doc->text[ctx->tok[w].start]) * 16777619u;
	return h;
}

/* Whether tokens a and b have the same text. */
static int
same_token_text(const qx_context *ctx, uint32_t a, uint32_t b)
{
	const pa_token *ta = &ctx->tok[a],
			   *tb = &ctx->tok[b];

	return ta->end - ta->start == tb->end - tb->start &&
		memcmp(ctx->doc->text + ta->start, ctx->doc->text + tb->start, ta->end - ta->start) == 0;
}

/* Whether time word i (Jan, May, March) is a name here: no period, a name word right after it. */
static int
time_word_in_name(const qx_context *ctx, uint32_t i)
{
	const pa_token *t = &ctx->tok[i];

	return !(t->flags & PA_TF_ABBREV) && ctx->doc->text[t->end - 1] != '.' && i + 1 < ctx->ntok &&
		qx_is_capitalised(ctx, i + 1) && !(ctx->tags[i + 1] & (QW_TIME | QW_TITLE | QW_PRONOUN | QW_DET)) &&
		ctx->sentence_of[i + 1] == ctx->sentence_of[i];
}

/* Whether capitalised token i can be part of a name. */
static inline int
name_word(const qx_context *ctx, uint32_t i)
{
	return qx_is_capitalised(ctx, i) && !(ctx->tags[i] & QW_PRONOUN) &&
		(!(ctx->tags[i] & QW_TIME) || time_word_in_name(ctx, i));
}

/* Whether capitalised word i, at the front of a run, is a sentence opener rather than a name. */
static int
opener_word(const qx_context *ctx, uint32_t i)
{
	const pa_token *t = &ctx->tok[i];

	size_t		len = t->end - t->start;
	const char *w = ctx->doc->text + t->start;

	if (ctx->tags[i] & (QW_DET | QW_CONNECTIVE | QW_BOUNDARY | QW_CUE | QW_QUANT | QW_PREP | QW_AUX))
		return 1;
	if (!qx_sentence_initial(ctx, i))
		return 0;
	return pa_is_sentence_starter(w, len) ||
		(len > 5 && memcmp(w + len - 3, "ing", 3) == 0);	/* Making Juan Miguel Gonzalez ... */
}

/* Whether lower-case token i is an Arabic article joined to a name: el-Sayed, al-Assad. */
static int
article_name(const qx_context *ctx, uint32_t i)
{
	const pa_token *t = &ctx->tok[i];
	const char *w = ctx->doc->text + t->start;

	return t->kind == PA_TOK_WORD && t->end - t->start > 3 && (w[0] == 'a' || w[0] == 'e') &&
		w[1] == 'l' && w[2] == '-' && w[3] >= 'A' && w[3] <= 'Z';
}

/* Whether capitalised words from a on (up to b, or to the first other token) are a full person-like name: two or more, none a body or place word. */
static int
personal_name_words(const qx_context *ctx, uint32_t a, uint32_t b)
{
	uint32_t	n = 0;

	for (; a < b && a < ctx->ntok && qx_is_capitalised(ctx, a); a++, n++)
		if (ctx->tags[a] & (QW_ORG | QW_PLACE | QW_TITLE | QW_DET))
			return 0;
	return n >= 2;
}

/* The end (exclusive) of the capitalised run starting at i. */
static uint32_t
run_end(const qx_context *ctx, uint32_t i)
{
	uint32_t	sentence = ctx->sentence_of[i];
	uint32_t	j = i + 1;

	while (j < ctx->ntok && ctx->sentence_of[j] == sentence)
	{
		if ((name_word(ctx, j) && !(ctx->tok[j].flags & PA_TF_LOWER)) || article_name(ctx, j))
			j++;
		else if ((ctx->tags[j] & QW_NAME_LINK) && (ctx->tok[j].flags & PA_TF_LOWER) &&
				 j + 1 < ctx->ntok && name_word(ctx, j + 1) && ctx->sentence_of[j + 1] == sentence &&
				 !personal_name_words(ctx, i, j) && !personal_name_words(ctx, j + 1, UINT32_MAX))
			j += 2;				/* Bank of America, not Jan Kavan of the Czech Republic */
		else
			break;
	}
	return j;
}

/* The entity type a run suggests by its own words. */
static uint8_t
run_type(const qx_context *ctx, pa_token_range r, int after_title)
{
	int			all_caps = r.count == 1 && (ctx->tok[r.first].flags & PA_TF_ALL_CAPS);

	for (uint32_t k = r.first; k < r.first + r.count; k++)
	{
		if (ctx->tags[k] & QW_ORG)
			return PA_ENTITY_ORG;
		if ((ctx->tags[k] & QW_NAME_LINK) && (ctx->tok[k].flags & PA_TF_LOWER) &&
			(qx_is_word(ctx, k, "of") || qx_is_word(ctx, k, "for") || qx_is_word(ctx, k, "and")))
			return PA_ENTITY_ORG;	/* Archdiocese of Buffalo, Bank of America */
	}
	if ((ctx->tags[r.first] & QW_PLACE) || (ctx->tags[r.first + r.count - 1] & QW_PLACE))
		return PA_ENTITY_LOC;		/* East Africa, United States, Orange County */
	if (all_caps)
		return PA_ENTITY_ORG;
	if (after_title || r.count >= 2 || qx_name_gender(ctx, r) != 0)
		return PA_ENTITY_PERSON;	/* Doris Meissner, Mr. Smith, Mariela */
	return PA_ENTITY_MISC;
}

/*
 * Moves *start past the titles of a person's name (Polish Foreign Minister,
 * U.S. Secretary of State, Immigration Service Commissioner), up to the last
 * title word that a name without organisation words follows; returns
 * whether there was one.
 */
static int
strip_titles(const qx_context *ctx, uint32_t *start, uint32_t end)
{
	uint32_t	last_title = QX_NONE;

	for (uint32_t k = *start; k + 1 < end; k++)
	{
		if (ctx->tags[k] & QW_ORG)
			last_title = QX_NONE;	/* Foreign Ministry: the title words belong to the body */
		else if ((ctx->tags[k] & QW_TITLE) && !(ctx->tags[k + 1] & QW_NAME_LINK))
			last_title = k;
	}
	if (last_title == QX_NONE || (ctx->tags[end - 1] & QW_ORG))
		return 0;
	*start = last_title + 1;
	return 1;
}

/*
 * Whether the run [start, end) is a body's name after a dotted country
 * abbreviation (U.S. Immigration and Naturalization Service): the
 * abbreviation says whose body it is and is not part of the name.
 */
static int
national_prefix(const qx_context *ctx, uint32_t start, uint32_t end)
{
	const pa_token *t = &ctx->tok[start];
	int			body = 0;

	if (end - start < 3 || !(t->flags & PA_TF_ABBREV) || !(t->flags & PA_TF_ALL_CAPS) ||
		memchr(ctx->doc->text + t->start, '.', t->end - t->start - 1) == NULL)
		return 0;
	for (uint32_t k = start + 1; k < end; k++)
		body |= (ctx->tags[k] & QW_ORG) != 0;
	return body;
}

/* Sets run r (index self) over range with type, linked to nothing yet; guessed: found here. */
static void
fill_run(const qx_context *ctx, name_run *r, pa_token_range range, uint8_t type, uint32_t self,
		 int guessed)
{
	const pa_token *last = &ctx->tok[range.first + range.count - 1];

	r->range = range;
	r->hash = hash_bytes(ctx->doc->text + last->start, last->end - last->start);
	r->initials_hash = hash_initials(ctx, range);
	r->canonical = self;
	r->type = type;
	r->sentence_initial = qx_sentence_initial(ctx, range.first);
	r->guessed = (uint8_t) guessed;
}

/* The first name word outside quotations from token i on, or ctx->ntok. */
static uint32_t
next_name_word(const qx_context *ctx, uint32_t i)
{
	while (i < ctx->ntok && (!name_word(ctx, i) || ctx->span_of[i] != QX_NONE))
		i++;
	return i;
}

/* Collects the name runs of the document into runs; returns their number. */
static size_t
collect_runs(const qx_context *ctx, name_run *runs)
{
	size_t		n = 0;

	for (uint32_t i = next_name_word(ctx, 0); i < ctx->ntok;)
	{
		uint32_t	end,
					start;
		int			after_title = 0;

		end = run_end(ctx, i);
		start = i;
		while (start < end && opener_word(ctx, start))
			start++;
		after_title = strip_titles(ctx, &start, end);
		while (start < end && (ctx->tags[start] & QW_NAME_LINK))
			start++;
		if (national_prefix(ctx, start, end))
			start++;
		if (start < end)
		{
			pa_token_range range = {start, end - start};

			fill_run(ctx, &runs[n], range, run_type(ctx, range, after_title), (uint32_t) n, 1);
			n++;
		}
		i = next_name_word(ctx, end);
	}
	return n;
}

/* Whether run a's words are the last words of run b. */
static int
is_suffix(const qx_context *ctx, const name_run *a, const name_run *b)
{
	uint32_t	offset = b->range.count - a->range.count;

	for (uint32_t k = 0; k < a->range.count; k++)
		if (!same_token_text(ctx, a->range.first + k, b->range.first + offset + k))
			return 0;
	return 1;
}

/* Whether the acronym token i spells the initials of run r's capitalised words. */
static int
spells_initials(const qx_context *ctx, uint32_t i, const name_run *r)
{
	const pa_token *t = &ctx->tok[i];
	const char *a = ctx->doc->text + t->start;
	size_t		len = t->end - t->start,
				k = 0;

	if (r->range.count < 2)
		return 0;
	for (uint32_t w = r->range.first; w < r->range.first + r->range.count; w++)
	{
		if (ctx->tok[w].flags & PA_TF_LOWER)
			continue;
		if (k >= len || ctx->doc->text[ctx->tok[w].start] != a[k])
			return 0;
		k++;
	}
	return k == len;
}

/* The buckets of one document's runs: by last word and by initials. */
typedef struct run_buckets
{
	uint32_t   *by_last;
	uint32_t   *by_initials;
	uint32_t	mask;
} run_buckets;

/* Whether run q is a fuller form of run r: longer, ending with r's words, not after and/of. */
static inline int
fuller_form(const qx_context *ctx, const name_run *runs, uint32_t q, uint32_t r)
{
	const name_run *run = &runs[r];
	uint32_t	before;

	if (runs[q].range.count <= run->range.count || !is_suffix(ctx, run, &runs[q]))
		return 0;
	before = runs[q].range.first + runs[q].range.count - run->range.count - 1;
	return !(ctx->tags[before] & QW_NAME_LINK);	/* not Clinton -> Reno and Clinton */
}

/*
 * Points run r at its fullest form: the nearest earlier fuller form in its
 * bucket, else the first later one, looking at most MAX_WALK runs each way
 * (so that a name repeated thousands of times costs linear time); an
 * acronym takes the first run whose initials it spells (INS).
 */
static void
link_run(const qx_context *ctx, name_run *runs, const run_buckets *b, uint32_t r)
{
	name_run   *run = &runs[r];
	uint32_t	best = QX_NONE;
	uint32_t	steps = 0;

	for (uint32_t q = run->prev; q != QX_NONE && best == QX_NONE && steps < MAX_WALK; q = runs[q].prev, steps++)
		if (fuller_form(ctx, runs, q, r))
			best = q;
	steps = 0;
	for (uint32_t q = run->next; q != QX_NONE && best == QX_NONE && steps < MAX_WALK; q = runs[q].next, steps++)
		if (fuller_form(ctx, runs, q, r))
			best = q;
	steps = 0;
	if (best == QX_NONE && run->range.count == 1 && (ctx->tok[run->range.first].flags & PA_TF_ALL_CAPS))
		for (uint32_t q = b->by_initials[run->hash & b->mask]; q != QX_NONE && best == QX_NONE &&
			 steps < MAX_WALK; q = runs[q].next_initials, steps++)
			if (spells_initials(ctx, run->range.first, &runs[q]))
				best = q;
	if (best != QX_NONE)
		run->canonical = best;
}

/* Whether a sentence-initial one-word run also appears as a name elsewhere (within MAX_WALK runs of its bucket). */
static int
seen_elsewhere(const qx_context *ctx, const name_run *runs, const name_run *run)
{
	uint32_t	steps = 0;

	for (uint32_t q = run->prev; q != QX_NONE && steps < MAX_WALK; q = runs[q].prev, steps++)
		if (!runs[q].sentence_initial && is_suffix(ctx, run, &runs[q]))
			return 1;
	steps = 0;
	for (uint32_t q = run->next; q != QX_NONE && steps < MAX_WALK; q = runs[q].next, steps++)
		if (!runs[q].sentence_initial && is_suffix(ctx, run, &runs[q]))
			return 1;
	return 0;
}

/*
 * Links runs[0..n) to their fullest forms and makes them ctx's entities; a
 * guessed sentence-opening capitalised word seen nowhere else is not taken
 * as a name.
 */
static pa_status
link_runs(qx_context *ctx, name_run *runs, size_t n)
{
	pa_quote_entity *entities;
	run_buckets b;
	uint32_t	nbuckets = 16;
	size_t		kept = 0;

	while (nbuckets < 2 * n)
		nbuckets *= 2;
	b.mask = nbuckets - 1;
	b.by_last = pa_arena_alloc_array(ctx->arena, nbuckets, sizeof(uint32_t));
	b.by_initials = pa_arena_alloc_array(ctx->arena, nbuckets, sizeof(uint32_t));
	entities = pa_arena_alloc_array(ctx->arena, n + 1, sizeof(pa_quote_entity));
	if (b.by_last == NULL || b.by_initials == NULL || entities == NULL)
		return PA_ERR_NOMEM;
	memset(b.by_last, 0xff, nbuckets * sizeof(uint32_t));
	memset(b.by_initials, 0xff, nbuckets * sizeof(uint32_t));
	for (size_t r = n; r-- > 0;)
	{
		runs[r].next = b.by_last[runs[r].hash & b.mask];
		runs[r].prev = QX_NONE;
		if (runs[r].next != QX_NONE)
			runs[runs[r].next].prev = (uint32_t) r;
		b.by_last[runs[r].hash & b.mask] = (uint32_t) r;
		runs[r].next_initials = QX_NONE;
		if (runs[r].range.count >= 2)
		{
			runs[r].next_initials = b.by_initials[runs[r].initials_hash & b.mask];
			b.by_initials[runs[r].initials_hash & b.mask] = (uint32_t) r;
		}
	}
	for (size_t r = 0; r < n; r++)
		link_run(ctx, runs, &b, (uint32_t) r);
	for (size_t r = 0; r < n; r++)
	{
		const name_run *run = &runs[r];
		const name_run *full = &runs[run->canonical];

		while (full->canonical != (uint32_t) (full - runs))
			full = &runs[full->canonical];
		if (run->guessed && run->sentence_initial && run->range.count == 1 && full == run &&
			!(ctx->tok[run->range.first].flags & PA_TF_ALL_CAPS) &&
			!seen_elsewhere(ctx, runs, run))
			continue;			/* Lawyers said ...: a capitalised common word */
		entities[kept].mention = run->range;
		entities[kept].canonical = full->range;
		entities[kept].type = full->type != PA_ENTITY_MISC ? full->type : run->type;
		kept++;
	}
	ctx->entities = entities;
	ctx->entity_count = kept;
	return PA_OK;
}

/* See quotes_internal.h. */
pa_status
qx_find_names(qx_context *ctx)
{
	name_run   *runs = pa_arena_alloc_array(ctx->arena, ctx->ntok + 1, sizeof(name_run));

	if (runs == NULL)
		return PA_ERR_NOMEM;
	return link_runs(ctx, runs, collect_runs(ctx, runs));
}

/*
 * The caller's entity ent as a run's range: a body's name without the
 * dotted country abbreviation before it (U.S. Immigration and
 * Naturalization Service), a name with the Arabic article joined after it
 * (Ahmed Maher el-Sayed) when no entity starts there (before limit).
 */
static pa_token_range
given_range(const qx_context *ctx, const pa_quote_entity *ent, uint32_t limit)
{
	pa_token_range r = ent->mention;

	if (ent->type == PA_ENTITY_ORG && national_prefix(ctx, r.first, r.first + r.count))
	{
		r.first++;
		r.count--;
	}
	while (r.first + r.count < limit && article_name(ctx, r.first + r.count) &&
		   ctx->sentence_of[r.first + r.count] == ctx->sentence_of[r.first])
		r.count++;
	return r;
}

/* See quotes_internal.h. */
pa_status
qx_link_entities(qx_context *ctx)
{
	name_run   *guessed = pa_arena_alloc_array(ctx->arena, ctx->ntok + 1, sizeof(name_run));
	name_run   *runs = pa_arena_alloc_array(ctx->arena, ctx->ntok + ctx->entity_count + 1,
											sizeof(name_run));
	size_t		nguessed,
				g = 0,
				n = 0;

	if (guessed == NULL || runs == NULL)
		return PA_ERR_NOMEM;
	nguessed = collect_runs(ctx, guessed);
	for (size_t e = 0; e <= ctx->entity_count; e++)
	{
		const pa_quote_entity *ent = e < ctx->entity_count ? &ctx->entities[e] : NULL;
		uint32_t	start = ent != NULL ? ent->mention.first : ctx->ntok;
		uint32_t	limit = e + 1 < ctx->entity_count ? ctx->entities[e + 1].mention.first : ctx->ntok;

		/* names the tagger missed, before this entity and clear of it */
		for (; g < nguessed && guessed[g].range.first < start; g++)
			if (guessed[g].range.first + guessed[g].range.count <= start &&
				(n == 0 || guessed[g].range.first >= runs[n - 1].range.first + runs[n - 1].range.count))
			{
				runs[n] = guessed[g];
				runs[n].canonical = (uint32_t) n;
				n++;
			}
		if (ent == NULL || ent->mention.count == 0 || start + ent->mention.count > ctx->ntok)
			continue;
		fill_run(ctx, &runs[n], given_range(ctx, ent, limit), ent->type, (uint32_t) n, 0);
		n++;
		while (g < nguessed && guessed[g].range.first < start + ent->mention.count)
			g++;
	}
	return link_runs(ctx, runs, n);
}

/* See quotes_internal.h. */
pa_status
qx_index_entities(qx_context *ctx)
{
	ctx->entity_of = pa_arena_alloc_array(ctx->arena, ctx->ntok + 1, sizeof(int32_t));
	if (ctx->entity_of == NULL)
		return PA_ERR_NOMEM;
	memset(ctx->entity_of, 0xff, (ctx->ntok + 1) * sizeof(int32_t));
	for (size_t e = 0; e < ctx->entity_count; e++)
	{
		const pa_token_range *m = &ctx->entities[e].mention;

		for (uint32_t k = m->first; k < m->first + m->count && k < ctx->ntok; k++)
			ctx->entity_of[k] = (int32_t) e;
	}
	return PA_OK;
}

/* See quotes_internal.h. */
size_t
qx_first_entity_from(const qx_context *ctx, uint32_t i)
{
	size_t		lo = 0,
				hi = ctx->entity_count;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (ctx->entities[mid].mention.first < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}
