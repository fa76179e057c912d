/*
 * test_dates.c: temporal expressions: recognition, TIMEX3 values against
 * the publication date, tense direction, periods, and the things that only
 * look like dates.
 */
#include <stdio.h>
#include <stdlib.h>

#include "dates.h"
#include "dates_calendar.h"
#include "dates_lexicon.h"
#include "unit.h"

/*
 * Finds the dates of text published on `published` (YYYY-MM-DD, or NULL)
 * and writes "expression=TYPE:value" items joined by " | " into out.
 */
static void
describe_dates(const char *text, const char *published, char *out, size_t outsize)
{
	pa_arena	arena;
	pa_document doc;
	pa_timex_list list;
	pa_date		date;
	size_t		used = 0;

	if (published != NULL)
		sscanf(published, "%d-%d-%d", &date.year, &date.month, &date.day);
	pa_arena_init(&arena, unit_allocator());
	out[0] = '\0';
	if (pa_document_analyze(&doc, text, strlen(text), &arena, NULL, NULL) == PA_OK &&
		pa_dates_find(&doc, published != NULL ? &date : NULL, &arena, NULL, &list) == PA_OK)
	{
		for (size_t i = 0; i < list.count; i++)
		{
			const pa_timex *t = &list.items[i];
			int			n = snprintf(out + used, outsize - used, "%s%.*s=%s:%s", i ? " | " : "",
									 (int) (t->end - t->start), text + t->start,
									 pa_timex_type_name((pa_timex_type) t->type), t->value);

			if (n < 0 || (size_t) n >= outsize - used)
				break;
			used += (size_t) n;
		}
	}
	pa_arena_release(&arena);
}

#define CHECK_DATES(text, published, expected) \
	do { char got_[2048]; describe_dates(text, published, got_, sizeof(got_)); \
		 CHECK_EQ_STR(got_, expected); } while (0)

UNIT_TEST(dates_lexicon_is_sorted)
{
	CHECK(dt_lexicon_size() > 200);
	CHECK(dt_lexicon_is_sorted());
}

UNIT_TEST(dates_calendar_weeks_and_leap_days)
{
	int			iso_year = 0;
	pa_date		d = dt_civil_from_days(dt_days_from_civil(2024, 2, 29) + 1);

	CHECK_EQ_LONG(d.month * 100 + d.day, 301);
	CHECK_EQ_LONG(dt_weekday(dt_days_from_civil(2024, 3, 14)), 4);
	CHECK_EQ_LONG(dt_iso_week(dt_days_from_civil(2021, 1, 3), &iso_year), 53);
	CHECK_EQ_LONG(iso_year, 2020);
	CHECK_EQ_LONG(dt_iso_week(dt_days_from_civil(2024, 12, 30), &iso_year), 1);
	CHECK_EQ_LONG(iso_year, 2025);
	CHECK_EQ_LONG(dt_days_in_month(1900, 2), 28);
	CHECK_EQ_LONG(dt_days_in_month(2000, 2), 29);
}

UNIT_TEST(dates_absolute_forms)
{
	CHECK_DATES("It opened on Sept. 12, 2023 and on 12 September 2023.", "2024-03-14",
				"Sept. 12, 2023=DATE:2023-09-12 | 12 September 2023=DATE:2023-09-12");
	CHECK_DATES("Filed 2023-09-12, signed 9/12/2023, due September 2023.", "2024-03-14",
				"2023-09-12=DATE:2023-09-12 | 9/12/2023=DATE:2023-09-12 | September 2023=DATE:2023-09");
	CHECK_DATES("Born in the 1990s, hired in mid-2022, back in early March.", "2024-03-14",
				"the 1990s=DATE:199 | mid-2022=DATE:2022 | early March=DATE:2024-03");
	CHECK_DATES("Profit fell in the third quarter and in fiscal 2024, not in Q4 2023.", "2024-03-14",
				"the third quarter=DATE:2023-Q3 | fiscal 2024=DATE:2024 | Q4 2023=DATE:2023-Q4");
	CHECK_DATES("It was built in the 19th century.", "2024-03-14", "the 19th century=DATE:18");
	CHECK_DATES("Hits of the \xe2\x80\x99" "90s and the nineties.", "2024-03-14",
				"the \xe2\x80\x99" "90s=DATE:199 | the nineties=DATE:199");
}

