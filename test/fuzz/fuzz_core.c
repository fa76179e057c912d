/*
 * fuzz_core.c: libFuzzer target over the core's text layer.
 *
 * Each input is one document.  It goes through pa_utf8_validate and
 * pa_document_analyze (malloc-backed arena, released afterwards, so the
 * leak checker sees every block), and the result is checked against the
 * invariants the SQL functions and the command line rely on; a violation
 * aborts with a message.  The same text is then analysed again with a
 * progress callback (the result must be identical), with an allocator that
 * fails part-way (PA_ERR_NOMEM, never a crash) and with a callback that
 * cancels part-way (PA_CANCELLED).  Every text that analyses then goes
 * through the later stages, dates and quotes (fuzz_stages.c).
 *
 * Build and run: make fuzz [FUZZ_SECONDS=60]
 */
#include <stdint.h>
#include <string.h>

#include "fuzz_stages.h"
#include "fuzz_support.h"
#include "utf8.h"

/* Tokens lie inside the text, in order, on code point boundaries, with exact code point offsets. */
static void
check_tokens(const pa_document *doc)
{
	size_t		prev_end = 0;
	size_t		chars_before = 0;	/* code points in text[0, prev_end) */

	for (size_t i = 0; i < doc->tokens.count; i++)
	{
		const pa_token *t = &doc->tokens.tokens[i];

		CHECK(t->start < t->end);
		CHECK(t->end <= doc->len);
		CHECK(t->start >= prev_end);
		CHECK(!fuzz_is_continuation(doc->text, t->start));
		CHECK(t->end == doc->len || !fuzz_is_continuation(doc->text, t->end));
		chars_before += pa_utf8_count_chars(doc->text + prev_end, t->start - prev_end);
		CHECK(t->cstart == chars_before);
		chars_before += pa_utf8_count_chars(doc->text + t->start, t->end - t->start);
		CHECK(t->cend == chars_before);
		CHECK(t->kind < PA_TOK_KIND_COUNT);
		CHECK(pa_token_kind_name((pa_token_kind) t->kind) != NULL);
		CHECK((t->kind == PA_TOK_QUOTE) == (t->quote_dir != PA_QUOTE_NONE));
		CHECK(t->quote_dir <= PA_QUOTE_UNKNOWN);
		if (t->kind == PA_TOK_QUOTE)
		{
			size_t		pos = t->start;

			CHECK(pa_token_first_char(doc->text, t) == pa_utf8_decode(doc->text, doc->len, &pos));
		}
		prev_end = t->end;
	}
	CHECK(chars_before + pa_utf8_count_chars(doc->text + prev_end, doc->len - prev_end) ==
		  doc->char_count);
}

/* Sentences cover the tokens in order, without gaps or overlap; paragraphs cover the sentences. */
static void
check_segments(const pa_document *doc)
{
	const pa_segmentation *seg = &doc->segments;
	size_t		next_token = 0;
	size_t		next_sentence = 0;

	for (size_t s = 0; s < seg->sentence_count; s++)
	{
		CHECK(seg->sentences[s].first_token == next_token);
		CHECK(seg->sentences[s].token_count >= 1);
		next_token += seg->sentences[s].token_count;
		CHECK(next_token <= doc->tokens.count);
	}
	CHECK(next_token == doc->tokens.count);

	for (size_t p = 0; p < seg->paragraph_count; p++)
	{
		const pa_paragraph *para = &seg->paragraphs[p];

		CHECK(para->first_sentence == next_sentence);
		CHECK(para->sentence_count >= 1);
		CHECK(para->first_sentence + para->sentence_count <= seg->sentence_count);
		for (size_t s = 0; s < para->sentence_count; s++)
			CHECK(seg->sentences[para->first_sentence + s].paragraph == p);
		next_sentence += para->sentence_count;
	}
	CHECK(next_sentence == seg->sentence_count);
}

/* Two analyses of the same text agree exactly. */
static void
check_same(const pa_document *a, const pa_document *b)
{
	CHECK(a->tokens.count == b->tokens.count);
	CHECK(a->segments.sentence_count == b->segments.sentence_count);
	CHECK(a->segments.paragraph_count == b->segments.paragraph_count);
	CHECK(a->tokens.count == 0 ||
		  memcmp(a->tokens.tokens, b->tokens.tokens, a->tokens.count * sizeof(pa_token)) == 0);
	CHECK(a->segments.sentence_count == 0 ||
		  memcmp(a->segments.sentences, b->segments.sentences,
				 a->segments.sentence_count * sizeof(pa_sentence)) == 0);
	CHECK(a->segments.paragraph_count == 0 ||
		  memcmp(a->segments.paragraphs, b->segments.paragraphs,
				 a->segments.paragraph_count * sizeof(pa_paragraph)) == 0);
}

/* Analyses text with the given heap and ticker into doc (arena left for the caller). */
static pa_status
analyze(pa_document *doc, const char *text, size_t len, pa_arena *arena,
		counting_heap *heap, ticker *ticks, size_t *bad_offset)
{
	pa_progress storage;

	pa_arena_init(arena, fuzz_allocator(heap));
	return pa_document_analyze(doc, text, len, arena, fuzz_progress(ticks, &storage), bad_offset);
}

/* libFuzzer entry point. */
int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* a copy of exactly size bytes, so that ASan catches any read past the end */
	char	   *text = malloc(size ? size : 1);
	size_t		valid_bad = 0;
	size_t		bad = 0;
	int			valid;
	counting_heap heap = {0, SIZE_MAX};
	ticker		ticks = {0, SIZE_MAX};
	pa_arena	arena,
				arena2;
	pa_document doc,
				doc2;
	pa_status	status;

	CHECK(text != NULL);
	memcpy(text, data, size);
	valid = pa_utf8_validate(text, size, &valid_bad);
	if (!valid)
		CHECK(valid_bad < size);

	status = analyze(&doc, text, size, &arena, &heap, NULL, &bad);
	if (!valid)
	{
		CHECK(status == PA_ERR_INVALID_UTF8);
		CHECK(bad == valid_bad);
		pa_arena_release(&arena);
		free(text);
		return 0;
	}
	CHECK(status == PA_OK);
	CHECK(doc.char_count == pa_utf8_count_chars(text, size));
	check_tokens(&doc);
	check_segments(&doc);
	fuzz_check_stages(&doc, data, size);

	/* the same text with a progress callback gives the same result */
	{
		counting_heap heap2 = {0, SIZE_MAX};

		CHECK(analyze(&doc2, text, size, &arena2, &heap2, &ticks, NULL) == PA_OK);
		check_same(&doc, &doc2);
		pa_arena_release(&arena2);
	}
	/* running out of memory part-way is reported, never a crash */
	{
		counting_heap failing = {0, fuzz_pick(data, size, 0, heap.allocations)};

		status = analyze(&doc2, text, size, &arena2, &failing, NULL, NULL);
		CHECK(status == (failing.fail_after < heap.allocations ? PA_ERR_NOMEM : PA_OK));
		pa_arena_release(&arena2);
	}
	/* a cancel request part-way stops the core */
	if (ticks.ticks > 0)
	{
		counting_heap heap3 = {0, SIZE_MAX};
		ticker		cancel = {0, 1 + fuzz_pick(data, size, 0, ticks.ticks - 1)};

		CHECK(analyze(&doc2, text, size, &arena2, &heap3, &cancel, NULL) == PA_CANCELLED);
		pa_arena_release(&arena2);
	}
	pa_arena_release(&arena);
	free(text);
	return 0;
}
