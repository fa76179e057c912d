/*
 * dates_normalize.c: resolves a frame to a calendar point (a year, a
 * quarter, a week, a day, a time...) and writes its TIMEX3 value and
 * period.
 *
 * Conventions: a bare month or day without a year is taken to lie within
 * nine months before and three months after the DCT (news looks back more
 * than ahead); a future-tense sentence (will, by, until, effective) moves
 * it to the year after when it would be more than three months past.  A bare weekday is the nearest such day
 * on or before the DCT, or on or after it in a future sentence.  A bare
 * quarter is the latest such quarter that has begun by the DCT (financial
 * news reports past quarters); "the quarter" and "a year earlier" follow
 * the last quarter the article named.
 * Periods: seasons are meteorological (winter of Y: December Y-1 to
 * February Y); parts of the day are morning 06-12, afternoon 12-18,
 * evening 18-22, night 22-06.
 */
#include "dates_normalize.h"

#include <string.h>

#include "dates_calendar.h"

/* A resolved calendar point; -1 marks an unknown field. */
typedef struct dt_point
{
	pa_granularity gran;
	int			year;			/* for weeks: the ISO year */
	int			month;
	int			day;
	int			week;			/* ISO week */
	int			sub;			/* quarter, half or season */
	int			weekday;		/* a weekday of an unknown week (XXXX-WXX-5) */
	int			part_of_day;
	int			minutes;
	int			zone;
} dt_point;

static const char *const season_codes[] = {"", "SP", "SU", "FA", "WI"};
static const char *const part_codes[] = {"", "MO", "AF", "EV", "NI"};

/* Quarter (1..4) of a month. */
static inline int
quarter_of(int month)
{
	return (month - 1) / 3 + 1;
}

/* Season (dt_season) of a month. */
static int
season_of(int month)
{
	return month == 12 || month <= 2 ? DT_SEASON_WI : month <= 5 ? DT_SEASON_SP :
		month <= 8 ? DT_SEASON_SU : DT_SEASON_FA;
}

/* An empty point of granularity gran. */
static dt_point
point_init(pa_granularity gran)
{
	dt_point	p;

	p.gran = gran;
	p.year = p.month = p.day = p.week = p.sub = -1;
	p.weekday = p.part_of_day = 0;
	p.minutes = -1;
	p.zone = DT_NO_ZONE;
	return p;
}

/* Sets a point's day fields from a day number. */
static void
point_set_day(dt_point *p, int64_t days)
{
	pa_date		d = dt_civil_from_days(days);

	p->year = d.year;
	p->month = d.month;
	p->day = d.day;
}

/* Sets a point's ISO week from a day number. */
static void
point_set_week(dt_point *p, int64_t days)
{
	p->week = dt_iso_week(days, &p->year);
}

/* The year of a month (and day) that the text gives without one. */
static int
year_for(const dt_frame *f, const pa_date *dct, dt_direction dir)
{
	int			key = f->month * 100 + (f->day > 0 ? f->day : 0);
	int			now = dct->month * 100 + (f->day > 0 ? dct->day : 0);

	switch (f->relative)
	{
		case DT_REL_LAST:
			return key < now ? dct->year : dct->year - 1;
		case DT_REL_NEXT:
			return key > now ? dct->year : dct->year + 1;
		case DT_REL_THIS:
			return dct->year;
		default:
			break;
	}
	/* months are 100 apart in a key: a date is taken to lie within
	 * [-9, +3] months of the DCT, or on the tense's side of it */
	if (key - now > (dir == DT_DIR_FUTURE ? 1200 : 300))
		return dct->year - 1;
	if (now - key > (dir == DT_DIR_FUTURE ? 300 : 900))
		return dct->year + 1;
	return dct->year;
}

