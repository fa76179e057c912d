/*
 * article_analyze.c: article_analyze(body text [, published date]), the
 * whole analysis of an article as one jsonb value: paragraphs with their
 * roles, sentences, entities grouped by canonical entity, dates, quotes and
 * the dateline.
 *
 * The text is tokenized and segmented once and every stage runs once on
 * that document.  Entities, dates and quotes that lie inside a boilerplate
 * paragraph (site chrome) are left out; the standalone functions keep them.
 *
 * Every object opens with its keys in jsonb's own order (shorter keys
 * first, then bytewise), and its values are written in that order.
 */
#include "pg_dates.h"
#include "pg_entities.h"
#include "pg_jsonb.h"
#include "pg_quotes.h"
#include "pg_article.h"

#include "mb/pg_wchar.h"

#include "../core/ner_entities.h"
#include "../core/structure.h"

PG_FUNCTION_INFO_V1(article_analyze);

/* One article's stage results and the jsonb being built. */
typedef struct analysis
{
	pa_pg_document pd;
	pa_paragraph_roles roles;
	uint32	   *chrome_start;	/* byte ranges of boilerplate parts, in text order */
	uint32	   *chrome_end;
	size_t		chrome_count;
	pa_jsonb	json;
} analysis;

/* A group of mentions of one canonical entity: [from, from + count) of the sorted mentions. */
typedef struct entity_group
{
	size_t		from;
	size_t		count;
} entity_group;

/* The keys of each kind of object, in jsonb's order. */
static const char *const analysis_keys[] = {
	"dates", "quotes", "version", "dateline", "entities", "sentences", "paragraphs"};
static const char *const paragraph_keys[] = {
	"role", "end_pos", "start_pos", "paragraph_no", "dateline_place", "dateline_agency"};
static const char *const dateline_keys[] = {"place", "agency"};
static const char *const sentence_keys[] = {"end_pos", "start_pos", "sentence_no", "paragraph_no"};
static const char *const group_keys[] = {"type", "count", "mentions", "canonical"};
static const char *const mention_keys[] = {"text", "score", "end_pos", "start_pos", "sentence_no"};
static const char *const date_keys[] = {
	"type", "value", "period", "end_pos", "start_pos", "expression", "granularity",
	"sentence_no"};
static const char *const quote_keys[] = {
	"cue", "kind", "quote", "speaker", "quote_end", "quote_start", "sentence_no", "speaker_end",
	"paragraph_no", "speaker_role", "speaker_start", "speaker_canonical"};

/*
 * The first guess at the size of an analysis, in bytes of jsonb per byte of
 * text: news text gives about six (the bench corpus: 50.4 MB from 8.4 MB),
 * and one more lets most analyses fit their first buffer.
 */
#define ANALYSIS_BYTES_PER_TEXT_BYTE 7

/* Keys of a paragraph without its two optional dateline keys. */
#define PARAGRAPH_KEYS_REQUIRED 4

#define KEY_COUNT(keys) ((int) (sizeof(keys) / sizeof((keys)[0])))

/* First and last token of a non-empty range. */
#define RANGE_FIRST(doc, r) (&(doc)->tokens.tokens[(r).first])
#define RANGE_LAST(doc, r) (&(doc)->tokens.tokens[(r).first + (r).count - 1])

/* Pushes UTF-8 text the core read or built, in the server encoding. */
static void
push_utf8(analysis *a, const char *utf8, size_t len)
{
	char	   *server;

	if (a->pd.text.unit != PA_POS_SERVER_CHARS)
	{
		pa_jsonb_string(&a->json, utf8, len);
		return;
	}
	server = pg_any_to_server(utf8, (int) len, PG_UTF8);
	pa_jsonb_string(&a->json, server, server == utf8 ? len : strlen(server));
}

/* Pushes the text of the span [start, end) (bytes), [cstart, cend) (code points), as written. */
static void
push_span(analysis *a, uint32 start, uint32 end, uint32 cstart, uint32 cend)
{
	pa_pg_span	span;

	if (a->pd.text.unit != PA_POS_SERVER_CHARS)
	{
		pa_jsonb_string(&a->json, a->pd.text.utf8 + start, end - start);
		return;
	}
	/* Cut from the original string (the writer copies it at once). */
	pa_pg_text_span(&a->pd.text, start, end, cstart, cend, &span);
	pa_jsonb_string(&a->json, VARDATA(span.value), VARSIZE(span.value) - VARHDRSZ);
}

