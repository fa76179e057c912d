/*
 * quotes_marks.c: pairs quote marks into quotations.
 *
 * The glyph of a mark is only a hint: scraped text mixes straight and curly
 * marks, writes closing marks as opening ones and loses spaces.  Within each
 * paragraph the double marks (" “ ” „ « » `` '') are paired by a small
 * dynamic programme over the sequence: every mark opens, closes or is
 * dropped, and the cheapest sequence wins, where going against the mark's
 * surroundings (tokenize.c's direction) costs most, against its glyph less,
 * and dropping a mark more than either.  A quote left open at the end of a
 * paragraph stops there (multi-paragraph quotes reopen in the next one), so
 * a stray mark never swallows more than its paragraph.  Single marks (‘ ’ `
 * ') pair only where both ends are clear, since ’ is also an apostrophe;
 * a quotation nested inside another is part of the outer one.
 */
#include "quotes_internal.h"

/* Costs, in tenths. */
#define COST_AGAINST_CONTEXT 10
#define COST_AGAINST_GLYPH 5
#define COST_AGAINST_NEIGHBOURS 3
#define COST_DROP 12
#define COST_OPEN_AT_END 6

enum
{
	LEAN_NONE = 0,
	LEAN_OPEN,
	LEAN_CLOSE
};

/* A mark of the paragraph being paired. */
typedef struct mark
{
	uint32_t	token;
	uint8_t		context;		/* pa_quote_dir from the tokenizer */
	uint8_t		glyph;			/* LEAN_*: what the glyph says */
	uint8_t		neighbours;		/* LEAN_*: what the tokens around say */
} mark;

/* Whether quote token i is a double mark (as opposed to a single one). */
static int
is_double_mark(const qx_context *ctx, uint32_t i)
{
	const pa_token *t = &ctx->tok[i];
	int32_t		cp = pa_token_first_char(ctx->doc->text, t);

	if (cp == '`' || cp == '\'')
		return t->end - t->start == 2;
	return !(cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B ||
			 cp == 0x2039 || cp == 0x203A);
}

/* What the glyph of quote token i says about its direction. */
static uint8_t
glyph_lean(const qx_context *ctx, uint32_t i)
{
	const pa_token *t = &ctx->tok[i];
	int32_t		cp = pa_token_first_char(ctx->doc->text, t);

	switch (cp)
	{
		case '`':
		case 0x201C:			/* “ */
		case 0x201E:			/* „ */
		case 0x00AB:			/* « */
		case 0x2018:			/* ‘ */
		case 0x201A:			/* ‚ */
		case 0x2039:			/* ‹ */
		case 0x300C:
		case 0x300E:
			return LEAN_OPEN;
		case 0x201D:			/* ” */
		case 0x00BB:			/* » */
		case 0x2019:			/* ’ */
		case 0x203A:			/* › */
		case 0x300D:
		case 0x300F:
			return LEAN_CLOSE;
		case '\'':
			return t->end - t->start == 2 ? LEAN_CLOSE : LEAN_NONE;
		default:
			return LEAN_NONE;
	}
}

/* What the tokens around mark i say: punctuation before it closes, a word after an opening place opens. */
static uint8_t
neighbour_lean(const qx_context *ctx, uint32_t i, uint32_t para_first, uint32_t para_last)
{
	const pa_token *prev = i > para_first ? &ctx->tok[i - 1] : NULL;
	const pa_token *next = i < para_last ? &ctx->tok[i + 1] : NULL;

	int			capital_next = next != NULL && i < para_last && qx_is_capitalised(ctx, i + 1);

	if (prev != NULL && (qx_is_stop(ctx, i - 1) || qx_is_comma(ctx, i - 1)) && !capital_next)
		return LEAN_CLOSE;		/* "Why?" she asked: a capital after it could open the next quote */
	if (next != NULL && (qx_is_stop(ctx, i + 1) || qx_is_comma(ctx, i + 1)))
		return LEAN_CLOSE;
	if (next != NULL && next->kind == PA_TOK_WORD &&
		(prev == NULL || prev->kind == PA_TOK_QUOTE || prev->kind == PA_TOK_DASH ||
		 (prev->kind == PA_TOK_PUNCT && ctx->doc->text[prev->start] == ':')))
		return LEAN_OPEN;
	return LEAN_NONE;
}

/* Cost of reading mark m as opening (open != 0) or closing. */
static int
role_cost(const mark *m, int open)
{
	uint8_t		want = open ? LEAN_OPEN : LEAN_CLOSE;

	if (m->context == PA_QUOTE_OPEN || m->context == PA_QUOTE_CLOSE)
		return (m->context == PA_QUOTE_OPEN) == open ? 0 : COST_AGAINST_CONTEXT;
	if (m->glyph != LEAN_NONE)
		return m->glyph == want ? 0 : COST_AGAINST_GLYPH;
	if (m->neighbours != LEAN_NONE)
		return m->neighbours == want ? 0 : COST_AGAINST_NEIGHBOURS;
	return 1;
}

