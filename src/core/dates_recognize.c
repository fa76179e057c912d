/*
 * dates_recognize.c: relative expressions (last week, next March, the
 * coming weeks, now), sets (every Tuesday, weekly), the wrappers that
 * widen a match (the third quarter, early March, earlier this year), and
 * the dispatch on the class of the first unit.  The other matchers are in
 * dates_match_numbers.c and dates_match_calendar.c.
 */
#include "dates_match.h"

static size_t match_core(const dt_sentence *s, size_t i, dt_match *m, int after_the);

/* Starts a frame. */
void
dt_frame_init(dt_match *m, size_t first, pa_timex_type type, dt_anchor anchor, pa_granularity gran)
{
	dt_frame   *f = &m->frame;

	memset(m, 0, sizeof(*m));
	m->first = first;
	f->type = (uint8_t) type;
	f->anchor = (uint8_t) anchor;
	f->gran = (uint8_t) gran;
	f->year = f->month = f->day = -1;
	f->minutes = -1;
	f->zone = DT_NO_ZONE;
}

/* Granularity of an offset or duration unit. */
pa_granularity
dt_unit_granularity(int unit)
{
	switch (unit)
	{
		case DT_U_SECOND:
			return PA_GRAN_SECOND;
		case DT_U_MINUTE:
			return PA_GRAN_MINUTE;
		case DT_U_HOUR:
			return PA_GRAN_HOUR;
		case DT_U_DAY:
			return PA_GRAN_DAY;
		case DT_U_WEEKEND:
			return PA_GRAN_WEEKEND;
		case DT_U_WEEK:
			return PA_GRAN_WEEK;
		case DT_U_MONTH:
			return PA_GRAN_MONTH;
		case DT_U_QUARTER:
			return PA_GRAN_QUARTER;
		case DT_U_HALF:
			return PA_GRAN_HALF;
		case DT_U_DECADE:
			return PA_GRAN_DECADE;
		case DT_U_CENTURY:
		case DT_U_MILLENNIUM:
			return PA_GRAN_CENTURY;
		default:
			return PA_GRAN_YEAR;
	}
}

/* Sign of the offset a relative word gives: last -1, this 0, next +1. */
static inline int
relative_sign(int rel)
{
	return rel == DT_REL_NEXT ? 1 : rel == DT_REL_THIS ? 0 : -1;
}

/* Whether the relative word at i counts from the last date named: the following, the previous, the same. */
static int
anaphoric_relative(const dt_sentence *s, size_t i)
{
	return i > 0 && cls_at(s, i - 1) == DT_DET && s->u[i - 1].val == 0 &&
		(text_is(s, i, "following") || text_is(s, i, "previous") || text_is(s, i, "same"));
}

/* this|last|next year's [ordinal] quarter, at unit i (the relative word). */
static size_t
relative_year_quarter(const dt_sentence *s, size_t i, dt_match *m)
{
	size_t		k = i + 3;
	int			n = 0;

	if (!text_is(s, i + 1, "year") || s->u[i].val == DT_REL_LATEST ||
		!(text_is(s, i + 2, "'s") || text_is(s, i + 2, "\xe2\x80\x99s")))
		return 0;
	if (cls_at(s, k) == DT_ORDINAL && s->u[k].val <= 4)
		n = s->u[k++].val;
	if (cls_at(s, k) != DT_UNIT || s->u[k].val != DT_U_QUARTER || (s->u[k].flags & DT_F_PLURAL))
		return 0;
	dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_QUARTER);
	m->frame.sub = n;
	m->frame.year_relative = s->u[i].val;
	if (n == 0)
		m->context |= DT_FR_CONTEXT_QUARTER;
	return k + 1;
}