/* Pushes key: the SQL position of a core offset. */
static void
push_position(analysis *a, const char *key, uint32 byte, uint32 chr)
{
	pa_jsonb_key(&a->json, key);
	pa_jsonb_int(&a->json, pa_pg_text_position(&a->pd.text, byte, chr));
}

/* Pushes key: a 0-based index as a 1-based number. */
static void
push_number(analysis *a, const char *key, uint32 index)
{
	pa_jsonb_key(&a->json, key);
	pa_jsonb_int(&a->json, (int32) (index + 1));
}

/* Pushes key (unless NULL): a NUL-terminated string in the server encoding. */
static void
push_name(analysis *a, const char *key, const char *name)
{
	if (key != NULL)
		pa_jsonb_key(&a->json, key);
	pa_jsonb_string(&a->json, name, strlen(name));
}

/* Pushes key: the text of token range r as written, or null when r is empty. */
static void
push_range_text(analysis *a, const char *key, pa_token_range r)
{
	const pa_token *first,
			   *last;

	pa_jsonb_key(&a->json, key);
	if (r.count == 0)
	{
		pa_jsonb_null(&a->json);
		return;
	}
	first = RANGE_FIRST(&a->pd.doc, r);
	last = RANGE_LAST(&a->pd.doc, r);
	push_utf8(a, a->pd.doc.text + first->start, last->end - first->start);
}

/* Pushes key: the words of token range r (single-spaced), or null when r is empty. */
static void
push_range_words(analysis *a, const char *key, pa_token_range r)
{
	size_t		len;
	char	   *words;

	pa_jsonb_key(&a->json, key);
	if (r.count == 0)
	{
		pa_jsonb_null(&a->json);
		return;
	}
	words = pa_pg_range_words(&a->pd.doc, r, &len);
	push_utf8(a, words, len);
}

/* Records the byte ranges of the boilerplate parts. */
static void
find_chrome(analysis *a)
{
	a->chrome_start = palloc(sizeof(uint32) * Max(a->roles.count, 1));
	a->chrome_end = palloc(sizeof(uint32) * Max(a->roles.count, 1));
	a->chrome_count = 0;
	for (size_t k = 0; k < a->roles.count; k++)
	{
		const pa_paragraph_part *part = &a->roles.parts[k];

		if (part->role != PA_ROLE_BOILERPLATE)
			continue;
		a->chrome_start[a->chrome_count] = RANGE_FIRST(&a->pd.doc, part->tokens)->start;
		a->chrome_end[a->chrome_count] = RANGE_LAST(&a->pd.doc, part->tokens)->end;
		a->chrome_count++;
	}
}

/* True when the byte span [start, end) lies inside a boilerplate part. */
static bool
in_chrome(const analysis *a, uint32 start, uint32 end)
{
	size_t		low = 0,
				high = a->chrome_count;

	/* The last part that starts at or before start. */
	while (low < high)
	{
		size_t		mid = low + (high - low) / 2;

		if (a->chrome_start[mid] <= start)
			low = mid + 1;
		else
			high = mid;
	}
	return low > 0 && end <= a->chrome_end[low - 1];
}

/* "paragraphs": every part of article_paragraphs, without its text. */
static void
add_paragraphs(analysis *a)
{
	pa_jsonb_key(&a->json, "paragraphs");
	pa_jsonb_begin_array(&a->json, (int) a->roles.count);
	for (size_t k = 0; k < a->roles.count; k++)
	{
		const pa_paragraph_part *part = &a->roles.parts[k];
		const pa_token *first = RANGE_FIRST(&a->pd.doc, part->tokens);
		const pa_token *last = RANGE_LAST(&a->pd.doc, part->tokens);
		const char *keys[KEY_COUNT(paragraph_keys)];
		int			key_count = PARAGRAPH_KEYS_REQUIRED;

		memcpy(keys, paragraph_keys, sizeof(keys[0]) * PARAGRAPH_KEYS_REQUIRED);
		if (part->place.count > 0)
			keys[key_count++] = "dateline_place";
		if (part->agency.count > 0)
			keys[key_count++] = "dateline_agency";
		pa_jsonb_begin_object(&a->json, keys, key_count);
		push_name(a, "role", pa_paragraph_role_name((pa_paragraph_role) part->role));
		push_position(a, "end_pos", last->end, last->cend);
		push_position(a, "start_pos", first->start, first->cstart);
		push_number(a, "paragraph_no", part->paragraph);
		if (part->place.count > 0)
			push_range_text(a, "dateline_place", part->place);
		if (part->agency.count > 0)
			push_range_text(a, "dateline_agency", part->agency);
		pa_jsonb_end_object(&a->json);
	}
	pa_jsonb_end_array(&a->json);
}

