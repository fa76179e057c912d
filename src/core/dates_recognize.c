/*
 * dates_recognize.c: the patterns of temporal expressions, as hand-written
 * matchers over classified units.  dt_match_expression dispatches on the
 * class of the first unit; each matcher returns the unit after its match
 * (0 when it does not match) and fills the frame.
 */
#include "dates_recognize.h"

#include <string.h>

/* ---------------------------------------------------------------- helpers */

/* Class of unit i, DT_CLASS_COUNT past the end. */
static inline int
cls_at(const dt_sentence *s, size_t i)
{
	return i < s->n ? s->u[i].cls : DT_CLASS_COUNT;
}

/* Whether unit i reads lower (ASCII lower case, compared case-insensitively). */
static int
text_is(const dt_sentence *s, size_t i, const char *lower)
{
	size_t		len = strlen(lower);
	const char *t;

	if (i >= s->n || s->u[i].end - s->u[i].start != len)
		return 0;
	t = s->text + s->u[i].start;
	for (size_t k = 0; k < len; k++)
	{
		char		c = t[k];

		if (c >= 'A' && c <= 'Z')
			c += 32;
		if (c != lower[k])
			return 0;
	}
	return 1;
}

/* Whether unit i is the punctuation character ch. */
static inline int
punct_is(const dt_sentence *s, size_t i, char ch)
{
	return cls_at(s, i) == DT_PUNCT && s->u[i].val == ch;
}

/* Whether unit i is written with a capital. */
static inline int
capitalised(const dt_sentence *s, size_t i)
{
	return i < s->n && (s->u[i].flags & (DT_F_CAP | DT_F_ALL_CAPS)) != 0;
}

/* Whether unit i is the preposition p. */
static inline int
prep_is(const dt_sentence *s, size_t i, int p)
{
	return cls_at(s, i) == DT_PREP && s->u[i].val == p;
}

/* A four-digit year 1000..2199 at unit i, or -1. */
static int
year_at(const dt_sentence *s, size_t i)
{
	if (cls_at(s, i) != DT_INT || s->u[i].ndigits != 4 || s->u[i].val < 1000 || s->u[i].val > 2199)
		return -1;
	return s->u[i].val;
}

/* A day of the month 1..31 at unit i (12, 12th), or -1. */
static int
day_at(const dt_sentence *s, size_t i)
{
	int			c = cls_at(s, i);

	if ((c == DT_INT || (c == DT_ORDINAL && s->u[i].ndigits > 0)) &&
		s->u[i].ndigits <= 2 && s->u[i].val >= 1 && s->u[i].val <= 31)
		return s->u[i].val;
	return -1;
}

/* Starts a frame. */
static void
frame_init(dt_match *m, size_t first, pa_timex_type type, dt_anchor anchor, pa_granularity gran)
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
static pa_granularity
unit_granularity(int unit)
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

/* Whether unit i is a currency sign or other mark that makes a number a price or an id. */
static int
money_or_id_mark(const dt_sentence *s, size_t i)
{
	const unsigned char *t;

	if (i >= s->n)
		return 0;
	t = (const unsigned char *) s->text + s->u[i].start;
	if (s->u[i].cls == DT_PUNCT)
		return t[0] == '$' || t[0] == '#' || (t[0] == 0xC2 && (t[1] == 0xA3 || t[1] == 0xA5)) ||
			(t[0] == 0xE2 && t[1] == 0x82);
	return text_is(s, i, "no.") || text_is(s, i, "nos.");
}

/* Whether unit i says that a preceding number counts things (percent, million). */
static int
quantity_word(const dt_sentence *s, size_t i)
{
	return punct_is(s, i, '%') || text_is(s, i, "percent") || text_is(s, i, "million") ||
		text_is(s, i, "billion") || text_is(s, i, "trillion") || text_is(s, i, "per") ||
		cls_at(s, i) == DT_UNIT || cls_at(s, i) == DT_INT || cls_at(s, i) == DT_NUMBER_OTHER;
}

/* ---------------------------------------------------------------- amounts and durations */