UNIT_TEST(dates_relative_to_publication)
{
	CHECK_DATES("Sales fell last week, rose two days ago and will peak next month.", "2024-03-14",
				"last week=DATE:2024-W10 | two days ago=DATE:2024-03-12 | next month=DATE:2024-04");
	CHECK_DATES("Yesterday the rain stopped; tonight it returns.", "2024-03-14",
				"Yesterday=DATE:2024-03-13 | tonight=TIME:2024-03-14TNI");
	CHECK_DATES("She has led the party for the past 14 months.", "2024-03-14",
				"the past 14 months=DURATION:P14M");
	CHECK_DATES("Talks resume in the coming weeks; prices are now stable.", "2024-03-14",
				"the coming weeks=DATE:FUTURE_REF | now=DATE:PRESENT_REF");
}

UNIT_TEST(dates_weekday_direction_follows_tense)
{
	CHECK_DATES("The minister arrived on Monday.", "2024-03-14", "Monday=DATE:2024-03-11");
	CHECK_DATES("The minister will meet them on Monday.", "2024-03-14", "Monday=DATE:2024-03-18");
	CHECK_DATES("They could sign as soon as Friday.", "2024-03-14", "Friday=DATE:2024-03-15");
	CHECK_DATES("The talks are set to resume on Tuesday.", "2024-03-14", "Tuesday=DATE:2024-03-19");
	CHECK_DATES("Last Friday the court ruled.", "2024-03-15", "Last Friday=DATE:2024-03-08");
}

UNIT_TEST(dates_year_ends_and_week_53)
{
	CHECK_DATES("Prices rose last week.", "2024-01-02", "last week=DATE:2023-W52");
	CHECK_DATES("Prices will rise next month.", "2023-12-31", "next month=DATE:2024-01");
	CHECK_DATES("Shops close this week.", "2020-12-31", "this week=DATE:2020-W53");
	CHECK_DATES("It snowed yesterday.", "2024-03-01", "yesterday=DATE:2024-02-29");
	CHECK_DATES("The vote is in January.", "2023-12-20", "January=DATE:2024-01");
}

UNIT_TEST(dates_without_publication_date_keep_unknown_parts)
{
	CHECK_DATES("They met on Friday and again in March, then last week.", NULL,
				"Friday=DATE:XXXX-WXX-5 | March=DATE:XXXX-03 | last week=DATE:XXXX-WXX");
	CHECK_DATES("It opened on June 5, 2001.", NULL, "June 5, 2001=DATE:2001-06-05");
}

UNIT_TEST(dates_times_of_day)
{
	CHECK_DATES("Doors open at 10 a.m. and close at 19:00.", "2024-03-14",
				"10 a.m.=TIME:2024-03-14T10:00 | 19:00=TIME:2024-03-14T19:00");
	CHECK_DATES("The polls close at 7 p.m. EDT, not at noon.", "2024-03-14",
				"7 p.m. EDT=TIME:2024-03-14T19:00-04:00 | noon=TIME:2024-03-14T12:00");
	CHECK_DATES("The blast came at 08. 30 local time (06. 30 GMT).", "2024-03-14",
				"08. 30 local time=TIME:2024-03-14T08:30 | 06. 30 GMT=TIME:2024-03-14T06:30Z");
	CHECK_DATES("Rain is due on Saturday morning.", "2024-03-14", "Saturday morning=TIME:2024-03-16TMO");
}