/* The year of a quarter, half or season the text gives without one. */
static int
period_year_for(const dt_frame *f, const pa_date *dct, dt_direction dir)
{
	int			now = f->gran == PA_GRAN_QUARTER ? quarter_of(dct->month) :
		f->gran == PA_GRAN_HALF ? (dct->month > 6) + 1 : season_of(dct->month);
	/* the winter of Y begins in December of Y-1 */
	int			year = f->gran == PA_GRAN_SEASON && dct->month == 12 ? dct->year + 1 : dct->year;

	if (f->gran == PA_GRAN_SEASON && now == DT_SEASON_WI && f->sub != DT_SEASON_WI)
		now = 0;				/* in winter, the other seasons of the year are still to come */
	switch (f->relative)
	{
		case DT_REL_LAST:
			return f->sub < now ? year : year - 1;
		case DT_REL_NEXT:
			return f->sub > now ? year : year + 1;
		case DT_REL_THIS:
			return year;
		default:
			break;
	}
	if (dir == DT_DIR_FUTURE)
		return year;			/* will close in the fourth quarter; expects third-quarter results */
	return f->sub <= now ? year : year - 1;
}

/*
 * Day of November of a US holiday set by weekday: weekday 4, the fourth
 * Thursday (Thanksgiving); weekday 2, the Tuesday after the first Monday
 * (Election Day).
 */
static int
november_holiday(int year, int weekday)
{
	int			first = dt_weekday(dt_days_from_civil(year, 11, 1));

	if (weekday == 4)
		return 1 + (4 - first + 7) % 7 + 21;
	return 1 + (1 - first + 7) % 7 + 1;
}

static int	context_quarter(const dt_doc_context *c, const pa_date *dct, int *year);

/* An absolute frame: the fields, with a missing year from the DCT. */
static dt_point
resolve_absolute(const dt_match *m, const pa_date *dct, dt_direction dir, const dt_doc_context *c)
{
	const dt_frame *f = &m->frame;
	dt_point	p = point_init((pa_granularity) f->gran);

	p.year = f->year;
	if (p.year < 0 && f->year_relative && dct != NULL)
		p.year = dct->year + (f->year_relative == DT_REL_NEXT) - (f->year_relative == DT_REL_LAST);
	p.month = f->month;
	p.day = f->day;
	p.sub = f->sub > 0 ? f->sub : -1;
	if (p.year < 0 && dct != NULL)
	{
		if (f->month > 0)
			p.year = year_for(f, dct, dir);
		else if (f->sub > 0)
			p.year = period_year_for(f, dct, dir);
	}
	if (f->weekday > 0 && f->month == 11 && p.year > 0)
		p.day = november_holiday(p.year, f->weekday);
	if (p.gran == PA_GRAN_QUARTER && p.sub < 0 && (m->context & DT_FR_CONTEXT_QUARTER) && dct != NULL)
	{
		int			year;

		p.sub = context_quarter(c, dct, &year);	/* the 1988 quarter: the quarter in focus */
	}
	return p;
}

/* A weekday near the DCT. */
static dt_point
resolve_weekday(const dt_frame *f, const pa_date *dct, dt_direction dir)
{
	dt_point	p = point_init(PA_GRAN_DAY);
	int64_t		today;
	int			back,
				ahead;

	if (dct == NULL)
	{
		p.weekday = f->weekday;
		return p;
	}
	today = dt_days_from_civil(dct->year, dct->month, dct->day);
	back = (dt_weekday(today) - f->weekday + 7) % 7;
	ahead = (f->weekday - dt_weekday(today) + 7) % 7;
	switch (f->relative)
	{
		case DT_REL_LAST:
			point_set_day(&p, today - (back == 0 ? 7 : back));
			break;
		case DT_REL_NEXT:
			point_set_day(&p, today + (ahead == 0 ? 7 : ahead));
			break;
		case DT_REL_THIS:
			point_set_day(&p, today - (dt_weekday(today) - f->weekday));
			break;
		default:
			point_set_day(&p, dir == DT_DIR_FUTURE ? today + ahead : today - back);
			break;
	}
	return p;
}

/* The quarter a "the quarter" or "a year earlier" refers to. */
static int
context_quarter(const dt_doc_context *c, const pa_date *dct, int *year)
{
	if (c->quarter_year > 0)
	{
		*year = c->quarter_year;
		return c->quarter;
	}
	*year = dct->year;
	if (quarter_of(dct->month) == 1)
	{
		*year = dct->year - 1;
		return 4;
	}
	return quarter_of(dct->month) - 1;
}

