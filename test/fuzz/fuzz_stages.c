/*
 * fuzz_stages.c: dates, quotes and paragraph roles under the fuzzer (see
 * fuzz_stages.h).
 *
 * Each stage is an adapter with one signature, so that the same harness
 * runs it plainly, again, with a failing allocator and with a cancel
 * request, and hands the results to the stage's own checks.
 */
#include "fuzz_stages.h"

#include <string.h>

#include "dates.h"
#include "fuzz_support.h"
#include "quotes.h"
#include "structure.h"
#include "utf8.h"

/* One stage's results: a list of items of either kind. */
typedef union stage_items
{
	pa_timex_list dates;
	pa_quote_list quotes;
	pa_paragraph_roles parts;
} stage_items;

typedef struct stage
{
	/* Runs the stage on doc with arg (the publication date for dates). */
	pa_status	(*run) (const pa_document *doc, const void *arg, pa_arena *arena,
						const pa_progress *progress, stage_items *out);
	/* Checks one run's items against the document. */
	void		(*check) (const pa_document *doc, const stage_items *items);
	/* Checks that two runs gave the same items. */
	void		(*same) (const stage_items *a, const stage_items *b);
} stage;

/* ---------------------------------------------------------------- dates */

/* pa_dates_find behind the stage signature. */
static pa_status
run_dates(const pa_document *doc, const void *arg, pa_arena *arena,
		  const pa_progress *progress, stage_items *out)
{
	return pa_dates_find(doc, arg, arena, progress, &out->dates);
}

/* Byte offset of the end of sentence s (its last token's end). */
static size_t
sentence_end(const pa_document *doc, size_t s)
{
	return pa_sentence_last(doc, &doc->segments.sentences[s])->end;
}

/* Byte offset of the start of sentence s (its first token's start). */
static size_t
sentence_start(const pa_document *doc, size_t s)
{
	return pa_sentence_first(doc, &doc->segments.sentences[s])->start;
}

/* Every field of one expression is well formed. */
static void
check_timex_fields(const pa_timex *t)
{
	char		stamp[20];

	CHECK(t->type <= PA_TIMEX_SET);
	CHECK(pa_timex_type_name((pa_timex_type) t->type) != NULL);
	CHECK(t->granularity <= PA_GRAN_SECOND);
	CHECK((t->granularity == PA_GRAN_NONE) ==
		  (pa_granularity_name((pa_granularity) t->granularity) == NULL));
	CHECK(memchr(t->value, '\0', sizeof(t->value)) != NULL);
	CHECK(t->value[0] != '\0');
	if (t->has_period)
	{
		CHECK(t->period_start < t->period_end);
		pa_format_timestamp(t->period_start, stamp);
		CHECK(strlen(stamp) == 19);
		pa_format_timestamp(t->period_end, stamp);
		CHECK(strlen(stamp) == 19);
	}
}

/* Expressions lie in the text, in order, on character boundaries, inside their sentence. */
static void
check_dates(const pa_document *doc, const stage_items *items)
{
	const pa_timex_list *list = &items->dates;
	size_t		prev_start = 0;

	CHECK(list->count == 0 || list->items != NULL);
	for (size_t k = 0; k < list->count; k++)
	{
		const pa_timex *t = &list->items[k];

		CHECK(t->start < t->end);
		CHECK(t->end <= doc->len);
		CHECK(t->start >= prev_start);
		CHECK(!fuzz_is_continuation(doc->text, t->start));
		CHECK(t->end == doc->len || !fuzz_is_continuation(doc->text, t->end));
		CHECK(t->cstart == pa_utf8_count_chars(doc->text, t->start));
		CHECK(t->cend == t->cstart + pa_utf8_count_chars(doc->text + t->start, t->end - t->start));
		CHECK(t->sentence < doc->segments.sentence_count);
		CHECK(t->start >= sentence_start(doc, t->sentence));
		CHECK(t->end <= sentence_end(doc, t->sentence));
		check_timex_fields(t);
		prev_start = t->start;
	}
}

/* Two runs found the same expressions with the same values. */
static void
same_dates(const stage_items *a, const stage_items *b)
{
	CHECK(a->dates.count == b->dates.count);
	for (size_t k = 0; k < a->dates.count; k++)
	{
		const pa_timex *x = &a->dates.items[k];
		const pa_timex *y = &b->dates.items[k];

		CHECK(x->start == y->start && x->end == y->end);
		CHECK(x->cstart == y->cstart && x->cend == y->cend);
		CHECK(x->sentence == y->sentence && x->type == y->type);
		CHECK(x->granularity == y->granularity && x->has_period == y->has_period);
		CHECK(strcmp(x->value, y->value) == 0);
		CHECK(!x->has_period ||
			  (x->period_start == y->period_start && x->period_end == y->period_end));
	}
}

