/*
 * test_document.c: validation of long text in chunks.
 */
#include <stdio.h>
#include <stdlib.h>

#include "document.h"
#include "unit.h"

/* Fills len bytes with "ab " and puts a three-byte € across the 1 MiB mark. */
static char *
text_with_char_across_chunk(size_t len)
{
	char	   *text = malloc(len);

	for (size_t i = 0; i < len; i++)
		text[i] = "ab "[i % 3];
	memcpy(text + 1024 * 1024 - 1, "\xe2\x82\xac", 3);
	return text;
}

UNIT_TEST(document_validates_across_chunk_boundaries)
{
	size_t		len = 3 * 1024 * 1024;
	char	   *text = text_with_char_across_chunk(len);
	pa_arena	arena;
	pa_document doc;
	size_t		bad = 0;

	pa_arena_init(&arena, unit_allocator());
	CHECK(pa_document_analyze(&doc, text, len, &arena, NULL, &bad) == PA_OK);
	CHECK_EQ_LONG(doc.char_count, len - 2);
	pa_arena_release(&arena);

	text[2 * 1024 * 1024 + 5] = (char) 0xC3;	/* a lead byte without its continuation */
	CHECK(pa_document_analyze(&doc, text, len, &arena, NULL, &bad) == PA_ERR_INVALID_UTF8);
	CHECK_EQ_LONG(bad, 2 * 1024 * 1024 + 5);
	pa_arena_release(&arena);
	free(text);
}