/* Reads a count (14, fourteen, twenty-four, a, a few, several); returns the unit after it. */
static size_t
match_amount(const dt_sentence *s, size_t i, int *amount)
{
	size_t		j = i + 1;

	switch (cls_at(s, i))
	{
		case DT_INT:
			if (s->u[i].ndigits > 4 || s->u[i].val == 0 || money_or_id_mark(s, i - (i > 0)))
				return 0;
			*amount = s->u[i].val;
			return j;
		case DT_NUMWORD:
			*amount = s->u[i].val;
			if (*amount >= 20 && *amount < 100 && cls_at(s, j) == DT_NUMWORD && s->u[j].val < 10)
				*amount += s->u[j++].val;
			if (text_is(s, j, "hundred"))
			{
				*amount *= 100;
				j++;
			}
			return j;
		case DT_DET:
			if (s->u[i].val != 1)
				return 0;
			if (text_is(s, j, "few"))
			{
				*amount = DT_AMOUNT_VAGUE;
				return j + 1;
			}
			if (text_is(s, j, "couple"))
			{
				*amount = 2;
				return j + 1 + prep_is(s, j + 1, DT_P_OF);
			}
			if (cls_at(s, j) == DT_NUMWORD && s->u[j].val >= 12)
			{
				*amount = s->u[j].val;
				return j + 1;
			}
			*amount = 1;
			return j;
		case DT_FEW:
			if (text_is(s, i, "couple"))
				return 0;
			*amount = DT_AMOUNT_VAGUE;
			return j;
		default:
			return 0;
	}
}

/* The duration unit at j ("second" is an ordinal in the lexicon), or DT_U_NONE. */
static int
duration_unit_at(const dt_sentence *s, size_t j)
{
	if (cls_at(s, j) == DT_UNIT && s->u[j].val != DT_U_PERIOD && s->u[j].val != DT_U_HALF)
		return s->u[j].val;
	if (cls_at(s, j) == DT_ORDINAL && s->u[j].ndigits == 0 && s->u[j].val == 2)
		return DT_U_SECOND;
	return DT_U_NONE;
}

/* Whether the unit before i makes "a year" a rate (5 percent a year). */
static int
rate_before(const dt_sentence *s, size_t i)
{
	if (i == 0)
		return 0;
	return quantity_word(s, i - 1) || text_is(s, i - 1, "times") || text_is(s, i - 1, "twice") ||
		text_is(s, i - 1, "once") || text_is(s, i - 1, "dollars") || text_is(s, i - 1, "cents");
}

/*
 * amount unit [ago|earlier|later]: a duration (five years, a 10-day visit),
 * a shift from the DCT (two days ago) or a rate (5 percent a year).
 */
static size_t
match_duration(const dt_sentence *s, size_t i, dt_match *m)
{
	int			amount = 0;
	size_t		j = match_amount(s, i, &amount);
	int			unit;
	int			plural;

	if (j == 0 || (unit = duration_unit_at(s, j)) == DT_U_NONE)
		return 0;
	plural = (s->u[j].flags & DT_F_PLURAL) != 0;
	if (amount == DT_AMOUNT_VAGUE && !plural)
		return 0;
	if (cls_at(s, i) == DT_DET && plural)
		return 0;
	j++;
	if (text_is(s, j, "old"))
		return 0;				/* an age: a 52-year-old, 52 years old */
	if (cls_at(s, j) == DT_SHIFT && (s->u[j].val < 0 || text_is(s, j, "later")) &&
		!text_is(s, j, "before") && !text_is(s, j, "after"))
	{
		if (amount == DT_AMOUNT_VAGUE)
		{
			frame_init(m, i, PA_TIMEX_DATE, DT_A_REF, PA_GRAN_NONE);
			m->frame.ref = s->u[j].val < 0 ? DT_REF_PAST : DT_REF_FUTURE;
			return j + 1;
		}
		frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, unit_granularity(unit));
		m->frame.unit = (uint8_t) unit;
		m->frame.offset = s->u[j].val * amount;
		if (unit == DT_U_YEAR && amount == 1)
			m->context |= DT_FR_YEAR_EARLIER;
		return j + 1;
	}
	if (cls_at(s, i) == DT_DET && rate_before(s, i))
	{
		frame_init(m, i, PA_TIMEX_SET, DT_A_SET, PA_GRAN_NONE);
		m->frame.unit = (uint8_t) unit;
		m->frame.amount = 1;
		return j;
	}
	frame_init(m, i, PA_TIMEX_DURATION, DT_A_DURATION, PA_GRAN_NONE);
	m->frame.unit = (uint8_t) unit;
	m->frame.amount = amount;
	m->the_ok = 1;
	return j;
}

/* about / nearly / more than / at least / up to + a duration. */
static size_t
match_approximate(const dt_sentence *s, size_t i, dt_match *m)
{
	size_t		j = i + 1;

	if (text_is(s, i, "more") || text_is(s, i, "less") || text_is(s, i, "fewer"))
	{
		if (!text_is(s, j, "than"))
			return 0;
		j++;
	}
	else if (text_is(s, i, "at") || text_is(s, i, "up"))
	{
		if (!text_is(s, j, text_is(s, i, "at") ? "least" : "to"))
			return 0;
		j++;
	}
	else if (cls_at(s, i) != DT_APPROX || text_is(s, i, "least"))
		return 0;
	j = match_duration(s, j, m);
	if (j == 0 || m->frame.anchor != DT_A_DURATION)
		return 0;
	m->first = i;
	return j;
}

