/*
 * dates.c: the date stage over a document: sentence by sentence, build the
 * units, match expressions left to right (longest match, then move past
 * it), and normalise each against the publication date.
 */
#include "dates.h"

#include "dates_calendar.h"
#include "dates_normalize.h"
#include "dates_tense.h"
#include "dates_units.h"

/* A growable array of results in the arena. */
typedef struct timex_buffer
{
	pa_timex   *items;
	size_t		count;
	size_t		capacity;
} timex_buffer;

/* Room for one more result; NULL when memory runs out. */
static pa_timex *
buffer_push(timex_buffer *b, pa_arena *arena)
{
	if (b->count == b->capacity)
	{
		pa_timex   *items = pa_arena_grow_array(arena, b->items, b->count, &b->capacity,
												sizeof(pa_timex));

		if (items == NULL)
			return NULL;
		b->items = items;
	}
	return &b->items[b->count++];
}

/* Whether a frame's value depends on the direction of its sentence. */
static int
needs_direction(const dt_frame *f)
{
	return f->anchor == DT_A_WEEKDAY ||
		(f->anchor == DT_A_OFFSET && f->unit == DT_U_WEEKEND && f->offset == 0) ||
		(f->anchor == DT_A_ABSOLUTE && f->year < 0 && (f->month > 0 || f->sub > 0));
}

/* The first unit from i on where an expression may start (dt_may_start()), or s->n. */
static inline size_t
next_possible_start(const dt_sentence *s, size_t i)
{
	size_t		n = s->n;

	while (i < n && !dt_may_start(s, i))
		i++;
	return i;
}

/* Finds and normalises the expressions of one sentence. */
static pa_status
find_in_sentence(const dt_sentence *s, uint32_t sentence_no, const pa_date *published,
				 dt_doc_context *context, pa_arena *arena, timex_buffer *out)
{
	dt_match	m;
	size_t		i = 0;

	while ((i = next_possible_start(s, i)) < s->n)
	{
		pa_timex   *t;
		dt_direction direction = DT_DIR_NONE;

		if (!dt_match_expression(s, i, &m))
		{
			i++;
			continue;
		}
		if ((t = buffer_push(out, arena)) == NULL)
			return PA_ERR_NOMEM;
		t->start = s->u[m.first].start;
		t->end = s->u[m.end - 1].end;
		t->cstart = s->u[m.first].cstart;
		t->cend = s->u[m.end - 1].cend;
		t->sentence = sentence_no;
		t->has_period = 0;
		t->period_start = t->period_end = 0;
		if (needs_direction(&m.frame))
			direction = dt_tense_direction(s, m.first, m.end);
		dt_normalize(&m, published, direction, context, t);
		i = m.end;
	}
	return PA_OK;
}

/* See dates.h. */
pa_status
pa_dates_find(const pa_document *doc, const pa_date *published, pa_arena *arena,
			  const pa_progress *progress, pa_timex_list *out)
{
	timex_buffer buffer = {NULL, 0, 0};
	dt_doc_context context = {0, 0, 0, 0, -1, {0, 0, 0}, 0, 0, 0};
	dt_unit_builder builder;
	pa_status	status;

	out->items = NULL;
	out->count = 0;
	if (doc->segments.sentence_count == 0)
		return PA_OK;
	if ((status = dt_units_begin(&builder, doc, arena)) != PA_OK)
		return status;
	for (size_t k = 0; k < doc->segments.sentence_count; k++)
	{
		dt_sentence s = {doc->text, builder.units, 0};

		if (progress != NULL && progress->tick != NULL && k % 64 == 63 && progress->tick(progress->ctx))
			return PA_CANCELLED;
		s.n = dt_build_units(&builder, &doc->segments.sentences[k]);
		context.sentence = (long) k;
		status = find_in_sentence(&s, (uint32_t) k, published, &context, arena, &buffer);
		if (status != PA_OK)
			return status;
	}
	out->items = buffer.items;
	out->count = buffer.count;
	return PA_OK;
}

/* See dates.h. */
const char *
pa_timex_type_name(pa_timex_type type)
{
	static const char *const names[] = {"DATE", "TIME", "DURATION", "SET"};

	return (unsigned) type < 4 ? names[type] : "DATE";
}

/* See dates.h. */
const char *
pa_granularity_name(pa_granularity granularity)
{
	static const char *const names[] = {NULL, "century", "decade", "year", "half", "quarter",
		"season", "month", "week", "weekend", "day", "part_of_day", "hour", "minute", "second"};

	return (unsigned) granularity < sizeof(names) / sizeof(names[0]) ? names[granularity] : NULL;
}

/* See dates.h. */
void
pa_format_timestamp(int64_t seconds, char out[20])
{
	int64_t		days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
	int64_t		rest = seconds - days * 86400;
	pa_date		d = dt_civil_from_days(days);
	int			fields[6] = {d.year, d.month, d.day, (int) (rest / 3600), (int) (rest / 60 % 60), (int) (rest % 60)};
	static const int widths[6] = {4, 2, 2, 2, 2, 2};
	static const char seps[6] = {'-', '-', ' ', ':', ':', '\0'};
	char	   *p = out;

	for (int k = 0; k < 6; k++)
	{
		int			v = fields[k] < 0 ? 0 : fields[k];

		for (int w = widths[k] - 1; w >= 0; w--)
		{
			p[w] = (char) ('0' + v % 10);
			v /= 10;
		}
		p += widths[k];
		*p++ = seps[k];
	}
}
