/*
 * dates_match_calendar.c: calendar expressions: years (1999, 1998-99,
 * nineteen ninety-six), months and days (Sept. 12, 2023; 12 September),
 * weekdays, today/yesterday, decades, quarters and halves, fiscal years,
 * seasons and holidays.  Names, verbs and numbers that only look like
 * dates (May Smith, to march, 6005 fans, 555-1234) are turned away here.
 */
#include "dates_match.h"

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
	if (cls_at(s, j) == DT_NUMWORD)
	{
		dt_match	spelled;
		size_t		end = dtm_spelled_year(s, j, &spelled);

		if (end != 0)
		{
			*year = spelled.frame.year;
			return end;
		}
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
		prev == DT_DET || (i > 0 && dt_determiner_word(s, i - 1)) ||
		(i > 0 && (s->u[i].flags & DT_F_HYPHEN));
}

/* Month [day[th]] [, year] | Month [,|of] year | Month. */
size_t
dtm_month(const dt_sentence *s, size_t i, dt_match *m)
{
	size_t		j = i + 1,
				k;
	int			year = -1,
				day;

	if (!capitalised(s, i))
		return 0;
	dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_MONTH);
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
	if (prep_is(s, j, DT_P_OF) && cls_at(s, j + 1) == DT_RELATIVE)
		j++;					/* October of next year */
	if (cls_at(s, j) == DT_RELATIVE && text_is(s, j + 1, "year") && s->u[j].val != DT_REL_LATEST)
	{
		m->frame.year_relative = s->u[j].val;
		return j + 2;
	}
	j = i + 1;
	if (!bare_month_ok(s, i))
		return 0;
	return j;
}

/* day Month [year]: 12 September 2023, 5th May. */
size_t
dtm_day_first(const dt_sentence *s, size_t i, dt_match *m)
{
	int			day = day_at(s, i);
	size_t		j = i + 1 + prep_is(s, i + 1, DT_P_OF),
				k;
	int			year;

	if (day < 0 || cls_at(s, j) != DT_MONTH || !capitalised(s, j) ||
		((s->u[j].flags & DT_F_ABBR) && !(s->u[j].flags & DT_F_DOT)))
		return 0;
	dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_DAY);
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

/* Whether unit i is a possessive or demonstrative before a noun (its, his, that, 's). */
int
dt_determiner_word(const dt_sentence *s, size_t i)
{
	static const char *const words[] = {"its", "his", "her", "their", "our", "your", "my", "that",
	"this", "these", "those", "whose", "'s", "\xe2\x80\x99s"};

	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
	{
		if (text_is_n(s, i, words[k], strlen(words[k])))
			return 1;
	}
	return 0;
}

/* Whether a bare four-digit number at i reads as a year. */
static int
bare_year_ok(const dt_sentence *s, size_t i)
{
	int			prev = i > 0 ? cls_at(s, i - 1) : DT_CLASS_COUNT;
	int			next = cls_at(s, i + 1);

	if (i > 0 && dt_money_or_id_mark(s, i - 1))
		return 0;
	if (dt_quantity_word(s, i + 1) || punct_is(s, i + 1, ':'))
		return 0;
	if ((s->u[i].flags & DT_F_HYPHEN) && prev != DT_EDGE &&
		(year_at(s, i - 1) < 0 || year_at(s, i - 1) >= s->u[i].val))
		return 0;				/* only the end of a range of years: 2019-2022 */
	if (cls_at(s, i + 1) == DT_INT && (s->u[i + 1].flags & DT_F_HYPHEN) &&
		!(s->u[i + 1].ndigits == 2 || (year_at(s, i + 1) > s->u[i].val)))
		return 0;				/* 1234-5678 is not a range of years */
	if (prev == DT_APPROX)
		return 0;
	if (next == DT_OTHER && !capitalised(s, i + 1))
		return prev == DT_PREP || prev == DT_EDGE || prev == DT_FISCAL || prev == DT_SEASON ||
			prev == DT_DET || prev == DT_CLASS_COUNT || dt_determiner_word(s, i - 1) ||
			(prev == DT_OTHER && !capitalised(s, i - 1) && s->u[i].val >= 1900 && s->u[i].val < 2100 &&
			 s->text[s->u[i + 1].end - 1] != 's');	/* his unsuccessful 1996 campaign; not 1996 shares */
	return 1;
}

/* A year (1999), its decade (1980's) or the second year of a range (1998-99). */
size_t
dtm_year(const dt_sentence *s, size_t i, dt_match *m)
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
		dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_DECADE);
		m->frame.year = year;
		m->the_ok = 1;
		return i + 2;
	}
	dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_YEAR);
	m->frame.year = year;
	return i + 1;
}

