/*
 * test_structure.c: paragraph roles on the articles in test/fixtures/structure
 * (written for these tests, with the site chrome scrapers pick up) and on
 * short cases: datelines and their fields, bylines with and without "By",
 * credits and photo credits, each kind of boilerplate (follow links too),
 * text that only looks like one of them, and the coverage of the parts.
 * Roles are described as "paragraph_no:role" words, one per part.
 */
#include <stdio.h>
#include <stdlib.h>

#include "structure.h"
#include "structure_lexicon.h"
#include "unit.h"

/* Fixture articles, relative to the repository root (where the tests run). */
#define FIXTURE_DIR "test/fixtures/structure/"

/* Reads a whole file into a malloc'd NUL-terminated string, or NULL. */
static char *
read_fixture(const char *name)
{
	char		path[256];
	FILE	   *f;
	char	   *buf;
	long		size;

	snprintf(path, sizeof(path), "%s%s", FIXTURE_DIR, name);
	f = fopen(path, "rb");
	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0 ||
		(buf = malloc((size_t) size + 1)) == NULL)
	{
		fclose(f);
		return NULL;
	}
	buf[fread(buf, 1, (size_t) size, f)] = '\0';
	fclose(f);
	return buf;
}

/* Appends the string s to out. */
static size_t
append_str(const char *s, char *out, size_t used, size_t size)
{
	int			n = snprintf(out + used, size - used, "%s", s);

	return n < 0 || (size_t) n >= size - used ? size - 1 : used + (size_t) n;
}

/* Appends the text of range r (or "-") to out. */
static size_t
append_range(const pa_document *doc, pa_token_range r, char *out, size_t used, size_t size)
{
	int			n;

	if (r.count == 0)
		n = snprintf(out + used, size - used, "-");
	else
	{
		const pa_token *first = &doc->tokens.tokens[r.first];
		const pa_token *last = &doc->tokens.tokens[r.first + r.count - 1];

		n = snprintf(out + used, size - used, "%.*s", (int) (last->end - first->start),
					 doc->text + first->start);
	}
	return n < 0 || (size_t) n >= size - used ? size - 1 : used + (size_t) n;
}

/*
 * Describes the parts of text into out: "3:headline 4:byline ..." and, for
 * a dateline, "[place|agency]" after its role.  Also checks that the parts
 * cover every token once, in order.
 */
static void
describe_roles(const char *text, char *out, size_t size)
{
	pa_arena	arena;
	pa_document doc;
	pa_paragraph_roles roles;
	size_t		bad = 0,
				used = 0,
				next_token = 0;

	pa_arena_init(&arena, unit_allocator());
	out[0] = '\0';
	if (pa_document_analyze(&doc, text, strlen(text), &arena, NULL, &bad) != PA_OK ||
		pa_structure_find(&doc, &arena, NULL, &roles) != PA_OK)
	{
		snprintf(out, size, "analysis failed");
		pa_arena_release(&arena);
		return;
	}
	for (size_t k = 0; k < roles.count; k++)
	{
		const pa_paragraph_part *part = &roles.parts[k];
		char		label[48];

		snprintf(label, sizeof(label), "%s%u:%s", k ? " " : "", (unsigned) part->paragraph + 1,
				 pa_paragraph_role_name((pa_paragraph_role) part->role));
		used = append_str(label, out, used, size);
		CHECK_EQ_LONG(part->tokens.first, next_token);
		CHECK(part->tokens.count > 0);
		next_token = part->tokens.first + part->tokens.count;
		if (part->role == PA_ROLE_DATELINE)
		{
			used = append_str("[", out, used, size);
			used = append_range(&doc, part->place, out, used, size);
			used = append_str("|", out, used, size);
			used = append_range(&doc, part->agency, out, used, size);
			used = append_str("]", out, used, size);
		}
	}
	CHECK_EQ_LONG(next_token, doc.tokens.count);
	pa_arena_release(&arena);
}

#define CHECK_ROLES(text, expected) \
	do { char got_[4096]; describe_roles(text, got_, sizeof(got_)); \
		 CHECK_EQ_STR(got_, expected); } while (0)

