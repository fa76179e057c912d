/*
 * dates_calendar.c: day numbers, weekdays and ISO weeks.
 */
#include "dates_calendar.h"

/* Days since 1970-01-01 (H. Hinnant's days_from_civil algorithm). */
int64_t
dt_days_from_civil(int year, int month, int day)
{
	int64_t		y = (int64_t) year - (month <= 2);
	int64_t		era = (y >= 0 ? y : y - 399) / 400;
	int64_t		yoe = y - era * 400;
	int64_t		doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	int64_t		doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

/* The inverse of dt_days_from_civil. */
pa_date
dt_civil_from_days(int64_t days)
{
	int64_t		z = days + 719468;
	int64_t		era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t		doe = z - era * 146097;
	int64_t		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t		mp = (5 * doy + 2) / 153;
	int			month = (int) (mp < 10 ? mp + 3 : mp - 9);
	pa_date		d;

	d.year = (int) (yoe + era * 400 + (month <= 2));
	d.month = month;
	d.day = (int) (doy - (153 * mp + 2) / 5 + 1);
	return d;
}

/* 1970-01-01 was a Thursday (4). */
int
dt_weekday(int64_t days)
{
	int64_t		w = (days + 3) % 7;

	return (int) (w < 0 ? w + 7 : w) + 1;
}

/* Days in a month of the proleptic Gregorian calendar. */
int
dt_days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int			leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	return month == 2 && leap ? 29 : days[month - 1];
}

/* The Monday of ISO week 1 is the Monday of the week holding January 4. */
int64_t
dt_iso_week_monday(int iso_year, int week)
{
	int64_t		jan4 = dt_days_from_civil(iso_year, 1, 4);

	return jan4 - (dt_weekday(jan4) - 1) + (int64_t) (week - 1) * 7;
}

/* The week's Thursday decides its year. */
int
dt_iso_week(int64_t days, int *iso_year)
{
	int64_t		thursday = days - dt_weekday(days) + 4;
	int			year = dt_civil_from_days(thursday).year;

	*iso_year = year;
	return (int) ((thursday - dt_days_from_civil(year, 1, 1)) / 7) + 1;
}

/* Month arithmetic with carry. */
void
dt_add_months(int *year, int *month, int months)
{
	int			total = *year * 12 + (*month - 1) + months;

	*year = total >= 0 ? total / 12 : -((-total + 11) / 12);
	*month = total - *year * 12 + 1;
}