/* "dateline": {place, agency} of the first dateline, or null. */
static void
add_dateline(analysis *a)
{
	pa_jsonb_key(&a->json, "dateline");
	for (size_t k = 0; k < a->roles.count; k++)
	{
		const pa_paragraph_part *part = &a->roles.parts[k];

		if (part->role != PA_ROLE_DATELINE)
			continue;
		pa_jsonb_begin_object(&a->json, dateline_keys, KEY_COUNT(dateline_keys));
		push_range_text(a, "place", part->place);
		push_range_text(a, "agency", part->agency);
		pa_jsonb_end_object(&a->json);
		return;
	}
	pa_jsonb_null(&a->json);
}

/* "sentences": number, paragraph and positions of every sentence. */
static void
add_sentences(analysis *a)
{
	const pa_segmentation *segments = &a->pd.doc.segments;

	pa_jsonb_key(&a->json, "sentences");
	pa_jsonb_begin_array(&a->json, (int) segments->sentence_count);
	for (size_t s = 0; s < segments->sentence_count; s++)
	{
		const pa_sentence *sentence = &segments->sentences[s];
		const pa_token *first = pa_sentence_first(&a->pd.doc, sentence);
		const pa_token *last = pa_sentence_last(&a->pd.doc, sentence);

		pa_jsonb_begin_object(&a->json, sentence_keys, KEY_COUNT(sentence_keys));
		push_position(a, "end_pos", last->end, last->cend);
		push_position(a, "start_pos", first->start, first->cstart);
		push_number(a, "sentence_no", (uint32) s);
		push_number(a, "paragraph_no", sentence->paragraph);
		pa_jsonb_end_object(&a->json);
	}
	pa_jsonb_end_array(&a->json);
}

/* qsort order of mentions: by type, canonical form, then text order. */
static int
compare_mentions(const void *x, const void *y)
{
	const pa_entity *a = *(const pa_entity *const *) x;
	const pa_entity *b = *(const pa_entity *const *) y;
	int			order;

	if (a->type != b->type)
		return a->type < b->type ? -1 : 1;
	order = memcmp(a->canonical, b->canonical, Min(a->canonical_len, b->canonical_len));
	if (order != 0)
		return order;
	if (a->canonical_len != b->canonical_len)
		return a->canonical_len < b->canonical_len ? -1 : 1;
	return a < b ? -1 : (a > b ? 1 : 0);
}

/* True when two mentions have the same type and canonical form. */
static bool
same_entity(const pa_entity *a, const pa_entity *b)
{
	return a->type == b->type && a->canonical_len == b->canonical_len &&
		memcmp(a->canonical, b->canonical, a->canonical_len) == 0;
}

/* Pushes one entity group: type, canonical form, count and its mentions in text order. */
static void
push_entity_group(analysis *a, const pa_entity *const *mentions, size_t count)
{
	pa_jsonb_begin_object(&a->json, group_keys, KEY_COUNT(group_keys));
	push_name(a, "type", pa_entity_type_name(mentions[0]->type));
	pa_jsonb_key(&a->json, "count");
	pa_jsonb_int(&a->json, (int32) count);
	pa_jsonb_key(&a->json, "mentions");
	pa_jsonb_begin_array(&a->json, (int) count);
	for (size_t i = 0; i < count; i++)
	{
		const pa_entity *e = mentions[i];

		pa_jsonb_begin_object(&a->json, mention_keys, KEY_COUNT(mention_keys));
		pa_jsonb_key(&a->json, "text");
		push_span(a, e->start, e->end, e->cstart, e->cend);
		pa_jsonb_key(&a->json, "score");
		pa_jsonb_real(&a->json, e->score);
		push_position(a, "end_pos", e->end, e->cend);
		push_position(a, "start_pos", e->start, e->cstart);
		push_number(a, "sentence_no", e->sentence);
		pa_jsonb_end_object(&a->json);
	}
	pa_jsonb_end_array(&a->json);
	pa_jsonb_key(&a->json, "canonical");
	push_utf8(a, mentions[0]->canonical, mentions[0]->canonical_len);
	pa_jsonb_end_object(&a->json);
}