UNIT_TEST(dates_durations_sets_and_ranges)
{
	CHECK_DATES("After five years and more than two years, a 10-day visit.", "2024-03-14",
				"five years=DURATION:P5Y | more than two years=DURATION:P2Y | 10-day=DURATION:P10D");
	CHECK_DATES("The market opens every Tuesday; reports come out weekly.", "2024-03-14",
				"every Tuesday=SET:XXXX-WXX-2 | weekly=SET:P1W");
	CHECK_DATES("The plan covers 2019-2022.", "2024-03-14", "2019=DATE:2019 | 2022=DATE:2022");
}

UNIT_TEST(dates_tense_past_perfect_and_passive)
{
	CHECK_DATES("Until Thursday, the police had not named a suspect.", "2024-03-15",
				"Thursday=DATE:2024-03-14");
	CHECK_DATES("The offer had been due to expire Friday evening.", "2024-03-18",
				"Friday evening=TIME:2024-03-15TEV");
	CHECK_DATES("The bank will repay the loan by February.", "2023-10-20", "February=DATE:2024-02");
	CHECK_DATES("The new contract is effective June 1.", "2023-10-20", "June 1=DATE:2024-06-01");
	CHECK_DATES("The bonus would be paid in January to staff.", "2023-10-20", "January=DATE:2024-01");
	CHECK_DATES("Over the weekend, officials confirmed that the ferries could sail again.", "2024-03-18",
				"the weekend=DATE:2024-W11-WE");
}

UNIT_TEST(dates_anaphora_from_the_date_in_focus)
{
	CHECK_DATES("The firm opened in March 2020. The following month, it hired staff.", "2024-03-14",
				"March 2020=DATE:2020-03 | The following month=DATE:2020-04");
	CHECK_DATES("Markets fell on Friday, March 8. The previous Friday they had risen.", "2024-03-14",
				"Friday, March 8=DATE:2024-03-08 | previous Friday=DATE:2024-03-01");
	CHECK_DATES("The plant reopened on May 2, 2023, and workers returned that same day.", "2024-03-14",
				"May 2, 2023=DATE:2023-05-02 | that same day=DATE:2023-05-02");
	CHECK_DATES("Stocks ended the day higher and fell later in the day.", "2024-03-14",
				"the day=DATE:2024-03-14 | the day=DATE:2024-03-14");
	CHECK_DATES("By mid-afternoon yesterday, shares were up. Dealers bought in the morning.", "2024-03-14",
				"mid-afternoon yesterday=TIME:2024-03-13TAF | the morning=TIME:2024-03-13TMO");
	CHECK_DATES("He will leave at 4 in the morning.", "2024-03-14", "4 in the morning=TIME:2024-03-14T04:00");
	CHECK_DATES("Net rose in the third quarter. In the first nine months, profit rose 5% from a year earlier.",
				"2024-10-20", "the third quarter=DATE:2024-Q3 | the first nine months=DURATION:P9M | "
				"a year earlier=DATE:2023");
}

UNIT_TEST(dates_vague_spans_and_references)
{
	CHECK_DATES("Three days later, the index recovered. A minute and a half later, it fell.", "2024-03-14",
				"Three days=DURATION:P3D | A minute and a half=DURATION:PT1M30S");
	CHECK_DATES("The decades-long dispute ended after a day-long meeting.", "2024-03-14",
				"decades-long=DURATION:PXY | a day-long=DURATION:P1D");
	CHECK_DATES("Over the next couple of years, it plans eight trading days of sales after several "
				"quarters of losses.", "2024-03-14", "the next couple of years=DURATION:P2Y | "
				"eight trading days=DURATION:P8D | several quarters=DURATION:PXQ");
	CHECK_DATES("In the near term, rates may rise; these days they are low, as in past years. Details come "
				"at a later date.", "2024-03-14", "the near term=DATE:FUTURE_REF | these days=DATE:PRESENT_REF"
				" | past years=DATE:PAST_REF | a later date=DATE:FUTURE_REF");
	CHECK_DATES("The current market and the recent sale were discussed.", "2024-03-14",
				"current=DATE:PRESENT_REF | recent=DATE:PAST_REF");
	CHECK_DATES("Sales held up well into the summer, after the early summer lull.", "2024-10-10",
				"the summer=DATE:2024-SU | the early summer=DATE:2024-SU");
	CHECK_DATES("The fiscal year ended Jan. 31 was strong.", "2024-03-14",
				"The fiscal year=DURATION:P1Y | Jan. 31=DATE:2024-01-31");
}