/* ---------------------------------------------------------------- calendar dates */

/* Year after a month or a day: ", 2023" or " 2023"; returns the unit after it or 0. */
static size_t
match_year_after(const dt_sentence *s, size_t j, int *year)
{
	if (punct_is(s, j, ',') && year_at(s, j + 1) >= 0)
	{
		*year = year_at(s, j + 1);
		return j + 2;
	}
	if (year_at(s, j) >= 0)
	{
		*year = year_at(s, j);
		return j + 1;
	}
	return 0;
}

/* Whether a bare month name at i reads as a month rather than a name or a verb. */
static int
bare_month_ok(const dt_sentence *s, size_t i)
{
	const dt_unit *u = &s->u[i];
	int			prev = i > 0 ? cls_at(s, i - 1) : DT_CLASS_COUNT;

	if ((u->flags & DT_F_ABBR) != 0 && !(u->flags & DT_F_DOT))
		return 0;
	if (capitalised(s, i + 1) && cls_at(s, i + 1) == DT_OTHER)
		return 0;
	if (!(u->flags & DT_F_AMBIGUOUS))
		return 1;
	return prev == DT_PREP || prev == DT_EDGE || prev == DT_RELATIVE || prev == DT_EVERY ||
		(i > 0 && (s->u[i].flags & DT_F_HYPHEN));
}

/* Month [day[th]] [, year] | Month [,|of] year | Month. */
static size_t
match_month(const dt_sentence *s, size_t i, dt_match *m)
{
	size_t		j = i + 1,
				k;
	int			year = -1,
				day;

	if (!capitalised(s, i))
		return 0;
	frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_MONTH);
	m->frame.month = s->u[i].val;
	if ((day = day_at(s, j)) >= 0)
	{
		m->frame.day = day;
		m->frame.gran = PA_GRAN_DAY;
		j++;
		if ((k = match_year_after(s, j, &year)) != 0)
		{
			m->frame.year = year;
			j = k;
		}
		return j;
	}
	if ((k = match_year_after(s, j, &year)) != 0 ||
		(prep_is(s, j, DT_P_OF) && (k = match_year_after(s, j + 1, &year)) != 0))
	{
		m->frame.year = year;
		return k;
	}
	if (cls_at(s, j) == DT_RELATIVE && text_is(s, j + 1, "year") && s->u[j].val != DT_REL_LATEST)
	{
		m->frame.year_relative = s->u[j].val;
		return j + 2;
	}
	if (!bare_month_ok(s, i))
		return 0;
	return j;
}

/* day Month [year]: 12 September 2023, 5th May. */
static size_t
match_day_first(const dt_sentence *s, size_t i, dt_match *m)
{
	int			day = day_at(s, i);
	size_t		j = i + 1 + prep_is(s, i + 1, DT_P_OF),
				k;
	int			year;

	if (day < 0 || cls_at(s, j) != DT_MONTH || !capitalised(s, j) ||
		((s->u[j].flags & DT_F_ABBR) && !(s->u[j].flags & DT_F_DOT)))
		return 0;
	frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_DAY);
	m->frame.day = day;
	m->frame.month = s->u[j].val;
	j++;
	if ((k = match_year_after(s, j, &year)) != 0)
	{
		m->frame.year = year;
		j = k;
	}
	return j;
}

/* Whether a bare four-digit number at i reads as a year. */
static int
bare_year_ok(const dt_sentence *s, size_t i)
{
	int			prev = i > 0 ? cls_at(s, i - 1) : DT_CLASS_COUNT;
	int			next = cls_at(s, i + 1);

	if (i > 0 && money_or_id_mark(s, i - 1))
		return 0;
	if (quantity_word(s, i + 1) || punct_is(s, i + 1, ':'))
		return 0;
	if ((s->u[i].flags & DT_F_HYPHEN) && prev != DT_EDGE && prev != DT_INT)
		return 0;
	if (prev == DT_APPROX)
		return 0;
	if (next == DT_OTHER && !capitalised(s, i + 1))
		return prev == DT_PREP || prev == DT_EDGE || prev == DT_FISCAL || prev == DT_SEASON ||
			prev == DT_DET || prev == DT_CLASS_COUNT;
	return 1;
}

/* A year (1999), its decade (1980's) or the second year of a range (1998-99). */
static size_t
match_year(const dt_sentence *s, size_t i, dt_match *m)
{
	int			year = year_at(s, i);

	if (year < 0)
	{
		int			prev = i > 0 ? year_at(s, i - 1) : -1;

		if (prev < 0 || !(s->u[i].flags & DT_F_HYPHEN) || cls_at(s, i) != DT_INT || s->u[i].ndigits != 2)
			return 0;
		year = prev / 100 * 100 + s->u[i].val;
		if (year <= prev)
			return 0;
	}
	else if (!bare_year_ok(s, i))
		return 0;
	if (year % 10 == 0 && (text_is(s, i + 1, "'s") || text_is(s, i + 1, "\xe2\x80\x99s")))
	{
		frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_DECADE);
		m->frame.year = year;
		m->the_ok = 1;
		return i + 2;
	}
	frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_YEAR);
	m->frame.year = year;
	return i + 1;
}

