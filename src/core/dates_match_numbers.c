/*
 * dates_match_numbers.c: counts and durations (five years, a 10-day visit,
 * two days ago, about three hours, for weeks) and times of day (10 a.m.,
 * 19:00 UTC, 08. 30 local time, noon Thursday).
 */
#include "dates_match.h"

/* Whether unit i is a currency sign or other mark that makes a number a price or an id. */
int
dt_money_or_id_mark(const dt_sentence *s, size_t i)
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
int
dt_quantity_word(const dt_sentence *s, size_t i)
{
	return punct_is(s, i, '%') || text_is(s, i, "percent") || text_is(s, i, "million") ||
		text_is(s, i, "billion") || text_is(s, i, "trillion") || text_is(s, i, "per") ||
		cls_at(s, i) == DT_UNIT || cls_at(s, i) == DT_NUMBER_OTHER ||
		(cls_at(s, i) == DT_INT && !(s->u[i].flags & DT_F_HYPHEN));
}

/* Reads a count (14, fourteen, twenty-four, a, a few, several); returns the unit after it. */
size_t
dtm_amount(const dt_sentence *s, size_t i, int *amount)
{
	size_t		j = i + 1;

	switch (cls_at(s, i))
	{
		case DT_INT:
			if (s->u[i].ndigits > 4 || s->u[i].val == 0 || (i > 0 && dt_money_or_id_mark(s, i - 1)))
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
			{
				if (!prep_is(s, j, DT_P_OF) || i == 0 || cls_at(s, i - 1) != DT_RELATIVE)
					return 0;
				*amount = 2;
				return j + 1;	/* the next couple of years */
			}
			*amount = DT_AMOUNT_VAGUE;
			return j;
		default:
			return 0;
	}
}

/* The duration unit at j ("second" is an ordinal in the lexicon), or DT_U_NONE. */
int
dt_duration_unit_at(const dt_sentence *s, size_t j)
{
	if (cls_at(s, j) == DT_UNIT && s->u[j].val != DT_U_PERIOD && s->u[j].val != DT_U_HALF)
		return s->u[j].val;
	if (cls_at(s, j) == DT_ORDINAL && s->u[j].ndigits == 0 && s->u[j].val == 2 &&
		cls_at(s, j + 1) != DT_OTHER && cls_at(s, j + 1) != DT_INT)
		return DT_U_SECOND;		/* one second, but not a second A380 */
	return DT_U_NONE;
}

/* Whether the unit before i makes "a year" a rate (5 percent a year). */
static int
rate_before(const dt_sentence *s, size_t i)
{
	if (i == 0)
		return 0;
	return dt_quantity_word(s, i - 1) || text_is(s, i - 1, "times") || text_is(s, i - 1, "twice") ||
		text_is(s, i - 1, "once") || text_is(s, i - 1, "dollars") || text_is(s, i - 1, "cents");
}

/*
 * amount unit [ago|earlier|later]: a duration (five years, a 10-day visit),
 * a shift from the DCT (two days ago) or a rate (5 percent a year).
 */
size_t
dtm_duration(const dt_sentence *s, size_t i, dt_match *m)
{
	int			amount = 0;
	size_t		j = dtm_amount(s, i, &amount);
	int			unit;
	int			plural;
	int			half = 0;

	if (j == 0)
		return 0;
	if (amount > 0 && text_is(s, j, "1/2"))
	{
		half = 1;				/* 2 1/2 years */
		j++;
	}
	if (text_is(s, j, "more") || text_is(s, j, "additional") || text_is(s, j, "extra") ||
		text_is(s, j, "straight") || text_is(s, j, "consecutive") ||
		((text_is(s, j, "trading") || text_is(s, j, "business")) && text_is(s, j + 1, "days")))
		j++;					/* two more weeks, an additional year, eight trading days */
	if ((unit = dt_duration_unit_at(s, j)) == DT_U_NONE)
		return 0;
	plural = (s->u[j].flags & DT_F_PLURAL) != 0;
	if (amount == DT_AMOUNT_VAGUE && !plural)
		return 0;
	if (cls_at(s, i) == DT_DET && amount == 1 && plural)
		return 0;
	if (unit == DT_U_QUARTER && (((s->u[j].flags & DT_F_HYPHEN) && cls_at(s, i) == DT_NUMWORD) ||
								 (prep_is(s, j + 1, DT_P_OF) && amount != DT_AMOUNT_VAGUE)))
		return 0;				/* a fraction: three-quarters, a quarter of its dealers */
	j++;
	if (text_is(s, j, "old"))
		return 0;				/* an age: a 52-year-old, 52 years old */
	if (text_is(s, j, "long") && (s->u[j].flags & DT_F_HYPHEN))
		j++;					/* a day-long meeting */
	if (!half && amount > 0 && text_is(s, j, "and") && cls_at(s, j + 1) == DT_DET && s->u[j + 1].val == 1 &&
		text_is(s, j + 2, "half"))
	{
		half = 1;				/* a minute and a half */
		j += 3;
	}
	if (cls_at(s, j) == DT_SHIFT && (s->u[j].val < 0 || text_is(s, j, "later")) &&
		!text_is(s, j, "before") && !text_is(s, j, "after"))
	{
		if (unit <= DT_U_MONTH && !text_is(s, j, "ago") && !text_is(s, j + 1, "than"))
		{
			/* three days later, a day earlier: how long after an event the text just told */
			dt_frame_init(m, i, PA_TIMEX_DURATION, DT_A_DURATION, PA_GRAN_NONE);
			m->frame.unit = (uint8_t) unit;
			m->frame.amount = amount;
			m->frame.amount2 = half;
			return j;
		}
		if (amount == DT_AMOUNT_VAGUE)
		{
			dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_REF, PA_GRAN_NONE);
			m->frame.ref = s->u[j].val < 0 ? DT_REF_PAST : DT_REF_FUTURE;
			return j + 1;
		}
		dt_frame_init(m, i, PA_TIMEX_DATE, DT_A_OFFSET, dt_unit_granularity(unit));
		m->frame.unit = (uint8_t) unit;
		m->frame.offset = s->u[j].val * amount;
		if (unit == DT_U_YEAR && amount == 1)
			m->context |= DT_FR_YEAR_EARLIER;
		return j + 1;
	}
	if (cls_at(s, i) == DT_DET && rate_before(s, i))
	{
		dt_frame_init(m, i, PA_TIMEX_SET, DT_A_SET, PA_GRAN_NONE);
		m->frame.unit = (uint8_t) unit;
		m->frame.amount = 1;
		return j;
	}
	dt_frame_init(m, i, PA_TIMEX_DURATION, DT_A_DURATION, PA_GRAN_NONE);
	m->frame.unit = (uint8_t) unit;
	m->frame.amount = amount;
	m->frame.amount2 = half;
	m->the_ok = plural;			/* the nine months, but not the eight-year plan */
	return j;
}