/* Appends a span to ctx->spans (room was reserved for every mark). */
static void
add_span(qx_context *ctx, uint32_t open, uint32_t close, uint32_t last, uint32_t paragraph)
{
	qx_span    *s;

	if (open + 1 > last || (close != QX_NONE && open + 1 >= close))
		return;					/* nothing between the marks */
	s = &ctx->spans[ctx->span_count++];
	s->open = open;
	s->close = close;
	s->first = open + 1;
	s->last = close != QX_NONE ? close - 1 : last;
	s->paragraph = paragraph;
}

/* Action codes of the programme. */
enum
{
	ACT_DROP = 0,
	ACT_TOGGLE = 1				/* open when outside, close when inside */
};

/*
 * Pairs the n double marks of one paragraph.  back holds 2n bytes of
 * scratch; end_cost is what ending the paragraph inside a quote costs.
 */
static void
pair_doubles(qx_context *ctx, const mark *marks, size_t n, uint8_t *back, int end_cost,
			 uint32_t para_last, uint32_t paragraph)
{
	int			cost[2] = {0, 1 << 20};
	int			state;

	for (size_t i = 0; i < n; i++)
	{
		int			next[2];

		for (int s = 0; s < 2; s++)
		{
			/* reach state s by dropping (stay in s) or toggling from 1 - s */
			int			drop = cost[s] + COST_DROP;
			int			toggle = cost[1 - s] + role_cost(&marks[i], s == 1);

			next[s] = toggle <= drop ? toggle : drop;
			back[2 * i + s] = toggle <= drop ? ACT_TOGGLE : ACT_DROP;
		}
		cost[0] = next[0];
		cost[1] = next[1];
	}
	state = cost[1] + end_cost < cost[0] ? 1 : 0;

	/* walk back, collecting spans from the last one to the first */
	{
		uint32_t	close = QX_NONE;
		size_t		before = ctx->span_count;

		for (size_t i = n; i-- > 0;)
		{
			if (back[2 * i + state] != ACT_TOGGLE)
				continue;
			if (state == 1)
				add_span(ctx, marks[i].token, close, para_last, paragraph);
			else
				close = marks[i].token;
			state = 1 - state;
		}
		/* spans were added last first: put them in text order */
		for (size_t a = before, b = ctx->span_count; a + 1 < b; a++, b--)
		{
			qx_span		tmp = ctx->spans[a];

			ctx->spans[a] = ctx->spans[b - 1];
			ctx->spans[b - 1] = tmp;
		}
	}
}

/* Whether a single mark reads as opening (open != 0) or closing. */
static int
single_reads_as(const mark *m, int open)
{
	if (m->context == PA_QUOTE_OPEN || m->context == PA_QUOTE_CLOSE)
		return (m->context == PA_QUOTE_OPEN) == open;
	return m->context == PA_QUOTE_UNKNOWN && m->glyph == (open ? LEAN_OPEN : LEAN_CLOSE) &&
		m->neighbours != (open ? LEAN_CLOSE : LEAN_OPEN);
}

/* Pairs single marks that clearly open and close, outside the double quotes. */
static void
pair_singles(qx_context *ctx, const mark *marks, size_t n, uint32_t paragraph)
{
	size_t		open = SIZE_MAX;

	for (size_t i = 0; i < n; i++)
	{
		if (single_reads_as(&marks[i], 1))
			open = i;
		else if (open != SIZE_MAX && single_reads_as(&marks[i], 0))
		{
			add_span(ctx, marks[open].token, marks[i].token, marks[i].token, paragraph);
			open = SIZE_MAX;
		}
	}
}

/* Whether token i lies inside one of the spans from index from on. */
static int
inside_spans(const qx_context *ctx, size_t from, uint32_t i)
{
	for (size_t k = from; k < ctx->span_count; k++)
	{
		const qx_span *s = &ctx->spans[k];
		uint32_t	end = s->close != QX_NONE ? s->close : s->last;

		if (i >= s->open && i <= end)
			return 1;
	}
	return 0;
}