/* 2023-09-12, 9/12/2023. */
static size_t
match_full_date(const dt_sentence *s, size_t i, dt_match *m)
{
	int			v = s->u[i].val;

	frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_DAY);
	m->frame.year = v / 10000;
	m->frame.month = v / 100 % 100;
	m->frame.day = v % 100;
	return i + 1;
}

/* 1990s, the '90s. */
static size_t
match_decade(const dt_sentence *s, size_t i, dt_match *m)
{
	frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_DECADE);
	m->frame.year = s->u[i].val;
	m->the_ok = 1;
	return i + 1;
}

/* ---------------------------------------------------------------- weekdays, days, parts of day */

/* A part of the day after a day: Friday morning, yesterday afternoon. */
static size_t
part_of_day_after(const dt_sentence *s, size_t j, dt_match *m)
{
	if (cls_at(s, j) != DT_PART_OF_DAY || (s->u[j].flags & DT_F_PLURAL))
		return j;
	m->frame.part_of_day = s->u[j].val;
	m->frame.type = PA_TIMEX_TIME;
	m->frame.gran = PA_GRAN_PART_OF_DAY;
	return j + 1;
}

/* Weekday [, Month day [, year]] [part of day]. */
static size_t
match_weekday(const dt_sentence *s, size_t i, dt_match *m)
{
	const dt_unit *u = &s->u[i];
	size_t		j = i + 1;

	if (!capitalised(s, i) || ((u->flags & DT_F_ABBR) && !(u->flags & DT_F_DOT)))
		return 0;
	if (punct_is(s, j, ','))
		j++;
	if (cls_at(s, j) == DT_MONTH)
	{
		size_t		k = match_month(s, j, m);

		if (k != 0 && m->frame.day > 0)
		{
			m->first = i;
			return k;
		}
	}
	if (cls_at(s, j) == DT_INT && day_at(s, j) > 0 && cls_at(s, j + 1) == DT_MONTH)
	{
		size_t		k = match_day_first(s, j, m);

		if (k != 0)
		{
			m->first = i;
			return k;
		}
	}
	frame_init(m, i, PA_TIMEX_DATE, DT_A_WEEKDAY, PA_GRAN_DAY);
	m->frame.weekday = u->val;
	return part_of_day_after(s, i + 1, m);
}

/* today, yesterday, tomorrow [part of day], tonight. */
static size_t
match_dayword(const dt_sentence *s, size_t i, dt_match *m)
{
	int			v = s->u[i].val;

	frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, PA_GRAN_DAY);
	m->frame.unit = DT_U_DAY;
	if (v == 2)
	{
		m->frame.type = PA_TIMEX_TIME;
		m->frame.part_of_day = DT_POD_NI;
		m->frame.gran = PA_GRAN_PART_OF_DAY;
		return i + 1;
	}
	m->frame.offset = v;
	return part_of_day_after(s, i + 1, m);
}

/* ---------------------------------------------------------------- relative expressions */

/*
 * last|next|this|past|coming + week/month/year, a month, a weekday, a
 * season, a part of the day, or an amount of units (the past two months).
 */
