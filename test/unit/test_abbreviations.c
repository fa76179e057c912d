/*
 * test_abbreviations.c: the word lists the tokenizer and segmenter consult.
 */
#include <stdio.h>

#include "abbreviations.h"
#include "unit.h"

#define WORD(s) (s), (sizeof(s) - 1)

UNIT_TEST(abbreviation_lists_are_sorted)
{
	CHECK(pa_abbrev_lists_are_sorted());
}

UNIT_TEST(abbreviation_classes)
{
	CHECK_EQ_LONG(pa_abbrev_lookup(WORD("Gen")), PA_ABBR_TITLE);
	CHECK_EQ_LONG(pa_abbrev_lookup(WORD("GEN")), PA_ABBR_TITLE);
	CHECK_EQ_LONG(pa_abbrev_lookup(WORD("Sept")), PA_ABBR_MONTH);
	CHECK_EQ_LONG(pa_abbrev_lookup(WORD("Corp")), PA_ABBR_SUFFIX);
	CHECK_EQ_LONG(pa_abbrev_lookup(WORD("e.g")), PA_ABBR_INFIX);
	CHECK_EQ_LONG(pa_abbrev_lookup(WORD("St")), PA_ABBR_TITLE_STREET);
	CHECK_EQ_LONG(pa_abbrev_lookup(WORD("gen")), PA_ABBR_NONE);
	CHECK_EQ_LONG(pa_abbrev_lookup(WORD("Gene")), PA_ABBR_NONE);
	CHECK_EQ_LONG(pa_abbrev_lookup(WORD("")), PA_ABBR_NONE);
}

UNIT_TEST(abbreviation_word_lists)
{
	CHECK(pa_is_known_acronym(WORD("U.S")));
	CHECK(!pa_is_known_acronym(WORD("J.R.R")));
	CHECK(pa_is_sentence_starter(WORD("Officials")));
	CHECK(!pa_is_sentence_starter(WORD("Tolkien")));
	CHECK(pa_is_title_word(WORD("Senate")));
	CHECK(pa_is_reporting_verb(WORD("asked")));
	CHECK(pa_is_never_final(WORD("of")));
	CHECK(!pa_is_never_final(WORD("office")));
}

UNIT_TEST(abbreviation_agencies_and_months)
{
	CHECK(pa_is_news_agency(WORD("Reuters")));
	CHECK(pa_is_news_agency(WORD("AP")));
	CHECK(!pa_is_news_agency(WORD("AAPL")));
	CHECK(pa_is_month_name(WORD("Oktober")));
	CHECK(!pa_is_month_name(WORD("Monday")));
}