/* ---------------------------------------------------------------- quotes */

/* pa_quotes_extract without entities behind the stage signature. */
static pa_status
run_quotes(const pa_document *doc, const void *arg, pa_arena *arena,
		   const pa_progress *progress, stage_items *out)
{
	(void) arg;
	return pa_quotes_extract(doc, NULL, 0, arena, progress, &out->quotes);
}

/* A token range lies within the document's tokens. */
static void
check_range(const pa_document *doc, pa_token_range r)
{
	CHECK(r.count == 0 || r.first < doc->tokens.count);
	CHECK(r.count <= doc->tokens.count - (r.count ? r.first : 0));
}

/* Quotes and their parts are token ranges of the document, in text order, with valid indexes. */
static void
check_quotes(const pa_document *doc, const stage_items *items)
{
	const pa_quote_list *list = &items->quotes;
	const pa_segmentation *seg = &doc->segments;
	uint32_t	prev_first = 0;

	CHECK(list->count == 0 || list->items != NULL);
	for (size_t k = 0; k < list->count; k++)
	{
		const pa_quote *q = &list->items[k];

		check_range(doc, q->quote);
		check_range(doc, q->speaker);
		check_range(doc, q->canonical);
		check_range(doc, q->role);
		check_range(doc, q->cue);
		CHECK(q->kind <= PA_QUOTE_INDIRECT);
		CHECK(pa_quote_kind_name((pa_quote_kind) q->kind) != NULL);
		CHECK(q->sentence < seg->sentence_count);
		CHECK(q->paragraph < seg->paragraph_count);
		CHECK(seg->sentences[q->sentence].paragraph == q->paragraph);
		CHECK(q->quote.count > 0);
		/* the item's sentence is that of the quote's first token */
		CHECK(q->quote.first >= seg->sentences[q->sentence].first_token);
		CHECK(q->quote.first < seg->sentences[q->sentence].first_token +
			  seg->sentences[q->sentence].token_count);
		CHECK(q->quote.first >= prev_first);
		prev_first = q->quote.first;
	}
}

/* Two token ranges are the same. */
static int
same_range(pa_token_range a, pa_token_range b)
{
	return a.first == b.first && a.count == b.count;
}

/* Two runs found the same quotes with the same attributions. */
static void
same_quotes(const stage_items *a, const stage_items *b)
{
	CHECK(a->quotes.count == b->quotes.count);
	for (size_t k = 0; k < a->quotes.count; k++)
	{
		const pa_quote *x = &a->quotes.items[k];
		const pa_quote *y = &b->quotes.items[k];

		CHECK(same_range(x->quote, y->quote) && same_range(x->speaker, y->speaker));
		CHECK(same_range(x->canonical, y->canonical) && same_range(x->role, y->role));
		CHECK(same_range(x->cue, y->cue));
		CHECK(x->sentence == y->sentence && x->paragraph == y->paragraph && x->kind == y->kind);
	}
}

/* ---------------------------------------------------------------- paragraph roles */

/* pa_structure_find behind the stage signature. */
static pa_status
run_structure(const pa_document *doc, const void *arg, pa_arena *arena,
			  const pa_progress *progress, stage_items *out)
{
	(void) arg;
	return pa_structure_find(doc, arena, progress, &out->parts);
}

/* The parts tile the tokens in order; each has a role and stays in its paragraph. */
static void
check_structure(const pa_document *doc, const stage_items *items)
{
	const pa_paragraph_roles *r = &items->parts;
	uint32_t	next = 0;

	for (size_t k = 0; k < r->count; k++)
	{
		const pa_paragraph_part *p = &r->parts[k];

		CHECK(p->role < PA_ROLE_COUNT);
		CHECK(p->tokens.first == next && p->tokens.count > 0);
		check_range(doc, p->tokens);
		CHECK(p->paragraph < doc->segments.paragraph_count);
		CHECK(k == 0 || p->paragraph >= r->parts[k - 1].paragraph);
		check_range(doc, p->place);
		check_range(doc, p->agency);
		CHECK(p->role == PA_ROLE_DATELINE || (p->place.count == 0 && p->agency.count == 0));
		next = p->tokens.first + p->tokens.count;
	}
	CHECK(next == doc->tokens.count);
}