static size_t
match_relative(const dt_sentence *s, size_t i, dt_match *m, int after_the)
{
	int			rel = s->u[i].val;
	size_t		j = i + 1;
	int			c = cls_at(s, j);
	int			sign = rel == DT_REL_NEXT ? 1 : rel == DT_REL_THIS ? 0 : -1;

	if (c == DT_UNIT && !(s->u[j].flags & DT_F_PLURAL) && s->u[j].val != DT_U_PERIOD)
	{
		int			unit = s->u[j].val;

		if (unit == DT_U_HALF || unit == DT_U_SECOND || unit == DT_U_MINUTE || unit == DT_U_HOUR)
			return 0;
		frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, unit_granularity(unit));
		m->frame.unit = (uint8_t) unit;
		m->frame.offset = sign;
		if (rel == DT_REL_LATEST && unit == DT_U_QUARTER)
			m->context |= DT_FR_CONTEXT_QUARTER;
		m->the_ok = 1;
		return j + 1;
	}
	if ((c == DT_UNIT && s->u[j].val == DT_U_PERIOD && rel == DT_REL_LATEST))
	{
		frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, PA_GRAN_QUARTER);
		m->frame.unit = DT_U_QUARTER;
		m->frame.offset = -1;
		m->context |= DT_FR_CONTEXT_QUARTER;
		m->the_ok = 1;
		return j + 1;
	}
	if (rel == DT_REL_LATEST)
		return 0;
	if (c == DT_MONTH || c == DT_WEEKDAY || c == DT_SEASON)
	{
		if (!capitalised(s, j) && c != DT_SEASON)
			return 0;
		frame_init(m, i, PA_TIMEX_DATE, c == DT_WEEKDAY ? DT_A_WEEKDAY : DT_A_ABSOLUTE,
				   c == DT_MONTH ? PA_GRAN_MONTH : c == DT_WEEKDAY ? PA_GRAN_DAY : PA_GRAN_SEASON);
		if (c == DT_MONTH)
			m->frame.month = s->u[j].val;
		else if (c == DT_WEEKDAY)
			m->frame.weekday = s->u[j].val;
		else
			m->frame.sub = s->u[j].val;
		m->frame.relative = rel;
		return c == DT_WEEKDAY ? part_of_day_after(s, j + 1, m) : j + 1;
	}
	if (c == DT_PART_OF_DAY && rel != DT_REL_NEXT && (rel == DT_REL_THIS || text_is(s, i, "last")))
	{
		frame_init(m, i, PA_TIMEX_TIME, DT_A_OFFSET, PA_GRAN_PART_OF_DAY);
		m->frame.unit = DT_U_DAY;
		m->frame.offset = rel == DT_REL_THIS ? 0 : -1;
		m->frame.part_of_day = s->u[j].val;
		return j + 1;
	}
	if (text_is(s, i, "this") || text_is(s, i, "previous") || text_is(s, i, "following"))
		return 0;
	j = match_duration(s, j, m);
	if (j != 0 && m->frame.anchor == DT_A_DURATION && cls_at(s, i + 1) != DT_DET)
	{
		m->first = i;
		return j;
	}
	if (after_the && text_is(s, i, "past"))
	{
		frame_init(m, i, PA_TIMEX_DATE, DT_A_REF, PA_GRAN_NONE);
		m->frame.ref = DT_REF_PAST;
		m->the_ok = 1;
		return i + 1;
	}
	return 0;
}

/* now, currently, recently, soon, the future; current + unit; recent years. */
static size_t
match_ref(const dt_sentence *s, size_t i, dt_match *m, int after_the)
{
	int			ref = s->u[i].val;
	size_t		j = i + 1;

	if (cls_at(s, j) == DT_UNIT && text_is(s, i, "current") && !(s->u[j].flags & DT_F_PLURAL))
	{
		frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, unit_granularity(s->u[j].val));
		m->frame.unit = (uint8_t) s->u[j].val;
		m->the_ok = 1;
		return j + 1;
	}
	if (ref == DT_REF_FUTURE_NOUN)
	{
		if (!after_the)
			return 0;
		frame_init(m, i, PA_TIMEX_DATE, DT_A_REF, PA_GRAN_NONE);
		m->frame.ref = DT_REF_FUTURE;
		m->the_ok = 1;
		return j;
	}
	frame_init(m, i, PA_TIMEX_DATE, DT_A_REF, PA_GRAN_NONE);
	m->frame.ref = ref;
	if (text_is(s, i, "recent"))
		return cls_at(s, j) == DT_UNIT && (s->u[j].flags & DT_F_PLURAL) ? j + 1 : 0;
	return j;
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
			j = match_dayword(s, i + 1, m);
			break;
		default:
			return 0;
	}
	if (j == 0 || m->frame.anchor == DT_A_DURATION)
		return 0;
	m->first = i;
	return j;
}

/* ---------------------------------------------------------------- quarters, seasons, centuries */

/* Year of a period: "of 1999", "of this year", "1999", "fiscal 1999"; returns the unit after it or j. */
static size_t
period_year_after(const dt_sentence *s, size_t j, dt_match *m)
{
	size_t		k = j + prep_is(s, j, DT_P_OF);

	if (cls_at(s, k) == DT_FISCAL)
		k++;
	if (year_at(s, k) >= 0)
	{
		m->frame.year = year_at(s, k);
		return k + 1;
	}
	if (k > j && cls_at(s, k) == DT_RELATIVE && text_is(s, k + 1, "year") && s->u[k].val != DT_REL_LATEST)
	{
		m->frame.year_relative = s->u[k].val;
		return k + 2;
	}
	return j;
}

