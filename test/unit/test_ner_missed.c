/*
 * test_ner_missed.c: the post-pass that tags the untagged repeats of a
 * document's mentions, longest first, with the type most mentions have,
 * and quoted titles; and the names of datelines that it types first.
 */
#include <stdio.h>
#include <string.h>

#include "document.h"
#include "ner_missed.h"
#include "ner_tags.h"
#include "ner_fixtures.h"
#include "unit.h"

/* Writes the spans' texts and types as "text:type/" and then their count into out. */
static void
describe_mentions(const char *text, const pa_entity *items, size_t count, char *out, size_t size)
{
	size_t		used = 0;

	for (size_t i = 0; i < count && used < size; i++)
	{
		int			n = snprintf(out + used, size - used, "%.*s:%s/",
								 (int) (items[i].end - items[i].start), text + items[i].start,
								 pa_entity_type_name(items[i].type));

		if (n > 0)
			used += (size_t) n;
	}
	if (used < size)
		snprintf(out + used, size - used, "%zu", count);
}

UNIT_TEST(ner_missed_repeats)
{
	static const char text[] = "Killing Joke met Paris Hilton in Paris. Paris saw Killing Joke. "
		"Then Paris Hilton left, killing joke and Paris.";
	unit_ner_doc f;
	pa_entity	list[4];
	pa_entity  *items = list;
	size_t		count = 4;
	char		got[256];

	unit_ner_doc_init(&f, text);
	list[0] = unit_entity(&f.doc, 0, 2, PA_ENT_ORG);	/* Killing Joke */
	list[1] = unit_entity(&f.doc, 3, 2, PA_ENT_PERSON);	/* Paris Hilton */
	list[2] = unit_entity(&f.doc, 6, 1, PA_ENT_LOC);	/* Paris */
	list[3] = unit_entity(&f.doc, 8, 1, PA_ENT_LOC);	/* Paris */
	CHECK(ner_missed_add(&f.doc, f.toks, &items, &count, &f.arena) == PA_OK);
	describe_mentions(text, items, count, got, sizeof(got));
	CHECK_EQ_STR(got, "Killing Joke:ORG/Paris Hilton:PERSON/Paris:LOC/Paris:LOC/Killing Joke:ORG/"
				 "Paris Hilton:PERSON/Paris:LOC/7");
	CHECK_EQ_LONG(items[4].sentence, 1);
	CHECK_EQ_LONG(items[4].cstart, 50);
	pa_arena_release(&f.arena);
}

UNIT_TEST(ner_missed_quoted_titles)
{
	static const char text[] = "He sang \"Gone with the Wind\" and \"Come as You Are\", "
		"\"The Kill of\", \"Go\" and said \"We Will win\".";
	unit_ner_doc f;
	pa_entity  *items = NULL;
	size_t		count = 0;
	char		got[256];

	unit_ner_doc_init(&f, text);
	CHECK(ner_missed_add(&f.doc, f.toks, &items, &count, &f.arena) == PA_OK);
	describe_mentions(text, items, count, got, sizeof(got));
	CHECK_EQ_STR(got, "Gone with the Wind:MISC/Go:MISC/2");
	pa_arena_release(&f.arena);
}

/* A mention the tagger found: tokens [first, first + count), and its type. */
typedef struct tagged_span
{
	uint32_t	first;
	uint32_t	count;
	pa_entity_type type;
} tagged_span;

/* Describes into got what the pass makes of text and its n (at most 8) tagged mentions. */
static void
describe_pass(const char *text, const tagged_span *tagged, size_t n, char *got, size_t size)
{
	unit_ner_doc f;
	pa_entity	list[8];
	pa_entity  *items = list;
	size_t		count = n;

	unit_ner_doc_init(&f, text);
	for (size_t i = 0; i < n; i++)
		list[i] = unit_entity(&f.doc, tagged[i].first, tagged[i].count, tagged[i].type);
	CHECK(ner_missed_add(&f.doc, f.toks, &items, &count, &f.arena) == PA_OK);
	describe_mentions(text, items, count, got, size);
	pa_arena_release(&f.arena);
}