/* Checks the roles of a fixture article. */
static void
check_fixture(const char *name, const char *expected)
{
	char	   *text = read_fixture(name);

	CHECK(text != NULL);
	if (text == NULL)
		return;
	CHECK_ROLES(text, expected);
	free(text);
}

UNIT_TEST(structure_lists_sorted)
{
	CHECK(pa_structure_lists_are_sorted());
}

UNIT_TEST(structure_word_lookups)
{
	CHECK(pa_is_chrome_label("Share", 5));
	CHECK(pa_is_chrome_label("YOUTUBE", 7));
	CHECK(pa_is_chrome_label("ads", 3));
	CHECK(!pa_is_chrome_label("shares", 6));
	CHECK(!pa_is_chrome_label("shar", 4));
	CHECK(!pa_is_chrome_label("", 0));
	CHECK(!pa_is_chrome_label("a\0s", 3));
	CHECK(pa_is_name_connector("van", 3));
	CHECK(pa_is_name_connector("Von", 3));
	CHECK(!pa_is_name_connector("vans", 4));
	CHECK(pa_is_name_connector("for", 3));
	CHECK(pa_is_byline_title("Correspondent", 13));
	CHECK(pa_is_byline_title("STAFF", 5));
	CHECK(!pa_is_byline_title("minister", 8));
	CHECK(pa_is_social_network("X", 1));
	CHECK(pa_is_social_network("Instagram", 9));
	CHECK(!pa_is_social_network("xx", 2));
}

UNIT_TEST(structure_fixture_lagos_port)
{
	check_fixture("lagos_port.txt",
				  "1:boilerplate 2:boilerplate 3:headline 4:headline 5:byline 6:byline "
				  "7:dateline[LAGOS, Nigeria|Reuters] 7:body 8:boilerplate 9:body 10:boilerplate "
				  "11:body 12:boilerplate 13:credits 14:boilerplate");
}

UNIT_TEST(structure_fixture_kenya_floods)
{
	check_fixture("kenya_floods.txt",
				  "1:headline 2:byline 3:dateline[NAIROBI, Kenya|AP] 3:body 4:boilerplate 5:body "
				  "6:boilerplate 7:boilerplate 8:body 9:credits 10:boilerplate 11:boilerplate "
				  "12:boilerplate 13:boilerplate");
}

UNIT_TEST(structure_fixture_ferry_link)
{
	check_fixture("ferry_link.txt",
				  "1:headline 2:byline 3:credits 4:dateline[SETÚBAL, Portugal|AP] 4:body "
				  "5:boilerplate 6:body 7:credits 8:body 9:body 10:boilerplate 11:boilerplate "
				  "12:credits");
}

UNIT_TEST(structure_fixture_lisbon_budget)
{
	check_fixture("lisbon_budget.txt",
				  "1:headline 2:headline 3:byline 4:dateline[LISBON|Reuters] 4:body 5:boilerplate "
				  "6:body 7:boilerplate 8:body 9:boilerplate 10:body 11:body 12:boilerplate "
				  "13:credits 14:boilerplate");
}

UNIT_TEST(structure_dateline_fields)
{
	CHECK_ROLES("WASHINGTON, March 5 (AP) — The Senate voted.",
				"1:dateline[WASHINGTON|AP] 1:body");
	CHECK_ROLES("LONDON — The Bank of England held rates.", "1:dateline[LONDON|-] 1:body");
	CHECK_ROLES("Washington (CNN) — The talks resumed.", "1:dateline[Washington|CNN] 1:body");
	CHECK_ROLES("ST. LOUIS, Missouri (Reuters) - Flood waters rose.",
				"1:dateline[ST. LOUIS, Missouri|Reuters] 1:body");
	/* the place stops at a weekday as at a date */
	CHECK_ROLES("BEIJING, Tuesday (Xinhua) - The yuan rose.", "1:dateline[BEIJING|Xinhua] 1:body");
	CHECK_ROLES("NAIROBI, Kenya, Friday (AP) — Rain fell.", "1:dateline[NAIROBI, Kenya|AP] 1:body");
	/* alone on its line when a known agency names it; a section label is no dateline */
	CHECK_ROLES("HAVANA (AP) --\nThe talks resumed on Monday after a week of delays.",
				"1:dateline[HAVANA|AP] 2:body");
	CHECK_ROLES("BUFFALO, N.Y. (AP) --\n\nSnow closed the schools.",
				"1:dateline[BUFFALO, N.Y.|AP] 2:body");
	CHECK_ROLES("SOCCER --\nAjax beat PSV 2-1 on Sunday in Amsterdam.", "1:headline 2:body");
}

