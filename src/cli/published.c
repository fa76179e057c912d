/*
 * published.c: strict YYYY-MM-DD parsing.
 */
#include "published.h"

/* Reads n decimal digits at s; -1 if any is not a digit. */
static int
read_digits(const char *s, int n)
{
	int			v = 0;

	for (int i = 0; i < n; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* Days in a month of the proleptic Gregorian calendar. */
static int
days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int			leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	return month == 2 && leap ? 29 : days[month - 1];
}

/* See published.h. */
int
cli_parse_date(const char *s, size_t len, cli_date *out)
{
	int			year,
				month,
				day;

	if (len != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	year = read_digits(s, 4);
	month = read_digits(s + 5, 2);
	day = read_digits(s + 8, 2);
	if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
		return 0;
	out->year = year;
	out->month = month;
	out->day = day;
	return 1;
}