/* A plural unit alone: for years, within weeks, in the days before. */
size_t
dtm_bare_plural(const dt_sentence *s, size_t i, dt_match *m)
{
	int			unit = dt_duration_unit_at(s, i);
	int			after_prep = i > 0 && (prep_is(s, i - 1, DT_P_FOR) || prep_is(s, i - 1, DT_P_WITHIN) ||
									   (prep_is(s, i - 1, DT_P_IN) && !text_is(s, i + 1, "of")));
	int			after_the = i > 0 && text_is(s, i - 1, "the") &&
		(text_is(s, i + 1, "before") || text_is(s, i + 1, "after") || text_is(s, i + 1, "that") ||
		 text_is(s, i + 1, "ahead") || text_is(s, i + 1, "since") || text_is(s, i + 1, "following") ||
		 (i >= 2 && (text_is(s, i - 2, "over") || text_is(s, i - 2, "through"))));	/* over the years */
	int			lasting = text_is(s, i + 1, "long") && (s->u[i + 1].flags & DT_F_HYPHEN);	/* decades-long */

	if (unit == DT_U_DAY && i > 0 && text_is(s, i - 1, "these") && (s->u[i].flags & DT_F_PLURAL))
	{
		dt_frame_init(m, i - 1, PA_TIMEX_DATE, DT_A_REF, PA_GRAN_NONE);
		m->frame.ref = DT_REF_PRESENT;
		return i + 1;			/* these days: now */
	}
	if (unit == DT_U_NONE || unit == DT_U_WEEKEND || unit == DT_U_QUARTER || !(s->u[i].flags & DT_F_PLURAL) ||
		(!after_prep && !after_the && !lasting))
		return 0;
	dt_frame_init(m, i, PA_TIMEX_DURATION, DT_A_DURATION, PA_GRAN_NONE);
	m->frame.unit = (uint8_t) unit;
	m->frame.amount = DT_AMOUNT_VAGUE;
	return i + 1 + (text_is(s, i + 1, "ahead") || lasting);
}

/* about / nearly / more than / at least / up to + a duration. */
size_t
dtm_approximate(const dt_sentence *s, size_t i, dt_match *m)
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
		if (text_is(s, i, "at") ? !text_is(s, j, "least") : !text_is(s, j, "to"))
			return 0;
		j++;
	}
	else if (cls_at(s, i) != DT_APPROX || text_is(s, i, "least"))
		return 0;
	else if ((cls_at(s, j) == DT_CLOCK || cls_at(s, j) == DT_INT) && dtm_clock(s, j, m) != 0)
	{
		j = dtm_clock(s, j, m);
		m->first = i;
		return j;				/* around 7:15 p.m. */
	}
	j = dtm_duration(s, j, m);
	if (j == 0 || m->frame.anchor != DT_A_DURATION)
		return 0;
	m->first = i;
	return j;
}

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
			end = dtm_weekday(s, k, &day);
			break;
		case DT_DAYWORD:
			end = dtm_dayword(s, k, &day);
			break;
		case DT_MONTH:
			end = dtm_month(s, k, &day);
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
	dt_frame_init(m, i, PA_TIMEX_TIME, DT_A_OFFSET, PA_GRAN_MINUTE);
	m->frame.unit = DT_U_DAY;
	m->frame.minutes = minutes;
}

/* 19:00 [pm] [zone]; 10 a.m. [zone]; 08. 30 local time. */
size_t
dtm_clock(const dt_sentence *s, size_t i, dt_match *m)
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
size_t
dtm_noon(const dt_sentence *s, size_t i, dt_match *m)
{
	time_frame(m, i, s->u[i].val);
	return time_day_after(s, i + 1, m);
}