/* A body paragraph to put lines after. */
#define BODY_BEFORE "The council met on Monday and approved the plan.\n\n"

/* Checks the roles of each of count lines put between the text before and after. */
static void
check_lines(const char *before, const char *const *lines, size_t count, const char *after,
			const char *expected)
{
	for (size_t k = 0; k < count; k++)
	{
		char		text[256];

		snprintf(text, sizeof(text), "%s%s%s", before, lines[k], after);
		CHECK_ROLES(text, expected);
	}
}

UNIT_TEST(structure_boilerplate_phrases)
{
	static const char *const chrome[] = {
		"Sign up for our newsletter", "Follow us on Instagram", "Share this article",
		"This site uses cookies. Manage cookies", "Ad blocker detected",
		"Please turn off your ad-blocker to continue.", "Leave a comment", "Click here to subscribe",
		"Weather", "Advertisement", "Share | Facebook | Twitter", "{{ad_slot_3}}", "Read more: Markets fall",
		"Home › World › Africa", "Copyright 2024 Harbour Media", "* * *", "4 min read",
	};

	check_lines(BODY_BEFORE, chrome, sizeof(chrome) / sizeof(chrome[0]), "", "1:body 2:boilerplate");
}

UNIT_TEST(structure_body_that_looks_like_chrome)
{
	/* chrome words inside prose, and quoted chrome, stay body */
	CHECK_ROLES("Storm hits coast\n\nWeather forecasters expect heavy rain on Friday.\n\n"
				"Residents can sign up for sandbags at the town hall.\n\n"
				"\"Follow us on the radio,\" the mayor told residents.\n\n"
				"Share prices of insurers fell 3% on Monday.",
				"1:headline 2:body 3:body 4:body 5:body");
	/* a short unfinished line below the body is a subheading, not a headline */
	CHECK_ROLES("The vote was close. It passed.\n\nWhat comes next\n\nTalks resume on Monday.",
				"1:body 2:body 3:body");
}

UNIT_TEST(structure_bylines)
{
	CHECK_ROLES("Port reopens\n\nBy Ana Ruiz, staff writer\n\nThe port reopened.",
				"1:headline 2:byline 3:body");
	CHECK_ROLES("Port reopens\n\nBy Tuesday the army had withdrawn.\n\nThe port reopened.",
				"1:headline 2:body 3:body");
	CHECK_ROLES("Port reopens\n\nUpdated: 10:32 a.m. March 5, 2024\n\nThe port reopened.",
				"1:headline 2:byline 3:body");
	CHECK_ROLES("Port reopens\n\nUpdated figures show 300 ships waiting\n\nThe port reopened.",
				"1:headline 2:headline 3:body");
}

UNIT_TEST(structure_follow_links)
{
	static const char *const links[] = {
		"Follow Tom Vidal on Facebook", "Follow Jane Roe on Twitter @janeroe", "Follow us @examplenews",
		"Follow @handle", "Follow the author on X", "Follow me on Bluesky and Mastodon",
		"Follow The Coastal Herald on TikTok",
	};

	check_lines(BODY_BEFORE, links, sizeof(links) / sizeof(links[0]), "", "1:body 2:boilerplate");
	/* "Follow" in prose, a follow link that goes on as a sentence, a quoted one, a headline */
	CHECK_ROLES("The council met.\n\nFollow the money, said Jane Doe.", "1:body 2:body");
	CHECK_ROLES("The council met.\n\nFollow Tom Vidal on Facebook and you will see why he won.",
				"1:body 2:body");
	CHECK_ROLES("The council met.\n\n\"Follow me on Instagram,\" the singer told fans.", "1:body 2:body");
	CHECK_ROLES("Follow the money on TikTok: how creators get paid\n\nThe council met.",
				"1:headline 2:body");
}