/* first|second|third|fourth [-] quarter|half [of year]; Q3 [year]; 20th century. */
static size_t
match_ordinal(const dt_sentence *s, size_t i, dt_match *m, int after_the)
{
	int			n = s->u[i].val;
	size_t		j = i + 1;
	int			unit = cls_at(s, j) == DT_UNIT ? s->u[j].val : DT_U_NONE;

	if (cls_at(s, j) == DT_FISCAL)
		unit = cls_at(s, ++j) == DT_UNIT ? s->u[j].val : DT_U_NONE;
	if (s->u[j].flags & DT_F_PLURAL)
		unit = DT_U_NONE;
	if ((unit == DT_U_QUARTER && n <= 4) || (unit == DT_U_HALF && n <= 2))
	{
		frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, unit == DT_U_QUARTER ? PA_GRAN_QUARTER : PA_GRAN_HALF);
		m->frame.sub = n;
		m->the_ok = 1;
		return period_year_after(s, j + 1, m);
	}
	if (unit == DT_U_CENTURY && n <= 21)
	{
		frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_CENTURY);
		m->frame.year = (n - 1) * 100;
		m->the_ok = 1;
		return j + 1;
	}
	if (after_the && n == 1)
	{
		j = match_duration(s, j, m);
		if (j != 0 && m->frame.anchor == DT_A_DURATION)
		{
			m->first = i;
			return j;
		}
	}
	return 0;
}

/* Q3 [year], H1 [year]. */
static size_t
match_quarter_name(const dt_sentence *s, size_t i, dt_match *m)
{
	int			v = s->u[i].val;

	frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, v > 10 ? PA_GRAN_HALF : PA_GRAN_QUARTER);
	m->frame.sub = v % 10;
	return period_year_after(s, i + 1, m);
}

/* fiscal 1999, fiscal first quarter, the fiscal year. */
static size_t
match_fiscal(const dt_sentence *s, size_t i, dt_match *m, int after_the)
{
	size_t		j = i + 1;

	if (year_at(s, j) >= 0)
	{
		frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_YEAR);
		m->frame.year = year_at(s, j);
		m->frame.fiscal = 1;
		return j + 1;
	}
	if (cls_at(s, j) == DT_ORDINAL && (j = match_ordinal(s, j, m, after_the)) != 0)
	{
		m->first = i;
		m->frame.fiscal = 1;
		return j;
	}
	return 0;
}

/* spring 2023, summer of 1998. */
static size_t
match_season(const dt_sentence *s, size_t i, dt_match *m)
{
	size_t		j;

	frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_SEASON);
	m->frame.sub = s->u[i].val;
	j = period_year_after(s, i + 1, m);
	if (m->frame.year < 0)
		return 0;
	return j;
}

/* ---------------------------------------------------------------- times of day */

/* am/pm, a zone or "local time" after a time; returns the unit after them. */
static size_t
time_suffix(const dt_sentence *s, size_t j, dt_match *m, int hours_only)
{
	if (cls_at(s, j) == DT_AMPM)
	{
		int			h = m->frame.minutes / 60;

		if (h < 1 || h > 12)
			return 0;
		m->frame.minutes = (h % 12 + s->u[j].val) * 60 + m->frame.minutes % 60;
		j++;
	}
	else if (hours_only)
		return 0;
	if (cls_at(s, j) == DT_ZONE)
	{
		m->frame.zone = s->u[j].val;
		j++;
	}
	else if (text_is(s, j, "local") && text_is(s, j + 1, "time"))
		j += 2;
	return j;
}

/* A day named after a time: 10 p.m. Wednesday, noon today, 5 p.m. EST, Nov. 9. */
static size_t
time_day_after(const dt_sentence *s, size_t j, dt_match *m)
{
	dt_match	day;
	size_t		k = j + punct_is(s, j, ','),
				end = 0;

	switch (cls_at(s, k))
	{
		case DT_WEEKDAY:
			end = match_weekday(s, k, &day);
			break;
		case DT_DAYWORD:
			end = match_dayword(s, k, &day);
			break;
		case DT_MONTH:
			end = match_month(s, k, &day);
			if (day.frame.day < 0)
				end = 0;
			break;
		default:
			break;
	}
	if (end == 0 || day.frame.type == PA_TIMEX_TIME)
		return j;
	day.first = m->first;
	day.frame.type = PA_TIMEX_TIME;
	day.frame.gran = PA_GRAN_MINUTE;
	day.frame.minutes = m->frame.minutes;
	day.frame.zone = m->frame.zone;
	*m = day;
	return end;
}

/* Starts a time-of-day frame at minutes. */
static void
time_frame(dt_match *m, size_t i, int minutes)
{
	frame_init(m, i, PA_TIMEX_TIME, DT_A_OFFSET, PA_GRAN_MINUTE);
	m->frame.unit = DT_U_DAY;
	m->frame.minutes = minutes;
}

