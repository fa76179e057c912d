/*
 * segment_tokens.h: the segmenter's view of a token list, and the token
 * predicates that both the paragraph rules (paragraphs.c) and the sentence
 * rules (segment.c) ask.  Internal to the segmenter; the public API is
 * segment.h.
 */
#ifndef PA_SEGMENT_TOKENS_H
#define PA_SEGMENT_TOKENS_H

#include <string.h>

#include "abbreviations.h"
#include "segment.h"

typedef struct segmenter
{
	const char *text;
	const pa_token *tokens;
	size_t		count;
	int			hard_wrapped;
} segmenter;

/* First code point of token i. */
static inline int32_t
sg_first_char(const segmenter *sg, size_t i)
{
	return pa_token_first_char(sg->text, &sg->tokens[i]);
}

/* Whether token i is exactly the ASCII string s. */
static inline int
sg_token_is(const segmenter *sg, size_t i, const char *s)
{
	const pa_token *t = &sg->tokens[i];
	size_t		len = strlen(s);

	return t->end - t->start == len && memcmp(sg->text + t->start, s, len) == 0;
}

/* Whether token i starts a new line. */
static inline int
sg_starts_line(const segmenter *sg, size_t i)
{
	return i == 0 || sg->tokens[i].newlines_before > 0;
}

/* Whether token i is a word whose first letter is upper case. */
static inline int
sg_is_capitalised_word(const segmenter *sg, size_t i)
{
	return sg->tokens[i].kind == PA_TOK_WORD && (sg->tokens[i].flags & PA_TF_CAPITALISED);
}

/* Whether token i is a word, address or URL whose first letter is lower case. */
static inline int
sg_is_lower_word(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];

	return (t->kind == PA_TOK_WORD || t->kind == PA_TOK_URL || t->kind == PA_TOK_EMAIL) &&
		(t->flags & PA_TF_LOWER);
}

/* Length in bytes of token i's word without a trailing period. */
static inline size_t
sg_word_length(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];
	size_t		len = t->end - t->start;

	if (len > 0 && sg->text[t->end - 1] == '.')
		len--;
	return len;
}

/* Whether a code point ends sentences in some script: . ! ? 。 ؟ । and the like. */
int			sg_is_terminal_char(int32_t cp);

/* Whether token i is sentence-final punctuation: . ! ? ... and the like. */
int			sg_is_terminal_token(const segmenter *sg, size_t i);

/* Whether token i closes something and sticks to the token before it. */
int			sg_is_attached_closer(const segmenter *sg, size_t i);

/* Whether token i, without its period, is a sentence-opening word. */
int			sg_is_starter(const segmenter *sg, size_t i);

/* Abbreviation class of token i (a word that keeps its period). */
pa_abbrev_class sg_abbrev_class(const segmenter *sg, size_t i);

/* Whether abbreviation token i is a title before a name (Sen.), not a street (Downing St.). */
int			sg_is_title(const segmenter *sg, size_t i);

/* Whether token i is a run of initials: W. or J.R.R. (not a known acronym such as U.S.). */
int			sg_is_initials(const segmenter *sg, size_t i);

/* Whether token i starts a bullet item: "•", "-", "*", "1.", "2)" at line start. */
int			sg_is_bullet(const segmenter *sg, size_t i);

#endif							/* PA_SEGMENT_TOKENS_H */
