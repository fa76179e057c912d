/*
 * abbreviations.h: words that keep their period (Mr., Sept., Corp.) and the
 * word lists the segmenter consults around them.  The lists are facts about
 * English news style, looked up in hash tables (a few steps whatever the
 * length of the list).
 */
#ifndef PA_ABBREVIATIONS_H
#define PA_ABBREVIATIONS_H

#include <stddef.h>

typedef enum pa_abbrev_class
{
	PA_ABBR_NONE = 0,
	PA_ABBR_TITLE,				/* Mr., Gen., Sen.: a name follows, never a sentence end */
	PA_ABBR_MONTH,				/* Jan., Sept.: usually a day number follows */
	PA_ABBR_NUMBERING,			/* No., Nos., Vol.: only before a number */
	PA_ABBR_SUFFIX,				/* Inc., Corp., Jr., Calif.: may end a sentence */
	PA_ABBR_OTHER,				/* etc., approx.: may end a sentence */
	PA_ABBR_INFIX,				/* vs., e.g., i.e.: the sentence goes on */
	PA_ABBR_TITLE_STREET		/* St., Dr.: a title before a name, a street after one */
} pa_abbrev_class;

/*
 * Class of an ASCII word (without its period), matched case-sensitively;
 * a word in capitals also matches its capitalised form (GEN. as Gen.).
 */
pa_abbrev_class pa_abbrev_lookup(const char *word, size_t len);

/*
 * Whether a dotted acronym (without its final period) names a place or a
 * body and so may end a sentence: U.S, U.N, D.C, F.B.I.  Other runs of
 * capitals with periods are initials (J.R.R., W.E.B.).
 */
int			pa_is_known_acronym(const char *word, size_t len);

/*
 * Whether a capitalised word (given in any case, ASCII) usually starts a
 * sentence rather than continuing a name: The, He, But, Officials...
 */
int			pa_is_sentence_starter(const char *word, size_t len);

/*
 * Whether a capitalised word after an acronym usually continues the same
 * phrase: U.S. President, U.N. Security Council, a.m. Eastern.
 */
int			pa_is_title_word(const char *word, size_t len);

/* Whether a word (any case, ASCII) is a verb of saying: said, asked, told. */
int			pa_is_reporting_verb(const char *word, size_t len);

/* Whether a word (any case, ASCII) names a news agency of a dateline: AP, Reuters, CNN. */
int			pa_is_news_agency(const char *word, size_t len);

/* Whether a word (any case, ASCII) names a month in English or German. */
int			pa_is_month_name(const char *word, size_t len);

/* Whether word (any ASCII case) is the English name of a day of the week. */
int			pa_is_weekday_name(const char *word, size_t len);

/*
 * Whether a word (any case, ASCII) cannot end a sentence: articles,
 * prepositions and conjunctions (the, of, and).
 */
int			pa_is_never_final(const char *word, size_t len);

/*
 * Whether every list is in strictly increasing order (so without
 * duplicates) and its hash table finds each of its words (for the unit
 * tests).
 */
int			pa_abbrev_lists_are_sorted(void);

#endif							/* PA_ABBREVIATIONS_H */