/* An offset from the DCT in units (last week, two days ago, the quarter). */
static dt_point
resolve_offset(const dt_match *m, const pa_date *dct, dt_direction dir, const dt_doc_context *c)
{
	const dt_frame *f = &m->frame;
	dt_point	p = point_init((pa_granularity) f->gran);
	int64_t		today;
	int			year,
				month;

	if ((m->context & DT_FR_CONTEXT_YEAR) && c->year > 0)
	{
		p.year = c->year + f->offset;
		return p;
	}
	if (dct == NULL)
		return p;
	today = dt_days_from_civil(dct->year, dct->month, dct->day);
	year = dct->year;
	month = dct->month;
	if ((m->context & DT_FR_ANAPHOR) && f->unit == DT_U_MONTH && c->month_year > 0)
	{
		year = c->month_year;	/* the following month: after the one in focus */
		month = c->month;
	}
	else if ((m->context & DT_FR_ANAPHOR) && c->day_sentence >= 0)
		today = dt_days_from_civil(c->day.year, c->day.month, c->day.day);	/* that day */
	if ((m->context & DT_FR_CONTEXT_QUARTER) ||
		((m->context & DT_FR_YEAR_EARLIER) && (f->sub > 0 || (c->quarter_year > 0 && !c->year_focus))))
	{
		p.gran = PA_GRAN_QUARTER;
		p.sub = context_quarter(c, dct, &p.year);
		if (m->context & DT_FR_YEAR_EARLIER)
			p.year--;
		if (f->sub > 0)
			p.sub = f->sub;
		return p;
	}
	if (f->unit == DT_U_DAY && f->offset == 0 && f->minutes >= 0 && c->day_sentence == c->sentence)
		today = dt_days_from_civil(c->day.year, c->day.month, c->day.day);	/* Tuesday ... at 18:00 */
	switch (f->unit)
	{
		case DT_U_SECOND:
		case DT_U_MINUTE:
		case DT_U_HOUR:
		case DT_U_DAY:
			point_set_day(&p, today + (f->unit == DT_U_DAY ? f->offset : 0));
			break;
		case DT_U_WEEKEND:
			if (f->offset == 0)
			{
				/* the weekend: its Saturday, found like a bare weekday */
				dt_frame	saturday = *f;
				dt_point	day;

				saturday.weekday = 6;
				saturday.relative = 0;
				day = resolve_weekday(&saturday, dct, dir);
				point_set_week(&p, dt_days_from_civil(day.year, day.month, day.day));
				break;
			}
			/* FALLTHROUGH */
		case DT_U_WEEK:
			point_set_week(&p, today + 7 * (int64_t) f->offset);
			break;
		case DT_U_MONTH:
			dt_add_months(&year, &month, f->offset);
			p.year = year;
			p.month = month;
			break;
		case DT_U_QUARTER:
			dt_add_months(&year, &month, 3 * f->offset);
			p.year = year;
			p.sub = quarter_of(month);
			break;
		case DT_U_HALF:
			dt_add_months(&year, &month, 6 * f->offset);
			p.year = year;
			p.sub = (month > 6) + 1;
			break;
		case DT_U_DECADE:
			p.year = (year / 10 + f->offset) * 10;
			break;
		case DT_U_CENTURY:
		case DT_U_MILLENNIUM:
			p.year = (year / 100 + f->offset) * 100;
			break;
		default:
			p.year = year + f->offset;
			break;
	}
	return p;
}

/* Appends the character c to the value v[0, n), cut at the buffer's end; returns the new length. */
static size_t
append_char(char *v, size_t n, char c)
{
	if (n < PA_TIMEX_VALUE_MAX - 1)
		v[n++] = c;
	v[n] = '\0';
	return n;
}

/* Appends the string str, as append_char() would each of its characters. */
static size_t
append_str(char *v, size_t n, const char *str)
{
	for (; *str != '\0' && n < PA_TIMEX_VALUE_MAX - 1; str++)
		v[n++] = *str;
	v[n] = '\0';
	return n;
}

/* Appends value (>= 0) with at least width digits, zero-padded, cut like append_char(). */
static size_t
append_number(char *v, size_t n, long value, int width)
{
	int			digits = 1;

	for (long rest = value; rest >= 10; rest /= 10)
		digits++;
	if (digits < width)
		digits = width;
	for (int k = digits - 1; k >= 0; k--, value /= 10)
	{
		if (n + (size_t) k < PA_TIMEX_VALUE_MAX - 1)
			v[n + (size_t) k] = (char) ('0' + value % 10);
	}
	n = n + (size_t) digits < PA_TIMEX_VALUE_MAX - 1 ? n + (size_t) digits : PA_TIMEX_VALUE_MAX - 1;
	v[n] = '\0';
	return n;
}