UNIT_TEST(structure_photo_credits)
{
	static const char *const credits[] = {
		"Photo: Jane Doe/Reuters", "(Photo by John Roe/Getty Images)", "Image: AP",
		"Credit: Jane Doe for The Example Times", "Photograph: Ana Ruiz via AP", "Image by Tom Vidal",
	};
	static const char *const captions[] = {
		"Photo: Crowds gather outside the port gates", "Credit card debt rose 4% in March.",
		"Photo by photo, the exhibition grew.",
	};

	check_lines(BODY_BEFORE, credits, sizeof(credits) / sizeof(credits[0]), "", "1:body 2:credits");
	check_lines(BODY_BEFORE, captions, sizeof(captions) / sizeof(captions[0]), "", "1:body 2:body");
	/* "for" before an outlet also joins the names of a byline */
	CHECK_ROLES("Port reopens\n\nBy Ana Ruiz for The Coastal Herald\n\nThe port reopened.",
				"1:headline 2:byline 3:body");
}

UNIT_TEST(structure_bylines_without_by)
{
	static const char *const bylines[] = {
		"Jane Doe, Staff Writer", "Jane Doe | Reuters", "Jane Doe and John Roe, Associated Press",
		"Jane Doe, Political Correspondent", "Jane Doe, chief political correspondent",
		"Jane Doe — CNN", "Jane Doe, Staff Writer | March 5, 2024",
	};
	char		got[256];

	check_lines("Port reopens\n\n", bylines, sizeof(bylines) / sizeof(bylines[0]),
				"\n\nThe port reopened.", "1:headline 2:byline 3:body");
	/* names without a job title, or a title in a field that goes on as prose */
	CHECK_ROLES("Jane Doe and John Roe win the cup\n\nThe final ended 2-1.", "1:headline 2:body");
	CHECK_ROLES("Port reopens\n\nJane Doe, the writer who changed Lagos\n\nThe port reopened.",
				"1:headline 2:headline 3:body");
	CHECK_ROLES("Tom Vidal, Reuters reporter, freed in Iran\n\nThe reporter flew home.",
				"1:headline 2:body");
	/* a short sentence, and a byline's shape below the body */
	CHECK_ROLES("Port reopens\n\nJane Doe, a staff writer, resigned.\n\nThe port reopened.",
				"1:headline 2:body 3:body");
	CHECK_ROLES("The port reopened.\n\nShips queued.\n\nJane Doe, Staff Writer", "1:body 2:body 3:body");
	/* a dateline left whole names its agency in brackets */
	describe_roles("WARSAW, Poland (AP) _\n\nThe talks resumed on Monday.", got, sizeof(got));
	CHECK(strstr(got, "byline") == NULL);
}

UNIT_TEST(structure_credits)
{
	CHECK_ROLES("The port reopened.\n\n(Reporting by Ana Ruiz in Lagos; Editing by Tom Vidal)",
				"1:body 2:credits");
	CHECK_ROLES("The port reopened.\n\nReuters writers Ana Ruiz in Paris and Tom Vidal in Madrid "
				"contributed reporting.", "1:body 2:credits");
	CHECK_ROLES("The port reopened.\n\nReporting by the local press was limited.", "1:body 2:body");
}

/* A progress callback that always asks to stop. */
static int
stop_now(void *ctx)
{
	(void) ctx;
	return 1;
}

UNIT_TEST(structure_empty_and_cancelled)
{
	pa_arena	arena;
	pa_document doc;
	pa_paragraph_roles roles;
	pa_progress stop = {stop_now, NULL};
	char		text[4096] = "";
	size_t		bad = 0;

	CHECK_ROLES("", "");
	for (int k = 0; k < 100; k++)
		strcat(text, "One line.\n\n");
	pa_arena_init(&arena, unit_allocator());
	CHECK(pa_document_analyze(&doc, text, strlen(text), &arena, NULL, &bad) == PA_OK);
	CHECK_EQ_LONG(pa_structure_find(&doc, &arena, &stop, &roles), PA_CANCELLED);
	CHECK_EQ_LONG(pa_structure_find(&doc, &arena, NULL, &roles), PA_OK);
	CHECK_EQ_LONG(roles.count, 100);
	pa_arena_release(&arena);
}