/* A year in words: nineteen ninety-six, nineteen seventy-nine, two thousand [and] one. */
size_t
dtm_spelled_year(const dt_sentence *s, size_t i, dt_match *m)
{
	int			century = s->u[i].val;
	size_t		j = i + 1;
	int			rest;

	if (century >= 10 && century <= 20 && cls_at(s, j) == DT_NUMWORD && s->u[j].val >= 20 &&
		s->u[j].val < 100 && s->u[j].val % 10 == 0)
	{
		rest = s->u[j++].val;
		if (cls_at(s, j) == DT_NUMWORD && s->u[j].val < 10)
			rest += s->u[j++].val;
	}
	else if (century == 2 && text_is(s, j, "thousand"))
	{
		century = 20;
		rest = 0;
		j++;
		if (text_is(s, j, "and") && cls_at(s, j + 1) == DT_NUMWORD && s->u[j + 1].val < 10)
			j++;
		if (cls_at(s, j) == DT_NUMWORD && s->u[j].val < 10)
			rest = s->u[j++].val;
		else if (i == 0 || !text_is(s, i - 1, "year"))
			return 0;			/* "two thousand" alone is a number */
	}
	else
		return 0;
	dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_YEAR);
	m->frame.year = century * 100 + rest;
	return j;
}

/* 2023-09-12, 9/12/2023. */
size_t
dtm_full_date(const dt_sentence *s, size_t i, dt_match *m)
{
	int			v = s->u[i].val;

	dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_DAY);
	m->frame.year = v / 10000;
	m->frame.month = v / 100 % 100;
	m->frame.day = v % 100;
	return i + 1;
}

/* 1990s, the '90s. */
size_t
dtm_decade(const dt_sentence *s, size_t i, dt_match *m)
{
	if ((s->u[i].flags & DT_F_PLURAL) &&
		(i == 0 || (!text_is(s, i - 1, "the") && cls_at(s, i - 1) != DT_EDGE)))
		return 0;				/* the nineties, but not in his sixties */
	dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_DECADE);
	m->frame.year = s->u[i].val;
	m->the_ok = 1;
	return i + 1;
}

/* A part of the day after a day: Friday morning, yesterday afternoon. */
size_t
dt_part_of_day_after(const dt_sentence *s, size_t j, dt_match *m)
{
	if (cls_at(s, j) != DT_PART_OF_DAY || (s->u[j].flags & DT_F_PLURAL))
		return j;
	m->frame.part_of_day = s->u[j].val;
	m->frame.type = PA_TIMEX_TIME;
	m->frame.gran = PA_GRAN_PART_OF_DAY;
	return j + 1;
}

/* Weekday [, Month day [, year]] [part of day]. */
size_t
dtm_weekday(const dt_sentence *s, size_t i, dt_match *m)
{
	const dt_unit *u = &s->u[i];
	size_t		j = i + 1;

	if (!capitalised(s, i) || ((u->flags & DT_F_ABBR) && !(u->flags & DT_F_DOT)))
		return 0;
	if (punct_is(s, j, ','))
		j++;
	if (cls_at(s, j) == DT_MONTH)
	{
		size_t		k = dtm_month(s, j, m);

		if (k != 0 && m->frame.day > 0)
		{
			m->first = i;
			return k;
		}
	}
	if (cls_at(s, j) == DT_INT && day_at(s, j) > 0 && cls_at(s, j + 1) == DT_MONTH)
	{
		size_t		k = dtm_day_first(s, j, m);

		if (k != 0)
		{
			m->first = i;
			return k;
		}
	}
	dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_WEEKDAY, PA_GRAN_DAY);
	m->frame.weekday = u->val;
	return dt_part_of_day_after(s, i + 1, m);
}

/* today, yesterday, tomorrow [part of day], tonight. */
size_t
dtm_dayword(const dt_sentence *s, size_t i, dt_match *m)
{
	int			v = s->u[i].val;

	dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, PA_GRAN_DAY);
	m->frame.unit = DT_U_DAY;
	if (v == 2)
	{
		m->frame.type = PA_TIMEX_TIME;
		m->frame.part_of_day = DT_POD_NI;
		m->frame.gran = PA_GRAN_PART_OF_DAY;
		return i + 1;
	}
	m->frame.offset = v;
	return dt_part_of_day_after(s, i + 1, m);
}

/* Year of a period: "of 1999", "of this year", "1999", "fiscal 1999"; returns the unit after it or j. */
static size_t
period_year_after(const dt_sentence *s, size_t j, dt_match *m)
{
	size_t		k = j + prep_is(s, j, DT_P_OF);

	int			year;
	size_t		end;

	if (cls_at(s, k) == DT_FISCAL)
		k++;
	if ((end = match_year_after(s, k, &year)) != 0 && !punct_is(s, k, ','))
	{
		m->frame.year = year;
		return end;
	}
	if (k > j && cls_at(s, k) == DT_RELATIVE && text_is(s, k + 1, "year") && s->u[k].val != DT_REL_LATEST)
	{
		m->frame.year_relative = s->u[k].val;
		return k + 2;
	}
	return j;
}

