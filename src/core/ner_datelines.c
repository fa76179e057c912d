/*
 * ner_datelines.c: places and agencies of datelines (see ner_datelines.h).
 */
#include "ner_datelines.h"

#include "ner_spans.h"
#include "structure.h"

/* The score of a name the tagger missed: no margin either way. */
#define MISSED_SCORE 0.5f

/* A name of a dateline: tokens [first, first + count) of a sentence, and its type. */
typedef struct dateline_name
{
	uint32_t	first;
	uint32_t	count;
	uint32_t	sentence;
	pa_entity_type type;
	int			add_missed;		/* added when no span touches it */
} dateline_name;

/* The names of the document's datelines, in text order. */
typedef struct name_list
{
	dateline_name *names;
	size_t		count;
	size_t		capacity;
} name_list;

/* The mentions and the names merged into a new list. */
typedef struct name_merge
{
	const pa_entity *items;
	size_t		count;
	size_t		next;			/* the first mention not written yet */
	pa_entity  *out;
	size_t		written;
} name_merge;

/* Appends a name to the list. */
static pa_status
add_name(name_list *list, dateline_name name, pa_arena *arena)
{
	if (list->count == list->capacity)
	{
		dateline_name *grown = pa_arena_grow_array(arena, list->names, list->count,
												   &list->capacity, sizeof(dateline_name));

		if (grown == NULL)
			return PA_ERR_NOMEM;
		list->names = grown;
	}
	list->names[list->count++] = name;
	return PA_OK;
}

/* Whether the tokens of range r, one at least, are all capitalised words. */
static int
capitalised_words(const pa_document *doc, pa_token_range r)
{
	for (uint32_t i = r.first; i < r.first + r.count; i++)
		if (doc->tokens.tokens[i].kind != PA_TOK_WORD ||
			!(doc->tokens.tokens[i].flags & PA_TF_CAPITALISED))
			return 0;
	return r.count > 0;
}

/*
 * Appends the names of the dateline of sentence s: each run of words of
 * its place (the city, then regions after commas), LOC, and its agency,
 * ORG, when all capitalised.
 */
static pa_status
add_dateline_names(const pa_document *doc, uint32_t s, pa_token_range place, pa_token_range agency,
				   name_list *list, pa_arena *arena)
{
	int			has_agency = capitalised_words(doc, agency);
	size_t		city = list->count;
	uint32_t	end = place.first + place.count;

	for (uint32_t i = place.first; i < end; i++)
	{
		uint32_t	j = i;

		while (j < end && doc->tokens.tokens[j].kind == PA_TOK_WORD)
			j++;
		if (j > i && add_name(list, (dateline_name) {i, j - i, s, PA_ENT_LOC, 0}, arena) != PA_OK)
			return PA_ERR_NOMEM;
		i = j;					/* past the comma */
	}
	/* the place opens with a word, so the city is there */
	list->names[city].add_missed = has_agency || list->count > city + 1;
	if (has_agency)
		return add_name(list, (dateline_name) {agency.first, agency.count, s, PA_ENT_ORG, 1}, arena);
	return PA_OK;
}

/*
 * Whether sentence s may be a dateline: one ends at its dash, a sentence of
 * its own (segment.c).  Most first sentences fail here, at one token.
 */
static int
ends_in_dash(const pa_document *doc, uint32_t s)
{
	const pa_sentence *sent = &doc->segments.sentences[s];

	return doc->tokens.tokens[sent->first_token + sent->token_count - 1].kind == PA_TOK_DASH;
}

/* Collects the names of the datelines that open doc's paragraphs. */
static pa_status
collect_names(const pa_document *doc, name_list *list, pa_arena *arena)
{
	for (size_t p = 0; p < doc->segments.paragraph_count; p++)
	{
		const pa_paragraph *para = &doc->segments.paragraphs[p];
		uint32_t	s = para->first_sentence;
		pa_token_range place;
		pa_token_range agency;

		if (para->sentence_count > 0 && ends_in_dash(doc, s) &&
			pa_dateline_at(doc, doc->segments.sentences[s].first_token, &place, &agency) != 0 &&
			add_dateline_names(doc, s, place, agency, list, arena) != PA_OK)
			return PA_ERR_NOMEM;
	}
	return PA_OK;
}

/* Writes the mentions not written yet that end by token limit. */
static void
copy_mentions_before(name_merge *m, uint32_t limit)
{
	while (m->next < m->count &&
		   m->items[m->next].first_token + m->items[m->next].token_count <= limit)
		m->out[m->written++] = m->items[m->next++];
}

/*
 * Writes name n after the mentions before it: one mention of its type over
 * it in place of the mentions within it, or an added one when none touches
 * it and it is added when missed.  A mention that crosses its edges keeps
 * it from being written.
 */
static void
merge_name(const pa_document *doc, const dateline_name *n, name_merge *m)
{
	uint32_t	end = n->first + n->count;
	size_t		after;
	pa_entity  *e;

	copy_mentions_before(m, n->first);
	for (after = m->next; after < m->count && m->items[after].first_token < end; after++)
		if (m->items[after].first_token < n->first ||
			m->items[after].first_token + m->items[after].token_count > end)
			return;
	if (after == m->next && !n->add_missed)
		return;
	e = &m->out[m->written++];
	e->score = after > m->next ? m->items[m->next].score : MISSED_SCORE;
	e->type = n->type;
	ner_spans_set_mention(doc, e, n->first, n->count, n->sentence);
	m->next = after;
}

/* See ner_datelines.h. */
pa_status
ner_datelines_type(const pa_document *doc, pa_entity **items, size_t *count, pa_arena *arena)
{
	name_list	list = {NULL, 0, 0};
	name_merge	m = {*items, *count, 0, NULL, 0};

	if (collect_names(doc, &list, arena) != PA_OK)
		return PA_ERR_NOMEM;
	if (list.count == 0)
		return PA_OK;
	m.out = pa_arena_alloc_array(arena, *count + list.count, sizeof(pa_entity));
	if (m.out == NULL)
		return PA_ERR_NOMEM;
	for (size_t k = 0; k < list.count; k++)
		merge_name(doc, &list.names[k], &m);
	copy_mentions_before(&m, UINT32_MAX);
	*items = m.out;
	*count = m.written;
	return PA_OK;
}