/* last week, next month, this year, the latest quarter, the past decade. */
static size_t
relative_unit(const dt_sentence *s, size_t i, dt_match *m, int after_the)
{
	int			rel = s->u[i].val;
	size_t		j = i + 1;
	int			unit = s->u[j].val;

	if (s->u[j].flags & DT_F_PLURAL)
		return 0;
	if (unit == DT_U_PERIOD && rel == DT_REL_LATEST)
		unit = DT_U_QUARTER;	/* the latest period */
	if (unit == DT_U_PERIOD || unit == DT_U_HALF || unit == DT_U_SECOND || unit == DT_U_MINUTE ||
		unit == DT_U_HOUR)
		return 0;
	if ((unit == DT_U_DECADE || unit == DT_U_CENTURY) && after_the && rel == DT_REL_LAST)
	{
		dt_frame_init(m, i, PA_TIMEX_DURATION, DT_A_DURATION, PA_GRAN_NONE);
		m->frame.unit = (uint8_t) unit;
		m->frame.amount = 1;
		m->the_ok = 1;
		return j + 1;			/* the past decade: the ten years up to now */
	}
	dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, dt_unit_granularity(unit));
	m->frame.unit = (uint8_t) unit;
	m->frame.offset = text_is(s, i, "same") && unit <= DT_U_MONTH ? 0 : relative_sign(rel);
	m->the_ok = 1;
	if (unit == DT_U_YEAR && after_the && (text_is(s, i, "following") || text_is(s, i, "previous")))
		m->context |= DT_FR_CONTEXT_YEAR;	/* the following year: after the one in focus */
	else if (anaphoric_relative(s, i) && (unit == DT_U_DAY || unit == DT_U_WEEK || unit == DT_U_MONTH))
		m->context |= DT_FR_ANAPHOR;	/* the following month, the same day */
	return j + 1;
}

/* last March, next Friday [morning], this summer, this morning, last night. */
static size_t
relative_named(const dt_sentence *s, size_t i, dt_match *m)
{
	int			rel = s->u[i].val;
	size_t		j = i + 1;
	int			c = cls_at(s, j);

	if (c == DT_PART_OF_DAY)
	{
		if (rel != DT_REL_THIS && !text_is(s, i, "last"))
			return 0;
		dt_frame_init(m, i, PA_TIMEX_TIME, DT_A_OFFSET, PA_GRAN_PART_OF_DAY);
		m->frame.unit = DT_U_DAY;
		m->frame.offset = rel == DT_REL_THIS ? 0 : -1;
		m->frame.part_of_day = s->u[j].val;
		return j + 1;
	}
	if (c != DT_SEASON && !capitalised(s, j))
		return 0;
	if (c == DT_MONTH && day_at(s, j + 1) >= 0)
	{
		size_t		end = dtm_month(s, j, m);	/* last Oct. 23 */

		if (end == 0)
			return 0;
		m->first = i;
		m->frame.relative = rel;
		return end;
	}
	dt_frame_init(m, i, PA_TIMEX_DATE, c == DT_WEEKDAY ? DT_A_WEEKDAY : DT_A_ABSOLUTE,
				   c == DT_MONTH ? PA_GRAN_MONTH : c == DT_WEEKDAY ? PA_GRAN_DAY : PA_GRAN_SEASON);
	if (c == DT_MONTH)
		m->frame.month = s->u[j].val;
	else if (c == DT_WEEKDAY)
		m->frame.weekday = s->u[j].val;
	else
		m->frame.sub = s->u[j].val;
	m->frame.relative = rel;
	if (c == DT_WEEKDAY && anaphoric_relative(s, i))
		m->context |= DT_FR_ANAPHOR;	/* the previous Friday: before the day in focus */
	return c == DT_WEEKDAY ? dt_part_of_day_after(s, j + 1, m) : j + 1;
}

/* the coming weeks, the past two months, the next few years, the past. */
static size_t
relative_span(const dt_sentence *s, size_t i, dt_match *m, int after_the)
{
	size_t		j = i + 1;

	if (text_is(s, i, "this") || text_is(s, i, "previous") || text_is(s, i, "following"))
		return 0;
	if (s->u[i].val == DT_REL_NEXT && cls_at(s, j) == DT_UNIT && (s->u[j].flags & DT_F_PLURAL) &&
		(after_the || (i > 0 && cls_at(s, i - 1) == DT_PREP)))
	{
		dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_REF, PA_GRAN_NONE);
		m->frame.ref = DT_REF_FUTURE;	/* the coming weeks */
		m->the_ok = 1;
		return j + 1;
	}
	j = dtm_duration(s, j, m);
	if (j != 0 && m->frame.anchor == DT_A_DURATION && cls_at(s, i + 1) != DT_DET)
	{
		m->first = i;
		return j;
	}
	if (text_is(s, i, "past") && !after_the && cls_at(s, i + 1) == DT_UNIT && (s->u[i + 1].flags & DT_F_PLURAL) &&
		i > 0 && cls_at(s, i - 1) == DT_PREP)
	{
		dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_REF, PA_GRAN_NONE);
		m->frame.ref = DT_REF_PAST;
		return i + 2;			/* in past years */
	}
	if (after_the && text_is(s, i, "past"))
	{
		dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_REF, PA_GRAN_NONE);
		m->frame.ref = DT_REF_PAST;
		m->the_ok = 1;
		return i + 1;
	}
	return 0;
}

