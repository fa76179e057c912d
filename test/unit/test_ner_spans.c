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
	pa_arena	arena;
	pa_document doc;
	pa_entity	items[6];
	size_t		count = 6;
	char		got[256];

	pa_arena_init(&arena, unit_allocator());
	CHECK(pa_document_analyze(&doc, text, strlen(text), &arena, NULL, NULL) == PA_OK);
	items[0] = unit_entity(&doc, 0, 3, PA_ENT_PERSON);	/* Mayor Zoé Lefèvre */
	items[1] = unit_entity(&doc, 4, 3, PA_ENT_PERSON);	/* Chancellor Merkel ’s */
	items[2] = unit_entity(&doc, 10, 3, PA_ENT_ORG);	/* Naturalization Service 's */
	items[3] = unit_entity(&doc, 15, 2, PA_ENT_PERSON);	/* Prime Minister: nothing but titles */
	items[4] = unit_entity(&doc, 19, 1, PA_ENT_PERSON);	/* Major: also a surname */
	items[5] = unit_entity(&doc, 15, 1, PA_ENT_ORG);	/* Prime, not a person: left alone */
	count = 5;
	ner_spans_tidy(&doc, items, &count);
	describe_spans(&doc, items, count, got, sizeof(got));
	CHECK_EQ_STR(got, "Zoé Lefèvre/Merkel/Naturalization Service/Major/");
	CHECK_EQ_LONG(items[0].cstart, 6);
	CHECK_EQ_LONG(items[0].cend, 17);
	pa_arena_release(&arena);
}