/* first|second|third|fourth [-] quarter|half [of year]; Q3 [year]; 20th century. */
size_t
dtm_ordinal(const dt_sentence *s, size_t i, dt_match *m, int after_the)
{
	int			n = s->u[i].val;
	size_t		j = i + 1;
	int			unit = cls_at(s, j) == DT_UNIT ? s->u[j].val : DT_U_NONE;

	if (cls_at(s, j) == DT_FISCAL)
		unit = cls_at(s, ++j) == DT_UNIT ? s->u[j].val : DT_U_NONE;
	if (unit != DT_U_NONE && (s->u[j].flags & DT_F_PLURAL))
		unit = DT_U_NONE;
	if ((unit == DT_U_QUARTER && n <= 4) || (unit == DT_U_HALF && n <= 2))
	{
		dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, unit == DT_U_QUARTER ? PA_GRAN_QUARTER : PA_GRAN_HALF);
		m->frame.sub = n;
		m->the_ok = 1;
		return period_year_after(s, j + 1, m);
	}
	if (unit == DT_U_CENTURY && n <= 21)
	{
		dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_CENTURY);
		m->frame.year = (n - 1) * 100;
		m->the_ok = 1;
		return j + 1;
	}
	if (after_the && n == 1)
	{
		j = dtm_duration(s, j, m);
		if (j != 0 && m->frame.anchor == DT_A_DURATION)
		{
			m->first = i;
			return j;
		}
	}
	return 0;
}

/* Q3 [year], H1 [year]. */
size_t
dtm_quarter_name(const dt_sentence *s, size_t i, dt_match *m)
{
	int			v = s->u[i].val;

	dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, v > 10 ? PA_GRAN_HALF : PA_GRAN_QUARTER);
	m->frame.sub = v % 10;
	return period_year_after(s, i + 1, m);
}

/* fiscal 1999, fiscal first quarter, the fiscal year. */
size_t
dtm_fiscal(const dt_sentence *s, size_t i, dt_match *m, int after_the)
{
	size_t		j = i + 1;

	if (year_at(s, j) >= 0)
	{
		dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_YEAR);
		m->frame.year = year_at(s, j);
		return j + 1;
	}
	if (cls_at(s, j) == DT_ORDINAL && (j = dtm_ordinal(s, j, m, after_the)) != 0)
	{
		m->first = i;
		return j;
	}
	if (after_the && text_is(s, j, "year"))
	{
		if (text_is(s, j + 1, "ended") || text_is(s, j + 1, "ending"))
		{
			dt_frame_init(m, i, PA_TIMEX_DURATION, DT_A_DURATION, PA_GRAN_NONE);
			m->frame.amount = 1;	/* the fiscal year ended Jan. 31: a year's span, like "the year ended" */
		}
		else
			dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, PA_GRAN_YEAR);
		m->frame.unit = DT_U_YEAR;
		m->the_ok = 1;
		return j + 1;			/* the fiscal year */
	}
	return 0;
}

/* spring 2023, summer of 1998. */
size_t
dtm_season(const dt_sentence *s, size_t i, dt_match *m)
{
	size_t		j;

	dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_SEASON);
	m->frame.sub = s->u[i].val;
	j = period_year_after(s, i + 1, m);
	if (m->frame.year < 0 && m->frame.year_relative == 0 &&
		(i == 0 || !(cls_at(s, i - 1) == DT_EDGE || (cls_at(s, i - 1) == DT_DET && s->u[i - 1].val == 0))))
		return 0;				/* spring, fall: verbs and nouns unless "the" or early/late come first */
	m->the_ok = 1;
	return j;
}

/* Christmas [Day|Eve], Thanksgiving [Day]; not Christmas Island. */
size_t
dtm_holiday(const dt_sentence *s, size_t i, dt_match *m)
{
	size_t		j = i + 1;
	int			v = s->u[i].val;

	if (!capitalised(s, i) || (v == 1 && !text_is(s, j, "day")))
		return 0;				/* Election Day, not the Election Commission */
	if (text_is(s, j, "day"))
		j++;
	else if (text_is(s, j, "eve") && v == 1225)
	{
		v = 1224;
		j++;
	}
	else if (capitalised(s, j) && cls_at(s, j) == DT_OTHER)
		return 0;
	dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_DAY);
	m->frame.month = v / 100;
	m->frame.day = v % 100;
	if (v < 100)
	{
		m->frame.month = 11;
		m->frame.day = -1;
		m->frame.weekday = v == 0 ? 4 : 2;	/* the fourth Thursday; the Tuesday after the first Monday */
	}
	return j;
}

/* year [ordinal] quarter|half|period: the 1988 second quarter, the 1989 period. */
size_t
dtm_year_period(const dt_sentence *s, size_t i, dt_match *m)
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
		dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE, PA_GRAN_YEAR);
		m->frame.year = year;
		m->context |= DT_FR_CONTEXT_QUARTER;
	}
	else
	{
		dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_ABSOLUTE,
				   s->u[j].val == DT_U_HALF ? PA_GRAN_HALF : PA_GRAN_QUARTER);
		m->frame.year = year;
		m->frame.sub = n;
		if (n == 0)
			m->context |= DT_FR_CONTEXT_QUARTER;
	}
	m->the_ok = 1;
	return j + 1;
}