/* 19:00 [pm] [zone]; 10 a.m. [zone]; 08. 30 local time. */
static size_t
match_clock(const dt_sentence *s, size_t i, dt_match *m)
{
	size_t		j;

	if (cls_at(s, i) == DT_CLOCK)
	{
		time_frame(m, i, s->u[i].val);
		j = time_suffix(s, i + 1, m, 0);
		return j != 0 ? time_day_after(s, j, m) : 0;
	}
	if (s->u[i].ndigits > 2)
		return 0;
	if (cls_at(s, i + 1) == DT_AMPM)
	{
		time_frame(m, i, s->u[i].val * 60);
		j = time_suffix(s, i + 1, m, 1);
		return j != 0 ? time_day_after(s, j, m) : 0;
	}
	if (s->u[i].val <= 23 && s->u[i].ndigits == 2 && punct_is(s, i + 1, '.') &&
		cls_at(s, i + 2) == DT_INT && s->u[i + 2].ndigits == 2 && s->u[i + 2].val <= 59 &&
		(cls_at(s, i + 3) == DT_ZONE || text_is(s, i + 3, "local")))
	{
		time_frame(m, i, s->u[i].val * 60 + s->u[i + 2].val);
		j = time_suffix(s, i + 3, m, 0);
		return j > i + 3 ? j : 0;
	}
	return 0;
}

/* noon, midnight. */
static size_t
match_noon(const dt_sentence *s, size_t i, dt_match *m)
{
	time_frame(m, i, s->u[i].val);
	return time_day_after(s, i + 1, m);
}

/* ---------------------------------------------------------------- sets, holidays, units */

/* daily, weekly; every|each|per [n] unit; every Tuesday. */
static size_t
match_set(const dt_sentence *s, size_t i, dt_match *m)
{
	size_t		j = i + 1;
	int			amount = 1;

	frame_init(m, i, PA_TIMEX_SET, DT_A_SET, PA_GRAN_NONE);
	m->frame.amount = 1;
	if (cls_at(s, i) == DT_SETWORD)
	{
		if (cls_at(s, j) == DT_OTHER && !capitalised(s, j))
			return 0;			/* an adjective: quarterly dividend, daily flights */
		m->frame.unit = (uint8_t) s->u[i].val;
		return j;
	}
	if (cls_at(s, j) == DT_WEEKDAY && capitalised(s, j) && !text_is(s, i, "per"))
	{
		m->frame.weekday = s->u[j].val;
		return part_of_day_after(s, j + 1, m);
	}
	if (cls_at(s, j) == DT_INT || cls_at(s, j) == DT_NUMWORD)
	{
		size_t		k = match_amount(s, j, &amount);

		if (k == 0 || amount <= 0)
			return 0;
		j = k;
	}
	if (duration_unit_at(s, j) == DT_U_NONE || s->u[j].val == DT_U_WEEKEND)
		return 0;
	m->frame.unit = (uint8_t) duration_unit_at(s, j);
	m->frame.amount = amount;
	return j + 1;
}

/* Christmas [Day|Eve], Thanksgiving [Day]; not Christmas Island. */
static size_t
match_holiday(const dt_sentence *s, size_t i, dt_match *m)
{
	size_t		j = i + 1;
	int			v = s->u[i].val;

	if (!capitalised(s, i))
		return 0;
	if (text_is(s, j, "day"))
		j++;
	else if (text_is(s, j, "eve") && v == 1225)
	{
		v = 1224;
		j++;
	}
	else if (capitalised(s, j) && cls_at(s, j) == DT_OTHER)
		return 0;
	frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_DAY);
	m->frame.month = v / 100;
	m->frame.day = v % 100;
	if (v == 0)
	{
		m->frame.month = 11;
		m->frame.weekday = 4;	/* the fourth Thursday of November */
	}
	return j;
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
		frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, PA_GRAN_YEAR);
		m->frame.unit = DT_U_YEAR;
		m->frame.offset = -1;
		m->context |= DT_FR_YEAR_EARLIER;
		m->the_ok = 1;
		j++;
		if (cls_at(s, j) == DT_UNIT && (s->u[j].val == DT_U_QUARTER || s->u[j].val == DT_U_PERIOD))
			j++;
		return j;
	}
	if (!after_the || (s->u[i].flags & DT_F_PLURAL) || capitalised(s, j))
		return 0;
	switch (unit)
	{
		case DT_U_QUARTER:
		case DT_U_PERIOD:
			frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, PA_GRAN_QUARTER);
			m->frame.unit = DT_U_QUARTER;
			m->frame.offset = -1;
			m->context |= DT_FR_CONTEXT_QUARTER;
			break;
		case DT_U_YEAR:
			if (i >= 2 && prep_is(s, i - 2, DT_P_FOR))
			{
				frame_init(m, i, PA_TIMEX_DURATION, DT_A_DURATION, PA_GRAN_NONE);
				m->frame.unit = DT_U_YEAR;
				m->frame.amount = 1;
				break;
			}
			/* FALLTHROUGH */
		case DT_U_WEEK:
		case DT_U_WEEKEND:
		case DT_U_MONTH:
			frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, unit_granularity(unit));
			m->frame.unit = (uint8_t) unit;
			break;
		default:
			return 0;
	}
	m->the_ok = 1;
	return j;
}