/* last|next|this|past|coming|latest + what follows. */
static size_t
match_relative(const dt_sentence *s, size_t i, dt_match *m, int after_the)
{
	size_t		end;

	switch (cls_at(s, i + 1))
	{
		case DT_UNIT:
			if ((end = relative_year_quarter(s, i, m)) != 0 ||
				(end = relative_unit(s, i, m, after_the)) != 0)
				return end;
			break;
		case DT_MONTH:
		case DT_WEEKDAY:
		case DT_SEASON:
		case DT_PART_OF_DAY:
			if (s->u[i].val == DT_REL_LATEST)
				return 0;
			return relative_named(s, i, m);
		default:
			break;
	}
	if (s->u[i].val == DT_REL_LATEST)
		return 0;
	return relative_span(s, i, m, after_the);
}

/* now, currently, recently, soon, the future; current + unit; recent years. */
static size_t
match_ref(const dt_sentence *s, size_t i, dt_match *m, int after_the)
{
	int			ref = s->u[i].val;
	size_t		j = i + 1;

	if (cls_at(s, j) == DT_FISCAL && text_is(s, i, "current") && text_is(s, j + 1, "year"))
		j++;
	if (cls_at(s, j) == DT_UNIT && text_is(s, i, "current") && !(s->u[j].flags & DT_F_PLURAL))
	{
		dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, dt_unit_granularity(s->u[j].val));
		m->frame.unit = (uint8_t) s->u[j].val;
		m->the_ok = 1;
		return j + 1;
	}
	if (ref == DT_REF_FUTURE_NOUN)
	{
		if (!after_the && (cls_at(s, j) != DT_UNIT || !(s->u[j].flags & DT_F_PLURAL)))
			return 0;			/* future earnings: an adjective; the future, future quarters */
		dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_REF, PA_GRAN_NONE);
		m->frame.ref = DT_REF_FUTURE;
		m->the_ok = 1;
		return j;
	}
	if (j < s->n && (s->u[j].flags & DT_F_HYPHEN))
		return 0;				/* the now-cancelled deal */
	if ((text_is(s, i, "now") || text_is(s, i, "currently")) && i == 0 && punct_is(s, j, ','))
		return 0;				/* "Now, he says...": a discourse marker opening the sentence */
	if (text_is(s, i, "recent") && cls_at(s, j) == DT_UNIT && (s->u[j].flags & DT_F_PLURAL))
	{
		dt_frame_init(m, i, PA_TIMEX_DURATION, DT_A_DURATION, PA_GRAN_NONE);
		m->frame.unit = (uint8_t) s->u[j].val;
		m->frame.amount = DT_AMOUNT_VAGUE;
		return j + 1;			/* recent years: some years up to now */
	}
	if ((text_is(s, i, "current") || text_is(s, i, "recent")) &&
		(cls_at(s, j) != DT_OTHER || capitalised(s, j) || (i > 0 && text_is(s, i - 1, "most"))))
		return 0;				/* the current market, recent declines; not "most recent", "current 1990" */
	dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_REF, PA_GRAN_NONE);
	m->frame.ref = ref;
	return j;
}

/* that year, that quarter, that [same] day: the year, quarter or day in focus. */
static size_t
match_that_year(const dt_sentence *s, size_t i, dt_match *m)
{
	size_t		day = i + 1 + text_is(s, i + 1, "same");

	if (text_is(s, day, "day") && (day > i + 1 || (i > 0 && cls_at(s, i - 1) == DT_SHIFT)))
	{
		/* that same day, earlier that day; a bare "that day" is too often an aside */
		dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, PA_GRAN_DAY);
		m->frame.unit = DT_U_DAY;
		m->context |= DT_FR_ANAPHOR;
		return day + 1;
	}
	if (text_is(s, i + 1, "quarter"))
	{
		dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, PA_GRAN_QUARTER);
		m->frame.unit = DT_U_QUARTER;
		m->context |= DT_FR_CONTEXT_QUARTER;
		return i + 2;
	}
	if (!text_is(s, i + 1, "year"))
		return 0;
	dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, PA_GRAN_YEAR);
	m->frame.unit = DT_U_YEAR;
	m->context |= DT_FR_CONTEXT_YEAR;
	return i + 2;
}