/* Appends value in decimal, with a minus sign when negative. */
static size_t
append_int(char *v, size_t n, int value)
{
	if (value < 0)
		return append_number(v, append_char(v, n, '-'), -(long) value, 1);
	return append_number(v, n, value, 1);
}

/* Writes a year, or XXXX. */
static size_t
write_year(char *v, int year)
{
	size_t		n = 0;

	if (year < 0 || year > 9999)
		n = append_str(v, n, "XXXX");
	else
		n = append_number(v, n, year, 4);
	return n;
}

/* Writes a two-digit field, or XX. */
static size_t
write_field(char *v, size_t n, int value)
{
	if (value < 0)
		n = append_str(v, n, "-XX");
	else
		n = append_number(v, append_char(v, n, '-'), value, 2);
	return n;
}

/* Appends minutes as hh:mm. */
static size_t
append_clock(char *v, size_t n, int minutes)
{
	n = append_number(v, n, minutes / 60, 2);
	return append_number(v, append_char(v, n, ':'), minutes % 60, 2);
}

/* The TIMEX3 value of a point. */
static void
format_point(const dt_point *p, char *v)
{
	size_t		n = 0;

	switch (p->gran)
	{
		case PA_GRAN_CENTURY:
			if (p->year < 0)
				append_str(v, n, "XX");
			else
				append_number(v, n, p->year / 100, 2);
			return;
		case PA_GRAN_DECADE:
			if (p->year < 0)
				append_str(v, n, "XXX");
			else
				append_number(v, n, p->year / 10, 3);
			return;
		default:
			break;
	}
	if (p->weekday > 0 && p->day < 0)
	{
		append_int(v, append_str(v, n, "XXXX-WXX-"), p->weekday);
		return;
	}
	n = write_year(v, p->year);
	switch (p->gran)
	{
		case PA_GRAN_HALF:
			if (p->sub > 0)
				append_int(v, append_str(v, n, "-H"), p->sub);
			else
				append_str(v, n, "-HX");
			return;
		case PA_GRAN_QUARTER:
			if (p->sub > 0)
				append_int(v, append_str(v, n, "-Q"), p->sub);
			else
				append_str(v, n, "-QX");
			return;
		case PA_GRAN_SEASON:
			append_str(v, append_char(v, n, '-'), season_codes[p->sub > 0 ? p->sub : 0]);
			return;
		case PA_GRAN_MONTH:
			write_field(v, n, p->month);
			return;
		case PA_GRAN_WEEK:
		case PA_GRAN_WEEKEND:
			if (p->week > 0)
				n = append_number(v, append_str(v, n, "-W"), p->week, 2);
			else
				n = append_str(v, n, "-WXX");
			if (p->gran == PA_GRAN_WEEKEND)
				append_str(v, n, "-WE");
			return;
		case PA_GRAN_YEAR:
			return;
		default:
			break;
	}
	n = write_field(v, n, p->month);
	n = write_field(v, n, p->day);
	if (p->part_of_day > 0)
		append_str(v, append_char(v, n, 'T'), part_codes[p->part_of_day]);
	else if (p->minutes >= 0)
	{
		n = append_clock(v, append_char(v, n, 'T'), p->minutes);
		if (p->zone == 0)
			append_char(v, n, 'Z');
		else if (p->zone != DT_NO_ZONE)
			append_clock(v, append_char(v, n, p->zone < 0 ? '-' : '+'),
						 p->zone < 0 ? -p->zone : p->zone);
	}
}

/* Seconds of a day number. */
static inline int64_t
day_seconds(int64_t days)
{
	return days * 86400;
}

/* Day number of the first of a month, carrying months past December. */
static int64_t
month_start(int year, int month)
{
	dt_add_months(&year, &month, 0);
	return dt_days_from_civil(year, month, 1);
}

