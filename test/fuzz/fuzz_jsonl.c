/*
 * fuzz_jsonl.c: libFuzzer target over the command line's JSON Lines parser
 * and JSON string writer.
 *
 * Each input is one line.  The parser must never read or write outside the
 * line; what it accepts must point into the line, and a parsed "text" that
 * is well-formed UTF-8 must survive a round trip: written back with
 * jw_text and parsed again, it gives the same bytes.
 *
 * Build and run: make fuzz-jsonl [FUZZ_SECONDS=60]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_support.h"
#include "json_writer.h"
#include "jsonl.h"
#include "utf8.h"

/* True when [s, s + n) lies inside [base, base + len). */
static int
inside(const char *base, size_t len, const char *s, size_t n)
{
	return s >= base && n <= len && (size_t) (s - base) <= len - n;
}

/* Writes text as {"text":...} with jw_text, parses it back and compares. */
static void
check_round_trip(const char *text, size_t len)
{
	json_writer w;
	jsonl_record again;
	const char *error;
	size_t		column;

	CHECK(jw_init(&w, JW_MEMORY));
	JW_LIT(&w, "{\"text\":");
	jw_text(&w, text, len);
	JW_LIT(&w, "}");
	CHECK(!w.failed);
	CHECK(jsonl_parse(w.buf, w.used, &again, &error, &column));
	CHECK(again.text_len == len && memcmp(again.text, text, len) == 0);
	jw_finish(&w);
}

/* libFuzzer entry point. */
int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *line = malloc(size ? size : 1);
	jsonl_record rec;
	const char *error = NULL;
	size_t		column = 0;
	size_t		bad;

	CHECK(line != NULL);
	memcpy(line, data, size);
	if (!jsonl_parse(line, size, &rec, &error, &column))
	{
		CHECK(error != NULL);
		CHECK(column >= 1 && column <= size + 1);
	}
	else
	{
		if (rec.id_kind != JSONL_ID_NONE)
			CHECK(inside(line, size, rec.id, rec.id_len));
		if (rec.published != NULL)
			CHECK(inside(line, size, rec.published, rec.published_len));
		if (rec.text != NULL)
		{
			CHECK(inside(line, size, rec.text, rec.text_len));
			if (pa_utf8_validate(rec.text, rec.text_len, &bad))
				check_round_trip(rec.text, rec.text_len);
		}
	}
	free(line);
	return 0;
}