/*
 * "entities": the mentions outside boilerplate grouped by type and
 * canonical form, groups in the order of their first mention.
 */
static void
add_entities(analysis *a, const pa_entity_list *entities)
{
	const pa_entity **mentions = palloc(sizeof(pa_entity *) * Max(entities->count, 1));
	entity_group *groups = palloc(sizeof(entity_group) * Max(entities->count, 1));
	size_t		kept = 0,
				group_count = 0;
	size_t	   *group_from;

	for (size_t i = 0; i < entities->count; i++)
		if (!in_chrome(a, entities->items[i].start, entities->items[i].end))
			mentions[kept++] = &entities->items[i];
	qsort(mentions, kept, sizeof(pa_entity *), compare_mentions);
	for (size_t i = 0; i < kept; i++)
	{
		if (i == 0 || !same_entity(mentions[i - 1], mentions[i]))
			groups[group_count++].from = i;
		groups[group_count - 1].count = i + 1 - groups[group_count - 1].from;
	}

	/*
	 * Groups in the order of their first mention (the entity array is in
	 * text order): group_from[i] is 1 + the group that entity i opens, or 0.
	 */
	group_from = palloc0(sizeof(size_t) * Max(entities->count, 1));
	for (size_t g = 0; g < group_count; g++)
		group_from[mentions[groups[g].from] - entities->items] = g + 1;

	pa_jsonb_key(&a->json, "entities");
	pa_jsonb_begin_array(&a->json, (int) group_count);
	for (size_t i = 0; i < entities->count; i++)
	{
		const entity_group *group;

		if (group_from[i] == 0)
			continue;
		CHECK_FOR_INTERRUPTS();
		group = &groups[group_from[i] - 1];
		push_entity_group(a, &mentions[group->from], group->count);
	}
	pa_jsonb_end_array(&a->json);
}

/* Pushes key: the period of t as tsrange text [start, end), or null when it has none. */
static void
push_period(analysis *a, const pa_timex *t)
{
	Timestamp	start,
				end;
	char		from[20],
				to[20];

	pa_jsonb_key(&a->json, "period");
	if (!pa_pg_timex_period(t, &start, &end))
	{
		pa_jsonb_null(&a->json);
		return;
	}
	pa_format_timestamp(t->period_start, from);
	pa_format_timestamp(t->period_end, to);
	push_name(a, NULL, psprintf("[\"%s\",\"%s\")", from, to));
}

/* "dates": the temporal expressions outside boilerplate, as article_dates gives them. */
static void
add_dates(analysis *a, const pa_timex_list *dates)
{
	int			kept = 0;

	for (size_t i = 0; i < dates->count; i++)
		kept += !in_chrome(a, dates->items[i].start, dates->items[i].end);
	pa_jsonb_key(&a->json, "dates");
	pa_jsonb_begin_array(&a->json, kept);
	for (size_t i = 0; i < dates->count; i++)
	{
		const pa_timex *t = &dates->items[i];

		if (in_chrome(a, t->start, t->end))
			continue;
		pa_jsonb_begin_object(&a->json, date_keys, KEY_COUNT(date_keys));
		push_name(a, "type", pa_timex_type_name((pa_timex_type) t->type));
		push_name(a, "value", t->value);
		push_period(a, t);
		push_position(a, "end_pos", t->end, t->cend);
		push_position(a, "start_pos", t->start, t->cstart);
		pa_jsonb_key(&a->json, "expression");
		push_span(a, t->start, t->end, t->cstart, t->cend);
		pa_jsonb_key(&a->json, "granularity");
		if (t->granularity == PA_GRAN_NONE)
			pa_jsonb_null(&a->json);
		else
			push_name(a, NULL, pa_granularity_name((pa_granularity) t->granularity));
		push_number(a, "sentence_no", t->sentence);
		pa_jsonb_end_object(&a->json);
	}
	pa_jsonb_end_array(&a->json);
}

