/*
 * dates_lexicon.h: the words and number shapes the date recogniser knows,
 * and how one piece of a token is classified (a dt_unit's cls, val and
 * flags).
 */
#ifndef PA_DATES_LEXICON_H
#define PA_DATES_LEXICON_H

#include <stddef.h>

#include "dates_types.h"

/*
 * Classifies a word piece (letters, maybe an abbreviation period or an
 * apostrophe) against the lexicon, case-insensitively; sets DT_F_DOT when
 * the word was found without its final period.  Unknown words are DT_OTHER.
 * readable: how many bytes from s may be read (at least len).
 */
void		dt_classify_word(const char *s, size_t len, size_t readable, dt_unit *u);

/*
 * Classifies a piece that holds a digit: integers, clock times (19:00,
 * 5pm), ordinals (5th), decades (1990s, '90s), quarter names (Q3), and
 * other numbers (1,000  19.00).
 */
void		dt_classify_digits(const char *s, size_t len, dt_unit *u);

/*
 * Classifies a whole number token written as a full date (2023-09-12,
 * 9/12/2023, 7/8/07); returns 0 when it is not one.
 */
int			dt_classify_full_date(const char *s, size_t len, dt_unit *u);

/* Number of lexicon entries; whether they are sorted and all found through the hash slots (tests). */
size_t		dt_lexicon_size(void);
int			dt_lexicon_is_sorted(void);

#endif							/* PA_DATES_LEXICON_H */
