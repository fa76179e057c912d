/*
 * test_tokenize.c: token kinds, boundaries and offsets.
 */
#include <stdio.h>
#include <stdlib.h>

#include "document.h"
#include "unit.h"
#include "utf8.h"

/* Tokenizes text and writes "token|kind" pairs joined by spaces into out. */
static void
describe_tokens(const char *text, char *out, size_t outsize)
{
	pa_arena	arena;
	pa_token_list list;
	size_t		used = 0;

	pa_arena_init(&arena, unit_allocator());
	out[0] = '\0';
	if (pa_tokenize(text, strlen(text), &arena, NULL, &list) == PA_OK)
	{
		for (size_t i = 0; i < list.count; i++)
		{
			const pa_token *t = &list.tokens[i];
			int			n = snprintf(out + used, outsize - used, "%s%.*s|%s", i ? " " : "",
									 (int) (t->end - t->start), text + t->start,
									 pa_token_kind_name(t->kind));

			if (n < 0 || (size_t) n >= outsize - used)
				break;
			used += (size_t) n;
		}
	}
	pa_arena_release(&arena);
}

#define CHECK_TOKENS(text, expected) \
	do { char got_[2048]; describe_tokens(text, got_, sizeof(got_)); \
		 CHECK_EQ_STR(got_, expected); } while (0)

UNIT_TEST(tokens_keep_abbreviation_periods)
{
	CHECK_TOKENS("Mr. Smith of the U.S. left at 5 p.m.",
				 "Mr.|word Smith|word of|word the|word U.S.|word left|word at|word 5|number p.m.|word");
	CHECK_TOKENS("George W. Bush", "George|word W.|word Bush|word");
	CHECK_TOKENS("He said no. No. 5 won.",
				 "He|word said|word no|word .|punct No.|word 5|number won|word .|punct");
}

UNIT_TEST(tokens_split_possessives_and_keep_apostrophes)
{
	CHECK_TOKENS("Merkel's aide", "Merkel|word 's|word aide|word");
	CHECK_TOKENS("Scholz\xe2\x80\x99s O'Brien don't",
				 "Scholz|word \xe2\x80\x99s|word O'Brien|word don't|word");
	CHECK_TOKENS("rock \xe2\x80\x99n\xe2\x80\x99 roll in the \xe2\x80\x99" "90s",
				 "rock|word \xe2\x80\x99n\xe2\x80\x99|word roll|word in|word the|word \xe2\x80\x99" "90s|word");
}

UNIT_TEST(tokens_numbers_urls_emails)
{
	CHECK_TOKENS("$3.5 billion, 1,000 people, 19:00 on 9/12/2023 and 2023-09-12",
				 "$|symbol 3.5|number billion|word ,|punct 1,000|number people|word ,|punct "
				 "19:00|number on|word 9/12/2023|number and|word 2023-09-12|number");
	CHECK_TOKENS("see https://example.org/a?b=1. Or write to jane.doe@example.com.",
				 "see|word https://example.org/a?b=1|url .|punct Or|word write|word to|word "
				 "jane.doe@example.com|email .|punct");
	CHECK_TOKENS("visit www.example.com", "visit|word www.example.com|url");
}

UNIT_TEST(tokens_quotes_dashes_ellipses)
{
	CHECK_TOKENS("\xe2\x80\x9cYes,\xe2\x80\x9d she said \xe2\x80\x94 then ... stop . . . go\xe2\x80\xa6",
				 "\xe2\x80\x9c|quote Yes|word ,|punct \xe2\x80\x9d|quote she|word said|word "
				 "\xe2\x80\x94|dash then|word ...|ellipsis stop|word . . .|ellipsis go|word "
				 "\xe2\x80\xa6|ellipsis");
	CHECK_TOKENS("``Fine,'' he said -- well-known", "``|quote Fine|word ,|punct ''|quote he|word "
				 "said|word --|dash well-known|word");
}

UNIT_TEST(tokens_quote_direction_from_context)
{
	const char *text = "He said \"yes\" and \xe2\x80\x9dno\xe2\x80\x9c then.";
	pa_arena	arena;
	pa_token_list list;
	int			dirs[4],
				n = 0;

	pa_arena_init(&arena, unit_allocator());
	CHECK(pa_tokenize(text, strlen(text), &arena, NULL, &list) == PA_OK);
	for (size_t i = 0; i < list.count && n < 4; i++)
		if (list.tokens[i].kind == PA_TOK_QUOTE)
			dirs[n++] = list.tokens[i].quote_dir;
	CHECK_EQ_LONG(n, 4);
	/* wrong-direction glyphs: the context decides, not the glyph */
	CHECK_EQ_LONG(dirs[0], PA_QUOTE_OPEN);
	CHECK_EQ_LONG(dirs[1], PA_QUOTE_CLOSE);
	CHECK_EQ_LONG(dirs[2], PA_QUOTE_OPEN);
	CHECK_EQ_LONG(dirs[3], PA_QUOTE_CLOSE);
	pa_arena_release(&arena);
}

UNIT_TEST(tokens_emoji_and_scripts)
{
	CHECK_TOKENS("ok \xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 \xf0\x9f\x87\xa9\xf0\x9f\x87\xaa"
				 " \xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd",
				 "ok|word \xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7|emoji "
				 "\xf0\x9f\x87\xa9\xf0\x9f\x87\xaa|emoji \xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd|emoji");
	CHECK_TOKENS("\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0, \xd9\x85\xd8\xb5\xd8\xb1",
				 "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0|word ,|punct "
				 "\xd9\x85\xd8\xb5\xd8\xb1|word");
}

