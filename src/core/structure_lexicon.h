/*
 * structure_lexicon.h: the phrases and words that mark a paragraph's role
 * in a scraped news page (structure.c).  They are facts about site chrome
 * and news style: newsletter prompts, cookie and ad-blocker notices,
 * comment forms, share and follow links, widget labels, credit lines and
 * photo credits, byline openers and the job titles that end a byline.
 * Matching is ASCII case-insensitive, word by word.
 */
#ifndef PA_STRUCTURE_LEXICON_H
#define PA_STRUCTURE_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "tokenize.h"

/* What a phrase says about the paragraph it appears in. */
typedef enum pa_structure_cue
{
	PA_CUE_NONE = 0,
	PA_CUE_CHROME,				/* site chrome wherever it stands in a short paragraph */
	PA_CUE_CHROME_LEAD,			/* site chrome when it opens the paragraph */
	PA_CUE_CREDITS,				/* a credits line wherever it stands */
	PA_CUE_CREDITS_LEAD,		/* a credits line when it opens the paragraph */
	PA_CUE_CREDITS_LABEL,		/* a credits line when ":" and names follow: Photo, Credit */
	PA_CUE_FOLLOW_LEAD,			/* a follow link when it opens the paragraph: Follow me */
	PA_CUE_BYLINE_LEAD,			/* opens a byline when names follow: By, Written by */
	PA_CUE_TIMESTAMP_LEAD		/* opens a publication time line: Published, Updated */
} pa_structure_cue;

/*
 * The longest phrase of the lexicon that starts at token i and ends before
 * token end: returns its cue and stores its length in tokens in
 * *length (PA_CUE_NONE and 0 when none matches).
 */
pa_structure_cue pa_structure_phrase_at(const char *text, const pa_token *tokens, size_t i,
										size_t end, size_t *length);

/*
 * The cues of the phrases that pa_structure_phrase_at finds at the tokens
 * of [from, end): bit 1 << cue for each (bit PA_CUE_NONE may be set too).
 */
uint32_t	pa_structure_cues_in(const char *text, const pa_token *tokens, size_t from, size_t end);

/*
 * Whether a word is a widget or share label that stands alone as site
 * chrome: Advertisement, Share, Facebook, Weather, Related, Trending.
 */
int			pa_is_chrome_label(const char *word, size_t len);

/* Whether a lower-case word may stand between the names of a byline: and, de, van, for. */
int			pa_is_name_connector(const char *word, size_t len);

/* Whether a word is a job title or agency word that ends a byline's field: Writer, Press. */
int			pa_is_byline_title(const char *word, size_t len);

/* Whether a word names a social network of a follow link: Facebook, Instagram, X. */
int			pa_is_social_network(const char *word, size_t len);

/* Whether every list is sorted, so that phrases sharing a first word are neighbours (for the unit tests). */
int			pa_structure_lists_are_sorted(void);

#endif							/* PA_STRUCTURE_LEXICON_H */