/* The half-open period of a point; 0 when it has none. */
static int
point_period(const dt_point *p, int64_t *start, int64_t *end)
{
	static const int part_hours[][2] = {{0, 0}, {6, 12}, {12, 18}, {18, 22}, {22, 30}};
	int64_t		day;

	if (p->year < 1 || p->year > 9999)
		return 0;
	switch (p->gran)
	{
		case PA_GRAN_CENTURY:
		case PA_GRAN_DECADE:
		case PA_GRAN_YEAR:
			{
				int			span = p->gran == PA_GRAN_CENTURY ? 100 : p->gran == PA_GRAN_DECADE ? 10 : 1;
				int			first = p->gran == PA_GRAN_YEAR ? p->year : p->year - p->year % span;

				if (first < 1 || first + span > 9999)
					return 0;
				*start = day_seconds(dt_days_from_civil(first, 1, 1));
				*end = day_seconds(dt_days_from_civil(first + span, 1, 1));
				return 1;
			}
		case PA_GRAN_HALF:
		case PA_GRAN_QUARTER:
		case PA_GRAN_SEASON:
		case PA_GRAN_MONTH:
			{
				int			months = p->gran == PA_GRAN_HALF ? 6 : p->gran == PA_GRAN_MONTH ? 1 : 3;
				int			first;

				if (p->gran == PA_GRAN_MONTH)
					first = p->month;
				else if (p->gran == PA_GRAN_SEASON)
					first = p->sub * 3 == 12 ? 0 : p->sub * 3;
				else
					first = (p->sub - 1) * months + 1;
				/* An unknown half, quarter or season (sub < 0, written X) has no period. */
				if (p->sub == 0 || (p->gran != PA_GRAN_MONTH && p->sub < 0) ||
					(p->gran == PA_GRAN_MONTH && first < 1))
					return 0;
				*start = day_seconds(first < 1 ? dt_days_from_civil(p->year - 1, 12, 1) :
									 month_start(p->year, first));
				*end = day_seconds(month_start(p->year, first + months));
				return 1;
			}
		case PA_GRAN_WEEK:
		case PA_GRAN_WEEKEND:
			if (p->week < 1)
				return 0;
			day = dt_iso_week_monday(p->year, p->week);
			if (p->gran == PA_GRAN_WEEKEND)
				day += 5;
			*start = day_seconds(day);
			*end = day_seconds(day + (p->gran == PA_GRAN_WEEKEND ? 2 : 7));
			return 1;
		default:
			break;
	}
	if (p->month < 1 || p->day < 1)
		return 0;
	day = dt_days_from_civil(p->year, p->month, p->day);
	*start = day_seconds(day);
	*end = day_seconds(day + 1);
	if (p->part_of_day > 0)
	{
		*end = *start + part_hours[p->part_of_day][1] * 3600;
		*start += part_hours[p->part_of_day][0] * 3600;
	}
	else if (p->minutes >= 0)
	{
		*start += p->minutes * 60;
		*end = *start + 60;
	}
	return 1;
}

/* The unit letter of a duration: Y, M, W, D, H... (decades DE, centuries CE). */
static const char *
unit_code(int unit)
{
	static const char *const codes[] = {"", "S", "M", "H", "D", "WE", "W", "M", "Q", "H", "Y", "DE", "CE", "ML", "Q"};

	return unit < (int) (sizeof(codes) / sizeof(codes[0])) ? codes[unit] : "";
}

/* P5Y, PT3H, PXY; the amount of a set is 1 unless given. */
static void
format_duration(const dt_frame *f, char *v)
{
	size_t		n = 0;
	int			time_unit = f->unit == DT_U_SECOND || f->unit == DT_U_MINUTE || f->unit == DT_U_HOUR;
	int			amount = f->amount;
	int			unit = f->unit;

	if (unit == DT_U_HALF || (unit == DT_U_QUARTER && amount > 0))
	{
		amount = amount > 0 ? amount * (unit == DT_U_HALF ? 6 : 3) : amount;
		unit = DT_U_MONTH;
	}
	else if (unit == DT_U_DECADE || (unit == DT_U_CENTURY && amount > 0))
	{
		/* two decades: P20Y; decades: PXY (ISO 8601 has no decade unit) */
		amount = amount > 0 ? amount * (unit == DT_U_DECADE ? 10 : 100) : amount;
		unit = DT_U_YEAR;
	}
	else if (unit == DT_U_WEEKEND)
		unit = DT_U_DAY, amount = amount > 0 ? amount * 2 : amount;
	n = append_str(v, n, time_unit ? "PT" : "P");
	if (amount == DT_AMOUNT_VAGUE)
		n = append_char(v, n, 'X');
	else
		n = append_int(v, n, amount);
	n = append_str(v, n, unit_code(unit));
	if (f->amount2 == 1 && amount > 0)
	{
		/* and a half, in the next smaller unit */
		if (unit == DT_U_YEAR)
			append_str(v, n, "6M");
		else if (unit == DT_U_HOUR)
			append_str(v, n, "30M");
		else if (unit == DT_U_DAY)
			append_str(v, n, "T12H");
		else if (unit == DT_U_MINUTE)
			append_str(v, n, "30S");
	}
}

