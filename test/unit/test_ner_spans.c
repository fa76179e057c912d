/*
 * test_ner_spans.c: the post-pass over the tagger's spans: possessives and
 * leading titles out, title-only person spans dropped, offsets kept right.
 */
#include <stdio.h>
#include <string.h>

#include "document.h"
#include "ner_spans.h"
#include "ner_fixtures.h"
#include "unit.h"

/* Writes the spans' texts as "text/" into out. */
static void
describe_spans(const pa_document *doc, const pa_entity *items, size_t count, char *out, size_t size)
{
	size_t		used = 0;

	out[0] = '\0';
	for (size_t i = 0; i < count && used < size; i++)
	{
		int			n = snprintf(out + used, size - used, "%.*s/", (int) (items[i].end - items[i].start),
								 doc->text + items[i].start);

		if (n > 0)
			used += (size_t) n;
	}
}

UNIT_TEST(ner_spans_drop_possessives_and_titles)
{
	static const char text[] = "Mayor Zoé Lefèvre met Chancellor Merkel’s aides, the Naturalization "
		"Service's staff and Prime Minister staff. Major said so.";
	unit_ner_doc f;
	pa_entity	items[5];
	size_t		count = 5;
	char		got[256];

	unit_ner_doc_init(&f, text);
	items[0] = unit_entity(&f.doc, 0, 3, PA_ENT_PERSON);	/* Mayor Zoé Lefèvre */
	items[1] = unit_entity(&f.doc, 4, 3, PA_ENT_PERSON);	/* Chancellor Merkel ’s */
	items[2] = unit_entity(&f.doc, 10, 3, PA_ENT_ORG);	/* Naturalization Service 's */
	items[3] = unit_entity(&f.doc, 15, 2, PA_ENT_PERSON);	/* Prime Minister: nothing but titles */
	items[4] = unit_entity(&f.doc, 19, 1, PA_ENT_PERSON);	/* Major: also a surname */
	ner_spans_tidy(&f.doc, items, &count);
	describe_spans(&f.doc, items, count, got, sizeof(got));
	CHECK_EQ_STR(got, "Zoé Lefèvre/Merkel/Naturalization Service/Major/");
	CHECK_EQ_LONG(items[0].cstart, 6);
	CHECK_EQ_LONG(items[0].cend, 17);
	pa_arena_release(&f.arena);
}

UNIT_TEST(ner_spans_widen_events)
{
	static const char text[] = "After the Siege of Petersburg and the Battle of the Bulge came the "
		"Battle of Gettysburg, then War of words with Lee. Of Rome.";
	unit_ner_doc f;
	pa_entity	items[5];
	size_t		count = 5;
	char		got[256];

	unit_ner_doc_init(&f, text);
	items[0] = unit_entity(&f.doc, 4, 1, PA_ENT_LOC);	/* Petersburg, after Siege of */
	items[1] = unit_entity(&f.doc, 10, 1, PA_ENT_LOC);	/* Bulge, after Battle of the */
	items[2] = unit_entity(&f.doc, 13, 3, PA_ENT_ORG);	/* Battle of Gettysburg */
	items[3] = unit_entity(&f.doc, 22, 1, PA_ENT_PERSON);	/* Lee: no event word before it */
	items[4] = unit_entity(&f.doc, 25, 1, PA_ENT_LOC);	/* Rome, after Of alone */
	ner_spans_tidy(&f.doc, items, &count);
	describe_spans(&f.doc, items, count, got, sizeof(got));
	CHECK_EQ_STR(got, "Siege of Petersburg/Battle of the Bulge/Battle of Gettysburg/Lee/Rome/");
	CHECK_EQ_LONG(items[0].type, PA_ENT_MISC);
	CHECK_EQ_LONG(items[1].type, PA_ENT_MISC);
	CHECK_EQ_LONG(items[2].type, PA_ENT_MISC);
	CHECK_EQ_LONG(items[3].type, PA_ENT_PERSON);
	CHECK_EQ_LONG(items[4].type, PA_ENT_LOC);
	CHECK_EQ_LONG(items[0].cstart, 10);
	pa_arena_release(&f.arena);
}

UNIT_TEST(ner_spans_quoted_titles)
{
	static const char text[] = "They saw \"Jeremy\" with Jeremy. Email: \"Ryan Reynolds\"<r@x.ca>";
	unit_ner_doc f;
	pa_entity	items[3];
	size_t		count = 3;

	unit_ner_doc_init(&f, text);
	items[0] = unit_entity(&f.doc, 3, 1, PA_ENT_PERSON);	/* "Jeremy": a title */
	items[1] = unit_entity(&f.doc, 6, 1, PA_ENT_PERSON);	/* Jeremy */
	items[2] = unit_entity(&f.doc, 11, 2, PA_ENT_PERSON);	/* "Ryan Reynolds" <...>: a name */
	ner_spans_tidy(&f.doc, items, &count);
	CHECK_EQ_LONG(count, 3);
	CHECK_EQ_LONG(items[0].type, PA_ENT_MISC);
	CHECK_EQ_LONG(items[1].type, PA_ENT_PERSON);
	CHECK_EQ_LONG(items[2].type, PA_ENT_PERSON);
	pa_arena_release(&f.arena);
}

UNIT_TEST(ner_spans_event_and_award_tails)
{
	static const char text[] = "Blur played the Glastonbury Festival and won a Nobel Prize in Festival.";
	unit_ner_doc f;
	pa_entity	items[3];
	size_t		count = 3;

	unit_ner_doc_init(&f, text);
	items[0] = unit_entity(&f.doc, 3, 2, PA_ENT_ORG);	/* Glastonbury Festival */
	items[1] = unit_entity(&f.doc, 8, 2, PA_ENT_PERSON);	/* Nobel Prize */
	items[2] = unit_entity(&f.doc, 11, 1, PA_ENT_LOC);	/* Festival alone: left alone */
	ner_spans_tidy(&f.doc, items, &count);
	CHECK_EQ_LONG(count, 3);
	CHECK_EQ_LONG(items[0].type, PA_ENT_MISC);
	CHECK_EQ_LONG(items[1].type, PA_ENT_MISC);
	CHECK_EQ_LONG(items[2].type, PA_ENT_LOC);
	pa_arena_release(&f.arena);
}
