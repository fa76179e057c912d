/*
 * test_ner_missed.c: the post-pass that tags the untagged repeats of a
 * document's mentions, longest first, with the type most mentions have,
 * and quoted titles.
 */
#include <stdio.h>
#include <string.h>

#include "document.h"
#include "ner_missed.h"
#include "ner_fixtures.h"
#include "unit.h"

/* Writes the spans' texts and types as "text:type/" and then their count into out. */
static void
describe_mentions(const char *text, const pa_entity *items, size_t count, char *out, size_t size)
{
	size_t		used = 0;

	for (size_t i = 0; i < count && used < size; i++)
	{
		int			n = snprintf(out + used, size - used, "%.*s:%d/",
								 (int) (items[i].end - items[i].start), text + items[i].start,
								 (int) items[i].type);

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
	CHECK_EQ_STR(got, "Killing Joke:1/Paris Hilton:0/Paris:2/Paris:2/Killing Joke:1/"
				 "Paris Hilton:0/Paris:2/7");
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
	CHECK_EQ_STR(got, "Gone with the Wind:3/Go:3/2");
	pa_arena_release(&f.arena);
}
