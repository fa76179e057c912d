/*
 * test_word_index.c: hashed word lists (word_index.h): every length of key,
 * any ASCII case in a folding index but no other byte folded, the exact
 * index, the first of repeated words, and words that end their buffer.
 */
#include <stdio.h>
#include <stdlib.h>

#include "unit.h"
#include "word_index.h"

/*
 * Lower case: words of every length from 1 to PA_WORD_KEY_BYTES, one
 * longer, words with a hyphen, and a phrase whose first word is listed too.
 */
static const char *const folding_words[] = {
	"a", "an", "and", "also", "about", "across", "against", "although", "announced",
	"additional", "advertising", "announcement", "administrator", "correspondent",
	"correspondents", "secretary-general", "e-mail", "up to", "up", "north-east",
	"accomplishments", "responsibilities",
};

/* Mixed case, matched exactly. */
static const char *const exact_words[] = {"Gen", "GEN.", "Messrs", "U.S", "al"};

static pa_word_slot folding_slots[64];
static pa_word_slot exact_slots[16];
static pa_word_index folding_index =
PA_WORD_INDEX(folding_words, sizeof(folding_words) / sizeof(folding_words[0]), folding_slots);
static pa_word_index exact_index =
PA_WORD_INDEX_EXACT(exact_words, sizeof(exact_words) / sizeof(exact_words[0]), exact_slots);

/*
 * The entry of word in index, read from a heap buffer that ends where the
 * word does, so that the sanitizer catches a read past it.
 */
static long
find_at_end(pa_word_index *index, const char *word)
{
	size_t		len = strlen(word);
	char	   *copy = malloc(len);
	long		found;

	memcpy(copy, word, len);
	found = pa_word_index_find(index, copy, len);
	free(copy);
	return found;
}

UNIT_TEST(word_index_finds_every_length)
{
	CHECK_EQ_LONG(find_at_end(&folding_index, "a"), 0);
	CHECK_EQ_LONG(find_at_end(&folding_index, "An"), 1);
	CHECK_EQ_LONG(find_at_end(&folding_index, "AND"), 2);
	CHECK_EQ_LONG(find_at_end(&folding_index, "Also"), 3);
	CHECK_EQ_LONG(find_at_end(&folding_index, "aBOUT"), 4);
	CHECK_EQ_LONG(find_at_end(&folding_index, "ACROSS"), 5);
	CHECK_EQ_LONG(find_at_end(&folding_index, "Against"), 6);
	CHECK_EQ_LONG(find_at_end(&folding_index, "ALTHOUGH"), 7);
	CHECK_EQ_LONG(find_at_end(&folding_index, "Announced"), 8);
	CHECK_EQ_LONG(find_at_end(&folding_index, "ADDITIONAL"), 9);
	CHECK_EQ_LONG(find_at_end(&folding_index, "Advertising"), 10);
	CHECK_EQ_LONG(find_at_end(&folding_index, "announcemenT"), 11);
	CHECK_EQ_LONG(find_at_end(&folding_index, "Administrator"), 12);
	CHECK_EQ_LONG(find_at_end(&folding_index, "CORRESPONDENT"), 13);
	CHECK_EQ_LONG(find_at_end(&folding_index, "Correspondents"), 14);
	CHECK_EQ_LONG(find_at_end(&folding_index, "E-Mail"), 16);
	CHECK_EQ_LONG(find_at_end(&folding_index, "North-East"), 19);
	CHECK_EQ_LONG(find_at_end(&folding_index, "Accomplishments"), 20);
	CHECK_EQ_LONG(find_at_end(&folding_index, "RESPONSIBILITIES"), 21);
}

UNIT_TEST(word_index_misses)
{
	CHECK_EQ_LONG(pa_word_index_find(&folding_index, "", 0), -1);
	CHECK_EQ_LONG(find_at_end(&folding_index, "b"), -1);
	CHECK_EQ_LONG(find_at_end(&folding_index, "ab"), -1);
	CHECK_EQ_LONG(find_at_end(&folding_index, "abou"), -1);
	CHECK_EQ_LONG(find_at_end(&folding_index, "abouts"), -1);
	CHECK_EQ_LONG(find_at_end(&folding_index, "correspondenT."), -1);
	CHECK_EQ_LONG(find_at_end(&folding_index, "corresPondente"), -1);
	CHECK_EQ_LONG(find_at_end(&folding_index, "xorrespondents"), -1);
	CHECK_EQ_LONG(find_at_end(&folding_index, "responsibilitiez"), -1);
	/* longer than a key: left out of the index */
	CHECK_EQ_LONG(find_at_end(&folding_index, "secretary-general"), -1);
	/* a byte that differs by 0x20 but is not a letter: '\r' is not '-' */
	CHECK_EQ_LONG(find_at_end(&folding_index, "e\rmail"), -1);
	CHECK_EQ_LONG(find_at_end(&folding_index, "north\reast"), -1);
}

UNIT_TEST(word_index_keeps_first_entry_of_phrases)
{
	CHECK_EQ_LONG(find_at_end(&folding_index, "up"), 17);
	CHECK_EQ_LONG(find_at_end(&folding_index, "Up"), 17);
}

UNIT_TEST(word_index_exact)
{
	CHECK_EQ_LONG(find_at_end(&exact_index, "Gen"), 0);
	CHECK_EQ_LONG(find_at_end(&exact_index, "GEN"), -1);
	CHECK_EQ_LONG(find_at_end(&exact_index, "gen"), -1);
	CHECK_EQ_LONG(find_at_end(&exact_index, "GEN."), 1);
	CHECK_EQ_LONG(find_at_end(&exact_index, "Messrs"), 2);
	CHECK_EQ_LONG(find_at_end(&exact_index, "MESSRS"), -1);
	CHECK_EQ_LONG(find_at_end(&exact_index, "U.S"), 3);
	CHECK_EQ_LONG(find_at_end(&exact_index, "u.s"), -1);
	CHECK_EQ_LONG(find_at_end(&exact_index, "al"), 4);
	CHECK_EQ_LONG(find_at_end(&exact_index, "Al"), -1);
}