/* earlier / later + this|last|next unit, today, a weekday. */
static size_t
match_shift(const dt_sentence *s, size_t i, dt_match *m, int after_the)
{
	size_t		j;

	if (!text_is(s, i, "earlier") && !text_is(s, i, "later"))
		return 0;
	switch (cls_at(s, i + 1))
	{
		case DT_RELATIVE:
			j = match_relative(s, i + 1, m, after_the);
			break;
		case DT_DAYWORD:
			j = dtm_dayword(s, i + 1, m);
			break;
		case DT_DET:
			j = match_that_year(s, i + 1, m);
			break;
		default:
			return 0;
	}
	if (j == 0 || m->frame.anchor == DT_A_DURATION)
		return 0;
	m->first = i;
	return j;
}

/* daily, weekly; every|each|per [n] unit; every Tuesday. */
static size_t
match_set(const dt_sentence *s, size_t i, dt_match *m)
{
	size_t		j = i + 1;
	int			amount = 1;

	dt_frame_init(m, i, PA_TIMEX_SET, DT_A_SET, PA_GRAN_NONE);
	m->frame.amount = 1;
	if (cls_at(s, i) == DT_SETWORD)
	{
		if (s->u[i].val == DT_U_QUARTER || (i > 0 && dt_quantity_word(s, i - 1)))
			return 0;			/* a rate: 20% annually, 10,000 units annually; adjusted quarterly */
		m->frame.unit = (uint8_t) s->u[i].val;
		return j;				/* daily, a daily rally, weekly unemployment benefits, hourly earnings */
	}
	if (cls_at(s, j) == DT_MONTH && capitalised(s, j) && !text_is(s, i, "per"))
	{
		m->frame.month = s->u[j].val;
		return j + 1;			/* each July */
	}
	if (cls_at(s, j) == DT_WEEKDAY && capitalised(s, j) && !text_is(s, i, "per"))
	{
		m->frame.weekday = s->u[j].val;
		return dt_part_of_day_after(s, j + 1, m);
	}
	if (cls_at(s, j) == DT_INT || cls_at(s, j) == DT_NUMWORD)
	{
		size_t		k = dtm_amount(s, j, &amount);

		if (k == 0 || amount <= 0)
			return 0;
		j = k;
	}
	if (dt_duration_unit_at(s, j) == DT_U_NONE || s->u[j].val == DT_U_WEEKEND)
		return 0;
	m->frame.unit = (uint8_t) dt_duration_unit_at(s, j);
	m->frame.amount = amount;
	return j + 1;
}

/* Whether unit i, before "the day", makes it a day of the story: end the day, for the day, later in the day. */
static int
frames_the_day(const dt_sentence *s, size_t i)
{
	static const char *const words[] = {"end", "ends", "ended", "ending", "finish", "finished",
	"finishing", "for", "in", "of", "during", "throughout"};

	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
	{
		if (text_is_n(s, i, words[k], strlen(words[k])))
			return 1;
	}
	return 0;
}

/* in the morning, for the afternoon: that part of the day in focus; 4 in the morning: a time. */
static size_t
the_part_of_day(const dt_sentence *s, size_t i, dt_match *m)
{
	int			part = s->u[i].val;

	if (i < 2 || !frames_the_day(s, i - 2))
		return 0;
	dt_frame_init(m, i, PA_TIMEX_TIME, DT_A_OFFSET, PA_GRAN_PART_OF_DAY);
	m->frame.unit = DT_U_DAY;
	m->context |= DT_FR_ANAPHOR;
	m->the_ok = 1;
	if (i >= 3 && text_is(s, i - 2, "in") && cls_at(s, i - 3) == DT_INT && s->u[i - 3].ndigits <= 2 &&
		s->u[i - 3].val >= 1 && s->u[i - 3].val <= 12)
	{
		int			hour = s->u[i - 3].val % 12;

		m->frame.minutes = 60 * (part == DT_POD_MO || (part == DT_POD_NI && hour < 6) ? hour : hour + 12);
		m->first = i - 3;		/* 4 in the morning, 8 in the evening */
		return i + 1;
	}
	m->frame.part_of_day = part;
	return i + 1;
}