/* The value of a weekly set: XXXX-WXX-5, XXXX-WXX-5TNI. */
static void
format_weekly(const dt_frame *f, char *v)
{
	size_t		n = append_int(v, append_str(v, 0, "XXXX-WXX-"), f->weekday);

	if (f->part_of_day)
		append_str(v, append_char(v, n, 'T'), part_codes[f->part_of_day]);
}

/* See dates_normalize.h. */
void
dt_normalize(const dt_match *m, const pa_date *dct, dt_direction direction,
			 dt_doc_context *context, pa_timex *out)
{
	const dt_frame *f = &m->frame;
	dt_point	p;
	static const char *const refs[] = {"", "PRESENT_REF", "PAST_REF", "FUTURE_REF", "FUTURE_REF"};

	out->type = f->type;
	out->granularity = PA_GRAN_NONE;
	out->value[0] = '\0';
	switch (f->anchor)
	{
		case DT_A_DURATION:
			format_duration(f, out->value);
			if (f->unit == DT_U_MONTH && (f->amount == 6 || f->amount == 9))
				context->year_focus = 1;	/* the first nine months: a year earlier is a year */
			return;
		case DT_A_SET:
			if (f->weekday > 0)
				format_weekly(f, out->value);
			else if (f->month > 0)
				append_number(out->value, append_str(out->value, 0, "XXXX-"), f->month, 2);
			else
				format_duration(f, out->value);
			return;
		case DT_A_REF:
			append_str(out->value, 0, refs[f->ref]);
			return;
		case DT_A_WEEKDAY:
			/* the previous Friday: before the day in focus */
			p = resolve_weekday(f, (m->context & DT_FR_ANAPHOR) && context->day_sentence >= 0 ?
								&context->day : dct, direction);
			break;
		case DT_A_OFFSET:
			p = resolve_offset(m, dct, direction, context);
			break;
		default:
			p = resolve_absolute(m, dct, direction, context);
			break;
	}
	if (f->part_of_day > 0 || f->minutes >= 0)
	{
		p.gran = f->part_of_day > 0 ? PA_GRAN_PART_OF_DAY : PA_GRAN_MINUTE;
		p.part_of_day = f->part_of_day;
		p.minutes = f->minutes;
		p.zone = f->zone;
	}
	format_point(&p, out->value);
	out->granularity = (uint8_t) p.gran;
	out->has_period = (uint8_t) point_period(&p, &out->period_start, &out->period_end);
	if (f->anchor == DT_A_ABSOLUTE && f->year > 0 && f->gran >= PA_GRAN_YEAR)
		context->year = f->year;
	if (p.gran == PA_GRAN_YEAR && f->anchor == DT_A_OFFSET && f->offset < 0 &&
		!(m->context & DT_FR_YEAR_EARLIER))
		context->year_focus = 1;	/* last year's results: a year earlier is a year */
	if (p.gran >= PA_GRAN_MONTH && p.gran != PA_GRAN_WEEK && p.gran != PA_GRAN_WEEKEND &&
		p.year > 0 && p.month > 0)
	{
		context->month_year = p.year;
		context->month = p.month;
	}
	if (p.gran >= PA_GRAN_DAY && p.year > 0 && p.month > 0 && p.day > 0)
	{
		context->day.year = p.year;
		context->day.month = p.month;
		context->day.day = p.day;
		context->day_sentence = context->sentence;
	}
	if (p.gran == PA_GRAN_QUARTER && p.year > 0 && p.sub > 0 &&
		!(m->context & (DT_FR_YEAR_EARLIER | DT_FR_CONTEXT_QUARTER)))
	{
		context->quarter_year = p.year;
		context->quarter = p.sub;
		context->year_focus = 0;
	}
}