UNIT_TEST(dates_ranges_holidays_and_named_days)
{
	CHECK_DATES("The summit is on April 24 and 25.", "2024-03-14", "April 24=DATE:2024-04-24 | 25=DATE:2024-04-25");
	CHECK_DATES("It is our theme from now to Election Day.", "2024-10-01",
				"now=DATE:PRESENT_REF | Election Day=DATE:2024-11-05");
	CHECK_DATES("He died last Oct. 23 at home.", "2024-03-14", "last Oct. 23=DATE:2023-10-23");
	CHECK_DATES("He was hurt in his unsuccessful 2020 campaign; 2020 shares were sold.", "2024-03-14",
				"2020=DATE:2020");
}

UNIT_TEST(dates_no_false_positives_in_names_and_rates)
{
	CHECK_DATES("He spoke on the \"This Week\" program and watched \"High Noon\" on CBS's \"60 Minutes\".",
				"2024-03-14", "");
	CHECK_DATES("Investors fear future losses; revenue grew 20% annually and is adjusted quarterly.",
				"2024-03-14", "");
	CHECK_DATES("Now, he says, it works. Currently, ten stores are open.", "2024-03-14", "");
	CHECK_DATES("The quarter-to-quarter comparison improved. Prices fall in spring.", "2024-03-14", "");
}

UNIT_TEST(dates_no_false_positives)
{
	CHECK_DATES("Park Sun Young met May Smith and August Wilson.", "2024-03-14", "");
	CHECK_DATES("Thousands will march on the capital.", "2024-03-14", "");
	CHECK_DATES("The team won 3-2 before 6005 fans; 1,000 more waited.", "2024-03-14", "");
	CHECK_DATES("Tickets cost 19.00 euros. Call 555-1234 today.", "2024-03-14", "today=DATE:2024-03-14");
	CHECK_DATES("Christmas Island is remote. He finished third.", "2024-03-14", "");
	CHECK_DATES("A 52-year-old man and his 6-year-old son were hurt.", "2024-03-14", "");
	CHECK_DATES("The company cut its quarterly dividend.", "2024-03-14", "");
}

UNIT_TEST(dates_periods)
{
	pa_arena	arena;
	pa_document doc;
	pa_timex_list list;
	pa_date		published = {2024, 3, 14};
	const char *text = "Rents rose in March 2024 and fell last week.";
	char		start[20],
				end[20];

	pa_arena_init(&arena, unit_allocator());
	CHECK(pa_document_analyze(&doc, text, strlen(text), &arena, NULL, NULL) == PA_OK);
	CHECK(pa_dates_find(&doc, &published, &arena, NULL, &list) == PA_OK);
	CHECK_EQ_LONG(list.count, 2);
	if (list.count == 2)
	{
		CHECK(list.items[0].has_period);
		pa_format_timestamp(list.items[0].period_start, start);
		pa_format_timestamp(list.items[0].period_end, end);
		CHECK_EQ_STR(start, "2024-03-01 00:00:00");
		CHECK_EQ_STR(end, "2024-04-01 00:00:00");
		CHECK_EQ_STR(pa_granularity_name((pa_granularity) list.items[1].granularity), "week");
		pa_format_timestamp(list.items[1].period_start, start);
		CHECK_EQ_STR(start, "2024-03-04 00:00:00");
		CHECK_EQ_LONG(list.items[0].cstart, 14);
		CHECK_EQ_LONG(list.items[0].cend, 24);
	}
	pa_arena_release(&arena);
}