/* The dateline city the tagger read as an ORG is a place; the agency stays an ORG. */
UNIT_TEST(ner_datelines_city_and_agency)
{
	static const tagged_span tagged[] = {{0, 1, PA_ENT_ORG}, {2, 1, PA_ENT_ORG}};
	char		got[256];

	describe_pass("LISBON (Reuters) — The government said on Tuesday it would sell the bank.",
				  tagged, 2, got, sizeof(got));
	CHECK_EQ_STR(got, "LISBON:LOC/Reuters:ORG/2");
}

/*
 * A missed city that a region and an agency back is added, and so is the
 * missed agency; a span over the city and the region is left alone.
 */
UNIT_TEST(ner_datelines_region_and_missed_names)
{
	static const tagged_span tagged[] = {{2, 1, PA_ENT_LOC}, {0, 3, PA_ENT_ORG}};
	static const char text[] = "NAIROBI, Kenya (AP) — Police arrested three men on Monday.";
	char		got[256];

	describe_pass(text, tagged, 1, got, sizeof(got));
	CHECK_EQ_STR(got, "NAIROBI:LOC/Kenya:LOC/AP:ORG/3");
	describe_pass(text, tagged + 1, 1, got, sizeof(got));
	CHECK_EQ_STR(got, "NAIROBI, Kenya:ORG/AP:ORG/2");
}

/* A dateline of a city and a dash: the city is a place, but a missed one is not added. */
UNIT_TEST(ner_datelines_bare_dash)
{
	static const tagged_span tagged[] = {{0, 1, PA_ENT_ORG}, {3, 1, PA_ENT_ORG}};
	char		got[256];

	describe_pass("WASHINGTON — The Senate voted on Friday.", tagged, 2, got, sizeof(got));
	CHECK_EQ_STR(got, "WASHINGTON:LOC/Senate:ORG/2");
	describe_pass("SOCCER — Ajax won on Sunday.", NULL, 0, got, sizeof(got));
	CHECK_EQ_STR(got, "0");
}

/* The spans within a city of two words become one place. */
UNIT_TEST(ner_datelines_city_of_two_words)
{
	static const tagged_span tagged[] = {
		{0, 1, PA_ENT_PERSON}, {1, 1, PA_ENT_ORG}, {3, 1, PA_ENT_LOC}, {5, 1, PA_ENT_ORG}
	};
	char		got[256];

	describe_pass("SÃO PAULO, Brazil (Reuters) - Prices rose in March.", tagged, 4, got, sizeof(got));
	CHECK_EQ_STR(got, "SÃO PAULO:LOC/Brazil:LOC/Reuters:ORG/3");
}

/* Capitals outside a dateline keep the tagger's type: mid-sentence, and in headlines. */
UNIT_TEST(ner_datelines_not_datelines)
{
	static const tagged_span summit[] = {{3, 1, PA_ENT_ORG}};
	static const tagged_span headlines[] = {{2, 1, PA_ENT_LOC}, {4, 1, PA_ENT_LOC}, {8, 1, PA_ENT_ORG}};
	char		got[256];

	describe_pass("Ministers left the NATO summit — and the talks — on Tuesday.", summit, 1, got,
				  sizeof(got));
	CHECK_EQ_STR(got, "NATO:ORG/1");
	describe_pass("SOCCER - AUSTRIA BEAT SCOTLAND\n\nMARKETS RALLY AS FED HOLDS RATES\n\n"
				  "Stocks rose on Friday.", headlines, 3, got, sizeof(got));
	CHECK_EQ_STR(got, "AUSTRIA:LOC/SCOTLAND:LOC/FED:ORG/3");
}