/* Every token's code point offsets agree with its byte offsets. */
UNIT_TEST(tokens_char_offsets_match_bytes)
{
	const char *text = "\xc3\x89l\xc3\xa8ve \xe4\xb8\xad\xe5\x9b\xbd \xf0\x9f\x98\x80 x\xcc\x81 end.";
	pa_arena	arena;
	pa_document doc;

	pa_arena_init(&arena, unit_allocator());
	CHECK(pa_document_analyze(&doc, text, strlen(text), &arena, NULL, NULL) == PA_OK);
	CHECK(doc.tokens.count > 0);
	for (size_t i = 0; i < doc.tokens.count; i++)
	{
		const pa_token *t = &doc.tokens.tokens[i];

		CHECK_EQ_LONG(t->cstart, pa_utf8_count_chars(text, t->start));
		CHECK_EQ_LONG(t->cend - t->cstart, pa_utf8_count_chars(text + t->start, t->end - t->start));
	}
	CHECK_EQ_LONG(doc.char_count, pa_utf8_count_chars(text, strlen(text)));
	pa_arena_release(&arena);
}

UNIT_TEST(document_rejects_invalid_utf8_with_offset)
{
	pa_arena	arena;
	pa_document doc;
	size_t		bad = 0;

	pa_arena_init(&arena, unit_allocator());
	CHECK(pa_document_analyze(&doc, "abc\xff", 4, &arena, NULL, &bad) == PA_ERR_INVALID_UTF8);
	CHECK_EQ_LONG(bad, 3);
	CHECK(pa_document_analyze(&doc, "", 0, &arena, NULL, &bad) == PA_OK);
	CHECK_EQ_LONG(doc.tokens.count, 0);
	CHECK_EQ_LONG(doc.segments.sentence_count, 0);
	pa_arena_release(&arena);
}

static int
cancel_at_once(void *ctx)
{
	int		   *calls = ctx;

	(*calls)++;
	return 1;
}

UNIT_TEST(progress_callback_cancels_long_input)
{
	size_t		len = 2 * 1024 * 1024;
	char	   *text = malloc(len);
	pa_arena	arena;
	pa_document doc;
	int			calls = 0;
	pa_progress progress = {cancel_at_once, &calls};

	CHECK(text != NULL);
	for (size_t i = 0; i < len; i++)
		text[i] = (i % 4 == 3) ? ' ' : 'a';
	pa_arena_init(&arena, unit_allocator());
	CHECK(pa_document_analyze(&doc, text, len, &arena, &progress, NULL) == PA_CANCELLED);
	CHECK_EQ_LONG(calls, 1);
	pa_arena_release(&arena);
	free(text);
}

UNIT_TEST(tokens_keycap_emoji_is_one_token)
{
	CHECK_TOKENS("press 1\xef\xb8\x8f\xe2\x83\xa3 or #\xe2\x83\xa3 now 12",
				 "press|word 1\xef\xb8\x8f\xe2\x83\xa3|emoji or|word #\xe2\x83\xa3|emoji now|word 12|number");
}

/* A run of 200,000 Han characters without a break is cut into tokens that still tile it. */
UNIT_TEST(tokens_cut_endless_runs)
{
	size_t		chars = 200000;
	char	   *text = malloc(chars * 3);
	pa_arena	arena;
	pa_token_list list;

	for (size_t i = 0; i < chars; i++)
		memcpy(text + 3 * i, "\xe4\xb8\xad", 3);
	pa_arena_init(&arena, unit_allocator());
	CHECK(pa_tokenize(text, chars * 3, &arena, NULL, &list) == PA_OK);
	CHECK(list.count > 1);
	CHECK_EQ_LONG(list.tokens[0].start, 0);
	for (size_t i = 0; i < list.count; i++)
	{
		CHECK(list.tokens[i].kind == PA_TOK_WORD);
		CHECK_EQ_LONG(list.tokens[i].start % 3, 0);
		CHECK_EQ_LONG(list.tokens[i].cstart * 3, list.tokens[i].start);
		if (i > 0)
			CHECK_EQ_LONG(list.tokens[i].start, list.tokens[i - 1].end);
	}
	CHECK_EQ_LONG(list.tokens[list.count - 1].end, chars * 3);
	pa_arena_release(&arena);
	free(text);
}

static int
count_ticks(void *ctx)
{
	(*(int *) ctx)++;
	return 0;
}

/* 8 MB of spaces and newlines has no token, and still reports progress. */
UNIT_TEST(progress_ticks_on_text_without_tokens)
{
	size_t		len = 8 * 1024 * 1024;
	char	   *text = malloc(len);
	pa_arena	arena;
	pa_token_list list;
	int			ticks = 0;
	pa_progress progress = {count_ticks, &ticks};

	for (size_t i = 0; i < len; i++)
		text[i] = (i % 100 == 99) ? '\n' : ' ';
	pa_arena_init(&arena, unit_allocator());
	CHECK(pa_tokenize(text, len, &arena, &progress, &list) == PA_OK);
	CHECK_EQ_LONG(list.count, 0);
	CHECK(ticks >= 16);
	pa_arena_release(&arena);
	free(text);
}

UNIT_TEST(tokens_apostrophe_decade_has_digit_flag)
{
	const char *text = "in the \xe2\x80\x99" "90s";
	pa_arena	arena;
	pa_token_list list;

	pa_arena_init(&arena, unit_allocator());
	CHECK(pa_tokenize(text, strlen(text), &arena, NULL, &list) == PA_OK);
	CHECK_EQ_LONG(list.count, 3);
	CHECK(list.tokens[2].flags & PA_TF_HAS_DIGIT);
	CHECK(!(list.tokens[1].flags & PA_TF_HAS_DIGIT));
	pa_arena_release(&arena);
}