/* Sorts the spans of one paragraph (few) by opening mark and drops nested ones. */
static void
settle_spans(qx_context *ctx, size_t from)
{
	size_t		kept = from;

	for (size_t a = from + 1; a < ctx->span_count; a++)
	{
		qx_span		s = ctx->spans[a];
		size_t		b = a;

		for (; b > from && ctx->spans[b - 1].open > s.open; b--)
			ctx->spans[b] = ctx->spans[b - 1];
		ctx->spans[b] = s;
	}
	for (size_t a = from; a < ctx->span_count; a++)
	{
		const qx_span *s = &ctx->spans[a];

		if (kept > from && s->open <= ctx->spans[kept - 1].last + 1)
			continue;			/* inside the previous quotation */
		ctx->spans[kept++] = *s;
	}
	ctx->span_count = kept;
}

/* Whether the paragraph after p opens with a double mark: then a quote may run on into it. */
static int
next_paragraph_reopens(const qx_context *ctx, size_t p)
{
	const pa_segmentation *seg = &ctx->doc->segments;
	uint32_t	t;

	if (p + 1 >= seg->paragraph_count)
		return 0;
	t = seg->sentences[seg->paragraphs[p + 1].first_sentence].first_token;
	return ctx->tok[t].kind == PA_TOK_QUOTE && is_double_mark(ctx, t) &&
		ctx->tok[t].quote_dir != PA_QUOTE_CLOSE;
}

/*
 * Writes the positions of the quote marks of the document to at (room for
 * one more than the tokens); returns their number.
 */
static size_t
find_marks(const qx_context *ctx, uint32_t *at)
{
	const pa_token *tok = ctx->tok;
	uint32_t	ntok = ctx->ntok;
	size_t		n = 0;

	for (uint32_t i = 0; i < ntok; i++)
	{
		at[n] = i;
		n += tok[i].kind == PA_TOK_QUOTE;
	}
	return n;
}

/* See quotes_internal.h. */
pa_status
qx_pair_marks(qx_context *ctx, const pa_progress *progress)
{
	const pa_segmentation *seg = &ctx->doc->segments;
	uint32_t   *at = pa_arena_alloc_array(ctx->arena, ctx->ntok + 1, sizeof(uint32_t));
	size_t		nmarks,
				next_mark = 0;
	mark	   *doubles,
			   *singles;
	uint8_t    *back;

	if (at == NULL)
		return PA_ERR_NOMEM;
	nmarks = find_marks(ctx, at);
	ctx->span_count = 0;
	if (nmarks == 0)
		return PA_OK;
	doubles = pa_arena_alloc_array(ctx->arena, nmarks, sizeof(mark));
	singles = pa_arena_alloc_array(ctx->arena, nmarks, sizeof(mark));
	back = pa_arena_alloc_array(ctx->arena, nmarks, 2);
	ctx->spans = pa_arena_alloc_array(ctx->arena, nmarks, sizeof(qx_span));
	if (doubles == NULL || singles == NULL || back == NULL || ctx->spans == NULL)
		return PA_ERR_NOMEM;

	for (size_t p = 0; p < seg->paragraph_count; p++)
	{
		const pa_paragraph *para = &seg->paragraphs[p];
		const pa_sentence *first = &seg->sentences[para->first_sentence];
		const pa_sentence *last = &seg->sentences[para->first_sentence + para->sentence_count - 1];
		uint32_t	para_first = first->first_token;
		uint32_t	para_last = last->first_token + last->token_count - 1;
		size_t		nd = 0,
					ns = 0,
					from = ctx->span_count;

		if (progress != NULL && progress->tick != NULL && (p & 63) == 0 &&
			progress->tick(progress->ctx))
			return PA_CANCELLED;
		for (; next_mark < nmarks && at[next_mark] <= para_last; next_mark++)
		{
			uint32_t	i = at[next_mark];
			mark		m;

			if (i < para_first)
				continue;
			m.token = i;
			m.context = ctx->tok[i].quote_dir;
			m.glyph = glyph_lean(ctx, i);
			m.neighbours = neighbour_lean(ctx, i, para_first, para_last);
			if (is_double_mark(ctx, i))
				doubles[nd++] = m;
			else
				singles[ns++] = m;
		}
		pair_doubles(ctx, doubles, nd, back,
					 next_paragraph_reopens(ctx, p) ? 0 : COST_OPEN_AT_END, para_last, (uint32_t) p);
		{
			size_t		kept = 0;

			/* single marks inside a double quotation are nested quotes, kept in it */
			for (size_t k = 0; k < ns; k++)
				if (!inside_spans(ctx, from, singles[k].token))
					singles[kept++] = singles[k];
			pair_singles(ctx, singles, kept, (uint32_t) p);
		}
		settle_spans(ctx, from);
	}
	for (size_t k = 0; k < ctx->span_count; k++)
	{
		const qx_span *s = &ctx->spans[k];
		uint32_t	end = s->close != QX_NONE ? s->close : s->last;

		for (uint32_t i = s->open; i <= end; i++)
			ctx->span_of[i] = (uint32_t) k;
	}
	return PA_OK;
}