/* ---------------------------------------------------------------- wrappers and dispatch */

static size_t match_core(const dt_sentence *s, size_t i, dt_match *m, int after_the);

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
	end = match_core(s, i + 1, m, 1);
	if (end == 0 || !m->the_ok)
		return 0;
	m->first = i;
	return end;
}

/* year [ordinal] quarter|half|period: the 1988 second quarter, the 1989 period. */
static size_t
match_year_period(const dt_sentence *s, size_t i, dt_match *m)
{
	int			year = year_at(s, i);
	size_t		j = i + 1;
	int			n = 0;

	if (year < 0)
		return 0;
	if (cls_at(s, j) == DT_FISCAL)
		j++;
	if (cls_at(s, j) == DT_ORDINAL && s->u[j].val <= 4)
		n = s->u[j++].val;
	if (cls_at(s, j) != DT_UNIT || (s->u[j].flags & DT_F_PLURAL) ||
		(s->u[j].val != DT_U_QUARTER && s->u[j].val != DT_U_HALF && s->u[j].val != DT_U_PERIOD))
		return 0;
	if (s->u[j].val == DT_U_PERIOD && n == 0)
	{
		frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_YEAR);
		m->frame.year = year;
		m->context |= DT_FR_CONTEXT_QUARTER;
	}
	else
	{
		frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE,
				   s->u[j].val == DT_U_HALF ? PA_GRAN_HALF : PA_GRAN_QUARTER);
		m->frame.year = year;
		m->frame.sub = n;
		if (n == 0)
			m->context |= DT_FR_CONTEXT_QUARTER;
	}
	m->the_ok = 1;
	return j + 1;
}

/* The best match of a number at i. */
static size_t
match_number(const dt_sentence *s, size_t i, dt_match *m)
{
	size_t		end;

	if ((end = match_year_period(s, i, m)) != 0 || (end = match_day_first(s, i, m)) != 0 || (end = match_clock(s, i, m)) != 0 ||
		(end = match_duration(s, i, m)) != 0 || (end = match_year(s, i, m)) != 0)
		return end;
	return 0;
}

/* Dispatches on the class of unit i. */
static size_t
match_core(const dt_sentence *s, size_t i, dt_match *m, int after_the)
{
	switch (cls_at(s, i))
	{
		case DT_INT:
			return match_number(s, i, m);
		case DT_FULL_DATE:
			return match_full_date(s, i, m);
		case DT_CLOCK:
			return match_clock(s, i, m);
		case DT_ORDINAL:
			{
				size_t		end = match_ordinal(s, i, m, after_the);

				return end != 0 ? end : match_day_first(s, i, m);
			}
		case DT_DECADE:
			return match_decade(s, i, m);
		case DT_NUMWORD:
		case DT_FEW:
			return match_duration(s, i, m);
		case DT_APPROX:
			return match_approximate(s, i, m);
		case DT_MONTH:
			return match_month(s, i, m);
		case DT_WEEKDAY:
			return match_weekday(s, i, m);
		case DT_UNIT:
			return match_unit(s, i, m, after_the);
		case DT_DAYWORD:
			return match_dayword(s, i, m);
		case DT_REF:
			return match_ref(s, i, m, after_the);
		case DT_RELATIVE:
			return match_relative(s, i, m, after_the);
		case DT_SEASON:
			return match_season(s, i, m);
		case DT_EDGE:
			return match_edge(s, i, m, after_the);
		case DT_SHIFT:
			return match_shift(s, i, m, after_the);
		case DT_SETWORD:
		case DT_EVERY:
			return match_set(s, i, m);
		case DT_FISCAL:
			return match_fiscal(s, i, m, after_the);
		case DT_QUARTER_NAME:
			return match_quarter_name(s, i, m);
		case DT_NOON:
			return match_noon(s, i, m);
		case DT_HOLIDAY:
			return match_holiday(s, i, m);
		case DT_DET:
			return after_the ? 0 : s->u[i].val == 0 ? match_the(s, i, m) : match_duration(s, i, m);
		case DT_PREP:
		case DT_OTHER:
			return (text_is(s, i, "at") || text_is(s, i, "up")) ? match_approximate(s, i, m) : 0;
		default:
			return 0;
	}
}

/* See dates_recognize.h. */
int
dt_match_expression(const dt_sentence *s, size_t i, dt_match *m)
{
	size_t		end = match_core(s, i, m, 0);

	if (end == 0)
		return 0;
	m->end = end;
	return 1;
}
