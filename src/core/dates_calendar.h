/*
 * dates_calendar.h: proleptic Gregorian calendar arithmetic on day
 * numbers (days since 1970-01-01), for the date normaliser.
 */
#ifndef PA_DATES_CALENDAR_H
#define PA_DATES_CALENDAR_H

#include <stdint.h>

#include "dates.h"

/* Days since 1970-01-01 of a calendar day. */
int64_t		dt_days_from_civil(int year, int month, int day);

/* The calendar day of a day number. */
pa_date		dt_civil_from_days(int64_t days);

/* ISO weekday of a day number: 1 Monday .. 7 Sunday. */
int			dt_weekday(int64_t days);

/* Days in a month (1..12) of a year. */
int			dt_days_in_month(int year, int month);

/* The ISO 8601 week of a day number: *iso_year gets the week's year. */
int			dt_iso_week(int64_t days, int *iso_year);

/* Day number of the Monday of ISO week `week` of `iso_year`. */
int64_t		dt_iso_week_monday(int iso_year, int week);

/* Adds months to (year, month), carrying into years. */
void		dt_add_months(int *year, int *month, int months);

#endif							/* PA_DATES_CALENDAR_H */