/* year-earlier, year-ago; after "the": the year, the quarter, the weekend. */
static size_t
match_unit(const dt_sentence *s, size_t i, dt_match *m, int after_the)
{
	int			unit = s->u[i].val;
	size_t		j = i + 1;

	if (unit == DT_U_YEAR && cls_at(s, j) == DT_SHIFT && (s->u[j].flags & DT_F_HYPHEN) &&
		s->u[j].val < 0)
	{
		dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, PA_GRAN_YEAR);
		m->frame.unit = DT_U_YEAR;
		m->frame.offset = -1;
		m->context |= DT_FR_YEAR_EARLIER;
		m->the_ok = 1;
		j++;
		if (cls_at(s, j) == DT_ORDINAL && s->u[j].val <= 4 && cls_at(s, j + 1) == DT_UNIT &&
			s->u[j + 1].val == DT_U_QUARTER)
		{
			m->frame.sub = s->u[j].val;	/* the year-ago third quarter */
			j++;
		}
		if (cls_at(s, j) == DT_UNIT && (s->u[j].val == DT_U_QUARTER || s->u[j].val == DT_U_PERIOD))
			j++;
		return j;
	}
	if (unit == DT_U_YEAR && (text_is(s, j, "end") ||
							  ((text_is(s, j, "'s") || text_is(s, j, "\xe2\x80\x99s")) && text_is(s, j + 1, "end"))))
	{
		dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, PA_GRAN_YEAR);
		m->frame.unit = DT_U_YEAR;
		return j + 1 + !text_is(s, j, "end");	/* year-end, year's end: the end of this year */
	}
	if (s->u[i].flags & DT_F_PLURAL)
		return dtm_bare_plural(s, i, m);
	if (text_is(s, j, "long") && (s->u[j].flags & DT_F_HYPHEN) && unit != DT_U_PERIOD)
	{
		dt_frame_init(m, i, PA_TIMEX_DURATION, DT_A_DURATION, PA_GRAN_NONE);
		m->frame.unit = (uint8_t) unit;
		m->frame.amount = 1;
		return j + 1;			/* a day-long meeting */
	}
	if (!after_the || capitalised(s, j) || (j < s->n && (s->u[j].flags & DT_F_HYPHEN)))
		return 0;				/* not the quarter-to-quarter comparison */
	switch (unit)
	{
		case DT_U_QUARTER:
		case DT_U_PERIOD:
			dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, PA_GRAN_QUARTER);
			m->frame.unit = DT_U_QUARTER;
			m->frame.offset = -1;
			m->context |= DT_FR_CONTEXT_QUARTER;
			break;
		case DT_U_YEAR:
			if (cls_at(s, j) == DT_NUMWORD && (j = dtm_spelled_year(s, j, m)) != 0)
			{
				m->first = i;
				m->the_ok = 1;
				return j;
			}
			j = i + 1;
			if (text_is(s, j, "ended") || text_is(s, j, "ending") || text_is(s, j, "through"))
			{
				dt_frame_init(m, i, PA_TIMEX_DURATION, DT_A_DURATION, PA_GRAN_NONE);
				m->frame.unit = DT_U_YEAR;
				m->frame.amount = 1;
				break;
			}
			/* FALLTHROUGH */
		case DT_U_WEEK:
		case DT_U_WEEKEND:
		case DT_U_MONTH:
			dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, dt_unit_granularity(unit));
			m->frame.unit = (uint8_t) unit;
			break;
		case DT_U_DAY:
			if (i < 2 || !frames_the_day(s, i - 2))
				return 0;
			dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, PA_GRAN_DAY);
			m->frame.unit = DT_U_DAY;
			m->context |= DT_FR_ANAPHOR;	/* ended the day: the day in focus */
			break;
		default:
			return 0;
	}
	m->the_ok = 1;
	return j;
}