/* Two runs gave the same parts. */
static void
same_structure(const stage_items *a, const stage_items *b)
{
	CHECK(a->parts.count == b->parts.count);
	for (size_t k = 0; k < a->parts.count; k++)
	{
		const pa_paragraph_part *x = &a->parts.parts[k],
				   *y = &b->parts.parts[k];

		CHECK(x->paragraph == y->paragraph && x->role == y->role);
		CHECK(same_range(x->tokens, y->tokens) && same_range(x->place, y->place) &&
			  same_range(x->agency, y->agency));
	}
}

/* ---------------------------------------------------------------- harness */

static const stage dates_stage = {run_dates, check_dates, same_dates};
static const stage quotes_stage = {run_quotes, check_quotes, same_quotes};
static const stage structure_stage = {run_structure, check_structure, same_structure};

/* Runs a stage in a fresh arena over heap and ticks (either may fail on request). */
static pa_status
run_stage(const stage *st, const pa_document *doc, const void *arg, counting_heap *heap,
		  ticker *ticks, pa_arena *arena, stage_items *out)
{
	pa_progress storage;

	pa_arena_init(arena, fuzz_allocator(heap));
	return st->run(doc, arg, arena, fuzz_progress(ticks, &storage), out);
}

/* The full treatment of one stage; salt varies the picks between stages. */
static void
check_stage(const stage *st, const pa_document *doc, const void *arg,
			const uint8_t *data, size_t size, uint32_t salt)
{
	counting_heap heap = {0, SIZE_MAX},
				heap2 = {0, SIZE_MAX};
	ticker		ticks = {0, SIZE_MAX};
	pa_arena	arena,
				arena2;
	stage_items items,
				items2;

	CHECK(run_stage(st, doc, arg, &heap, &ticks, &arena, &items) == PA_OK);
	st->check(doc, &items);

	/* a second run, without progress callback, agrees */
	CHECK(run_stage(st, doc, arg, &heap2, NULL, &arena2, &items2) == PA_OK);
	st->same(&items, &items2);
	pa_arena_release(&arena2);

	/* running out of memory part-way is reported, never a crash */
	{
		counting_heap failing = {0, fuzz_pick(data, size, salt, heap.allocations)};
		pa_status	status = run_stage(st, doc, arg, &failing, NULL, &arena2, &items2);

		CHECK(status == (failing.fail_after < heap.allocations ? PA_ERR_NOMEM : PA_OK));
		pa_arena_release(&arena2);
	}
	/* a cancel request part-way stops the stage */
	if (ticks.ticks > 0)
	{
		counting_heap heap3 = {0, SIZE_MAX};
		ticker		cancel = {0, 1 + fuzz_pick(data, size, salt + 1, ticks.ticks - 1)};

		CHECK(run_stage(st, doc, arg, &heap3, &cancel, &arena2, &items2) == PA_CANCELLED);
		pa_arena_release(&arena2);
	}
	pa_arena_release(&arena);
}

/* A valid day in years 1..9999 (the range SQL accepts), edges included, picked from the input. */
static pa_date
published_from(const uint8_t *data, size_t size)
{
	static const int edge_years[] = {1, 2, 1969, 1970, 1999, 2000, 2024, 9998, 9999};
	static const int month_days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	size_t		n_edges = sizeof(edge_years) / sizeof(edge_years[0]);
	size_t		y = fuzz_pick(data, size, 11, 9999 + n_edges - 1);
	pa_date		d;
	int			leap;

	d.year = y < n_edges ? edge_years[y] : (int) (y - n_edges) + 1;
	d.month = 1 + (int) fuzz_pick(data, size, 12, 11);
	leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
	d.day = 1 + (int) fuzz_pick(data, size, 13, (size_t) (month_days[d.month - 1] +
														  (d.month == 2 && leap)) - 1);
	return d;
}

/* See fuzz_stages.h. */
void
fuzz_check_stages(const pa_document *doc, const uint8_t *data, size_t size)
{
	pa_date		published = published_from(data, size);

	check_stage(&dates_stage, doc, &published, data, size, 1);
	check_stage(&dates_stage, doc, NULL, data, size, 3);
	check_stage(&quotes_stage, doc, NULL, data, size, 5);
	check_stage(&structure_stage, doc, NULL, data, size, 7);
}