/* Pushes key: the SQL position of the start (or the end) of token range r, or null when r is empty. */
static void
push_range_position(analysis *a, const char *key, pa_token_range r, bool end)
{
	const pa_token *tok;

	if (r.count == 0)
	{
		pa_jsonb_key(&a->json, key);
		pa_jsonb_null(&a->json);
		return;
	}
	tok = end ? RANGE_LAST(&a->pd.doc, r) : RANGE_FIRST(&a->pd.doc, r);
	push_position(a, key, end ? tok->end : tok->start, end ? tok->cend : tok->cstart);
}

/* Whether the quotation lies inside boilerplate. */
static bool
quote_in_chrome(const analysis *a, const pa_quote *q)
{
	return in_chrome(a, RANGE_FIRST(&a->pd.doc, q->quote)->start,
					 RANGE_LAST(&a->pd.doc, q->quote)->end);
}

/* "quotes": the quotations outside boilerplate, with every column of article_quotes. */
static void
add_quotes(analysis *a, const pa_quote_list *quotes)
{
	int			kept = 0;

	for (size_t i = 0; i < quotes->count; i++)
		kept += !quote_in_chrome(a, &quotes->items[i]);
	pa_jsonb_key(&a->json, "quotes");
	pa_jsonb_begin_array(&a->json, kept);
	for (size_t i = 0; i < quotes->count; i++)
	{
		const pa_quote *q = &quotes->items[i];
		const pa_token *first = RANGE_FIRST(&a->pd.doc, q->quote);
		const pa_token *last = RANGE_LAST(&a->pd.doc, q->quote);

		if (quote_in_chrome(a, q))
			continue;
		CHECK_FOR_INTERRUPTS();
		pa_jsonb_begin_object(&a->json, quote_keys, KEY_COUNT(quote_keys));
		push_range_words(a, "cue", q->cue);
		push_name(a, "kind", pa_quote_kind_name((pa_quote_kind) q->kind));
		pa_jsonb_key(&a->json, "quote");
		push_span(a, first->start, last->end, first->cstart, last->cend);
		push_range_text(a, "speaker", q->speaker);
		push_position(a, "quote_end", last->end, last->cend);
		push_position(a, "quote_start", first->start, first->cstart);
		push_number(a, "sentence_no", q->sentence);
		push_range_position(a, "speaker_end", q->speaker, true);
		push_number(a, "paragraph_no", q->paragraph);
		push_range_words(a, "speaker_role", q->role);
		push_range_position(a, "speaker_start", q->speaker, false);
		push_range_words(a, "speaker_canonical", q->canonical);
		pa_jsonb_end_object(&a->json);
	}
	pa_jsonb_end_array(&a->json);
}

/*
 * Returns the whole analysis of body as jsonb, dates resolved against the
 * optional publication date.
 */
Datum
article_analyze(PG_FUNCTION_ARGS)
{
	pa_date		published_storage;
	const pa_date *published = pa_pg_published_arg(fcinfo, 1, &published_storage);
	analysis	a;
	pa_entity_list entities;
	pa_timex_list dates;
	pa_quote_list quotes;
	MemoryContext caller = CurrentMemoryContext;
	Jsonb	   *result;

	pa_pg_document_open(&a.pd, PG_GETARG_TEXT_PP(0));
	/* in the caller's context, where the result stays */
	pa_jsonb_init(&a.json, ANALYSIS_BYTES_PER_TEXT_BYTE * a.pd.doc.len);
	MemoryContextSwitchTo(a.pd.memory);

	pa_pg_document_check(&a.pd, pa_structure_find(&a.pd.doc, &a.pd.arena, &a.pd.progress,
												   &a.roles));
	pa_pg_entities_find(&a.pd, &entities);
	pa_pg_dates_find(&a.pd, published, &dates);
	pa_pg_quotes_find(&a.pd, &quotes);
	find_chrome(&a);

	pa_jsonb_begin_object(&a.json, analysis_keys, KEY_COUNT(analysis_keys));
	add_dates(&a, &dates);
	add_quotes(&a, &quotes);
	push_name(&a, "version", pa_pg_version_line());
	add_dateline(&a);
	add_entities(&a, &entities);
	add_sentences(&a);
	add_paragraphs(&a);
	pa_jsonb_end_object(&a.json);

	MemoryContextSwitchTo(caller);
	result = pa_jsonb_finish(&a.json);
	pa_pg_document_close(&a.pd);
	PG_RETURN_JSONB_P(result);
}