/* mid-afternoon [yesterday|Friday], early morning: a part of the day, today unless a day follows. */
static size_t
edge_part_of_day(const dt_sentence *s, size_t i, size_t j, dt_match *m)
{
	int			part = s->u[j].val;
	size_t		end = 0;

	if (cls_at(s, j + 1) == DT_DAYWORD && s->u[j + 1].val != 2)
		end = dtm_dayword(s, j + 1, m);	/* mid-afternoon yesterday */
	else if (cls_at(s, j + 1) == DT_WEEKDAY && capitalised(s, j + 1))
		end = dtm_weekday(s, j + 1, m);	/* early morning Friday */
	if (end == 0)
	{
		dt_frame_init(m, i, PA_TIMEX_TIME, DT_A_OFFSET, PA_GRAN_PART_OF_DAY);
		m->frame.unit = DT_U_DAY;
		end = j + 1;
	}
	m->frame.type = PA_TIMEX_TIME;
	m->frame.part_of_day = part;
	m->first = i;
	return end;
}

/* early|mid|late [-] X; the end|beginning|middle of X. */
static size_t
match_edge(const dt_sentence *s, size_t i, dt_match *m, int after_the)
{
	int			edge = s->u[i].val;
	size_t		j = i + 1;
	size_t		end;

	if (edge == DT_EDGE_END || edge == DT_EDGE_START || text_is(s, i, "middle"))
	{
		if (!after_the || !prep_is(s, j, DT_P_OF))
			return 0;
		j++;
	}
	if (j >= s->n)
		return 0;
	if (cls_at(s, j) == DT_PART_OF_DAY && edge != DT_EDGE_END && edge != DT_EDGE_START)
		return edge_part_of_day(s, i, j, m);
	end = match_core(s, j, m, 0);
	if (end == 0 || m->frame.anchor == DT_A_DURATION || m->frame.anchor == DT_A_SET ||
		m->frame.anchor == DT_A_REF || m->frame.type == PA_TIMEX_TIME)
		return 0;
	m->first = i;
	m->the_ok = 1;
	return end;
}

/* the + an expression that takes it (the third quarter, the past two months, the future). */
static size_t
match_the(const dt_sentence *s, size_t i, dt_match *m)
{
	size_t		end;

	if (s->u[i].val != 0 || i + 1 >= s->n)
		return 0;
	if (text_is(s, i + 1, "near") && cls_at(s, i + 2) == DT_REF)
	{
		end = match_ref(s, i + 2, m, 1);
		if (end == 0 || m->frame.ref != DT_REF_FUTURE)
			return 0;
		m->first = i;
		return end;
	}
	if ((text_is(s, i + 1, "near") || text_is(s, i + 1, "short") || text_is(s, i + 1, "long")) &&
		text_is(s, i + 2, "term") && !(s->u[i + 2].flags & DT_F_HYPHEN) &&
		!(i + 3 < s->n && (s->u[i + 3].flags & DT_F_HYPHEN)))
	{
		dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_REF, PA_GRAN_NONE);
		m->frame.ref = DT_REF_FUTURE;
		return i + 3;			/* the near term, in the long term */
	}
	if (text_is(s, i + 1, "full") && text_is(s, i + 2, "year"))
	{
		dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, PA_GRAN_YEAR);
		m->frame.unit = DT_U_YEAR;
		return i + 3;			/* the full year */
	}
	end = match_core(s, i + 1, m, 1);
	if (end == 0 || !m->the_ok)
		return 0;
	if (m->first > i)
		m->first = i;			/* not when the match reaches back (4 in the morning) */
	return end;
}

/* a + a duration (a week, a few days); a later date: some time ahead. */
static size_t
match_a(const dt_sentence *s, size_t i, dt_match *m)
{
	if (text_is(s, i + 1, "later") && (text_is(s, i + 2, "date") || text_is(s, i + 2, "time")))
	{
		dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_REF, PA_GRAN_NONE);
		m->frame.ref = DT_REF_FUTURE;
		return i + 3;
	}
	return dtm_duration(s, i, m);
}

/* The second day of a range after a month: April 24 and 25, May 3-5, June 1 to 4. */
static size_t
range_day(const dt_sentence *s, size_t i, dt_match *m)
{
	size_t		day = i - 1;

	if (cls_at(s, i) != DT_INT || day_at(s, i) < 0 || i < 2)
		return 0;
	if (!(s->u[i].flags & DT_F_HYPHEN))
	{
		if (!text_is(s, i - 1, "and") && !text_is(s, i - 1, "to") && !text_is(s, i - 1, "through"))
			return 0;
		day = i - 2;
	}
	if (day == 0 || day_at(s, day) < 0 || day_at(s, day) >= s->u[i].val || cls_at(s, day - 1) != DT_MONTH)
		return 0;
	dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_DAY);
	m->frame.month = s->u[day - 1].val;
	m->frame.day = s->u[i].val;
	return i + 1;
}

/* The best match of a number at i. */
static size_t
match_number(const dt_sentence *s, size_t i, dt_match *m)
{
	size_t		end;

	if ((end = range_day(s, i, m)) != 0)
		return end;
	if ((end = dtm_year_period(s, i, m)) != 0 || (end = dtm_day_first(s, i, m)) != 0 || (end = dtm_clock(s, i, m)) != 0 ||
		(end = dtm_duration(s, i, m)) != 0 || (end = dtm_year(s, i, m)) != 0)
		return end;
	return 0;
}

/* Dispatches on the class of unit i (dt_may_start() lists the classes it returns 0 for). */
static size_t
match_core(const dt_sentence *s, size_t i, dt_match *m, int after_the)
{
	switch (cls_at(s, i))
	{
		case DT_INT:
			return match_number(s, i, m);
		case DT_FULL_DATE:
			return dtm_full_date(s, i, m);
		case DT_CLOCK:
			return dtm_clock(s, i, m);
		case DT_ORDINAL:
			{
				size_t		end = dtm_ordinal(s, i, m, after_the);

				return end != 0 ? end : dtm_day_first(s, i, m);
			}
		case DT_DECADE:
			return dtm_decade(s, i, m);
		case DT_NUMWORD:
			{
				size_t		end = dtm_spelled_year(s, i, m);

				return end != 0 ? end : dtm_duration(s, i, m);
			}
		case DT_FEW:
			return dtm_duration(s, i, m);
		case DT_APPROX:
			return dtm_approximate(s, i, m);
		case DT_MONTH:
			return dtm_month(s, i, m);
		case DT_WEEKDAY:
			return dtm_weekday(s, i, m);
		case DT_UNIT:
			return match_unit(s, i, m, after_the);
		case DT_DAYWORD:
			return dtm_dayword(s, i, m);
		case DT_REF:
			return match_ref(s, i, m, after_the);
		case DT_RELATIVE:
			return match_relative(s, i, m, after_the);
		case DT_SEASON:
			return dtm_season(s, i, m);
		case DT_EDGE:
			return match_edge(s, i, m, after_the);
		case DT_SHIFT:
			return match_shift(s, i, m, after_the);
		case DT_SETWORD:
		case DT_EVERY:
			return match_set(s, i, m);
		case DT_FISCAL:
			return dtm_fiscal(s, i, m, after_the);
		case DT_QUARTER_NAME:
			return dtm_quarter_name(s, i, m);
		case DT_NOON:
			return dtm_noon(s, i, m);
		case DT_PART_OF_DAY:
			return after_the ? the_part_of_day(s, i, m) : 0;
		case DT_HOLIDAY:
			return dtm_holiday(s, i, m);
		case DT_DET:
			if (after_the)
				return 0;
			return s->u[i].val == 0 ? match_the(s, i, m) : s->u[i].val == 1 ? match_a(s, i, m) :
				match_that_year(s, i, m);
		case DT_PREP:
			return s->u[i].val == DT_P_AT ? dtm_approximate(s, i, m) : 0;
		default:
			return 0;
	}
}

/*
 * Whether a match ends in a capitalised unit word inside a name or title:
 * "This Week", "60 Minutes", "High Noon", "VOA Today" (not Christmas Day).
 */
static int
ends_in_title(const dt_sentence *s, size_t end)
{
	size_t		last = end - 1;
	int			c = cls_at(s, last);

	if ((c != DT_UNIT && c != DT_DAYWORD && c != DT_NOON) || last == 0 || !capitalised(s, last) ||
		cls_at(s, last - 1) == DT_HOLIDAY)
		return 0;
	return capitalised(s, last - 1) || cls_at(s, last - 1) == DT_INT;
}

/* See dates_recognize.h. */
int
dt_match_expression(const dt_sentence *s, size_t i, dt_match *m)
{
	size_t		end = match_core(s, i, m, 0);

	if (end == 0 || ends_in_title(s, end))
		return 0;
	m->end = end;
	return 1;
}
