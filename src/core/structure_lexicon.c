/*
 * structure_lexicon.c: word lists for paragraph roles, looked up by hash
 * (word_index.h).  Phrases are lower-case ASCII words separated by single
 * spaces; a token matches a word when it is that word in any letter case.
 */
#include "structure_lexicon.h"

#include <string.h>

#include "word_index.h"

typedef struct structure_phrase
{
	const char *words;
	pa_structure_cue cue;
} structure_phrase;

/* Sorted by strcmp: phrases that share a first word are neighbours. */
static const structure_phrase phrases[] = {
	{"accept all cookies", PA_CUE_CHROME},
	{"ad blocker detected", PA_CUE_CHROME_LEAD},
	{"additional reporting by", PA_CUE_CREDITS_LEAD},
	{"all rights reserved", PA_CUE_CHROME},
	{"already a subscriber", PA_CUE_CHROME},
	{"also read", PA_CUE_CHROME_LEAD},
	{"be the first to comment", PA_CUE_CHROME},
	{"by", PA_CUE_BYLINE_LEAD},
	{"click here", PA_CUE_CHROME_LEAD},
	{"comments are closed", PA_CUE_CHROME},
	{"compiled by", PA_CUE_CREDITS_LEAD},
	{"continue reading", PA_CUE_CHROME_LEAD},
	{"contributed additional reporting", PA_CUE_CREDITS},
	{"contributed reporting", PA_CUE_CREDITS},
	{"contributed to this article", PA_CUE_CREDITS},
	{"contributed to this report", PA_CUE_CREDITS},
	{"contributed to this story", PA_CUE_CREDITS},
	{"cookie policy", PA_CUE_CHROME},
	{"cookie settings", PA_CUE_CHROME},
	{"copyright", PA_CUE_CHROME_LEAD},
	{"credit", PA_CUE_CREDITS_LABEL},
	{"delivered to your inbox", PA_CUE_CHROME},
	{"download our app", PA_CUE_CHROME_LEAD},
	{"edited by", PA_CUE_CREDITS_LEAD},
	{"editing by", PA_CUE_CREDITS_LEAD},
	{"first published", PA_CUE_TIMESTAMP_LEAD},
	{"follow", PA_CUE_FOLLOW_LEAD},
	{"follow her", PA_CUE_FOLLOW_LEAD},
	{"follow him", PA_CUE_FOLLOW_LEAD},
	{"follow me", PA_CUE_FOLLOW_LEAD},
	{"follow the author", PA_CUE_FOLLOW_LEAD},
	{"follow us", PA_CUE_FOLLOW_LEAD},
	{"follow us on", PA_CUE_CHROME},
	{"get the app", PA_CUE_CHROME_LEAD},
	{"graphics by", PA_CUE_CREDITS_LEAD},
	{"image", PA_CUE_CREDITS_LABEL},
	{"image by", PA_CUE_CREDITS_LEAD},
	{"image credit", PA_CUE_CREDITS_LABEL},
	{"in your inbox", PA_CUE_CHROME},
	{"join our", PA_CUE_CHROME_LEAD},
	{"join the conversation", PA_CUE_CHROME},
	{"last updated", PA_CUE_TIMESTAMP_LEAD},
	{"leave a comment", PA_CUE_CHROME},
	{"leave a reply", PA_CUE_CHROME},
	{"like us on facebook", PA_CUE_CHROME},
	{"listen to this article", PA_CUE_CHROME_LEAD},
	{"log in to comment", PA_CUE_CHROME},
	{"manage cookies", PA_CUE_CHROME},
	{"min read", PA_CUE_CHROME},
	{"more from", PA_CUE_CHROME_LEAD},
	{"more stories", PA_CUE_CHROME_LEAD},
	{"most read", PA_CUE_CHROME_LEAD},
	{"our newsletter", PA_CUE_CHROME},
	{"our newsletters", PA_CUE_CHROME},
	{"our standards", PA_CUE_CHROME_LEAD},
	{"photo", PA_CUE_CREDITS_LABEL},
	{"photo by", PA_CUE_CREDITS_LEAD},
	{"photo credit", PA_CUE_CREDITS_LABEL},
	{"photograph", PA_CUE_CREDITS_LABEL},
	{"photographs by", PA_CUE_CREDITS_LEAD},
	{"photos by", PA_CUE_CREDITS_LEAD},
	{"picture", PA_CUE_CREDITS_LABEL},
	{"posted", PA_CUE_TIMESTAMP_LEAD},
	{"privacy policy", PA_CUE_CHROME},
	{"produced by", PA_CUE_CREDITS_LEAD},
	{"published", PA_CUE_TIMESTAMP_LEAD},
	{"read more", PA_CUE_CHROME_LEAD},
	{"read next", PA_CUE_CHROME_LEAD},
	{"reported by", PA_CUE_CREDITS_LEAD},
	{"reporting by", PA_CUE_CREDITS_LEAD},
	{"required fields are marked", PA_CUE_CHROME},
	{"research by", PA_CUE_CREDITS_LEAD},
	{"see also", PA_CUE_CHROME_LEAD},
	{"share this", PA_CUE_CHROME_LEAD},
	{"share this article", PA_CUE_CHROME},
	{"share this story", PA_CUE_CHROME},
	{"sign in", PA_CUE_CHROME_LEAD},
	{"sign up", PA_CUE_CHROME_LEAD},
	{"sign up for our", PA_CUE_CHROME},
	{"sign up to our", PA_CUE_CHROME},
	{"skip to", PA_CUE_CHROME_LEAD},
	{"story by", PA_CUE_BYLINE_LEAD},
	{"story continues below", PA_CUE_CHROME},
	{"subscribe now", PA_CUE_CHROME_LEAD},
	{"subscribe to", PA_CUE_CHROME_LEAD},
	{"subscribe to our", PA_CUE_CHROME},
	{"this site uses cookies", PA_CUE_CHROME},
	{"to our newsletter", PA_CUE_CHROME},
	{"top stories", PA_CUE_CHROME_LEAD},
	{"updated", PA_CUE_TIMESTAMP_LEAD},
	{"uses cookies", PA_CUE_CHROME},
	{"using an ad blocker", PA_CUE_CHROME},
	{"using an ad-blocker", PA_CUE_CHROME},
	{"we use cookies", PA_CUE_CHROME},
	{"with reporting by", PA_CUE_CREDITS_LEAD},
	{"words by", PA_CUE_BYLINE_LEAD},
	{"writing by", PA_CUE_CREDITS_LEAD},
	{"written by", PA_CUE_BYLINE_LEAD},
	{"you may also like", PA_CUE_CHROME_LEAD},
	{"your ad blocker", PA_CUE_CHROME},
	{"your ad-blocker", PA_CUE_CHROME},
	{"your adblocker", PA_CUE_CHROME},
	{"your email address will not be published", PA_CUE_CHROME},
};

/* Lower-case, sorted: labels of widgets and share links. */
static const char *const chrome_labels[] = {
	"ads", "advert", "advertisement", "advertising", "close", "comment", "comments", "copy",
	"e-mail", "email", "facebook", "instagram", "link", "linkedin", "listen", "loading", "menu",
	"messenger", "more", "newsletter", "newsletters", "pinterest", "print", "recommended",
	"reddit", "related", "search", "share", "sponsored", "subscribe", "telegram", "tiktok",
	"trending", "tweet", "twitter", "video", "watch", "weather", "whatsapp", "youtube",
};

/* Lower-case, sorted: particles and conjunctions inside bylines, and "for" or "via" before an outlet. */
static const char *const name_connectors[] = {
	"al", "and", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "for", "la",
	"le", "van", "via", "von",
};

/* Lower-case, sorted: job titles and agency words that end a byline's field (Staff Writer). */
static const char *const byline_titles[] = {
	"columnist", "contributor", "correspondent", "correspondents", "critic", "editor", "editors",
	"journalist", "photographer", "press", "producer", "reporter", "reporters", "staff", "writer",
	"writers",
};

/* Lower-case, sorted: social networks named in follow links. */
static const char *const social_networks[] = {
	"bluesky", "facebook", "instagram", "linkedin", "mastodon", "threads", "tiktok", "twitter", "x",
	"youtube",
};

#define LIST_LENGTH(list) (sizeof(list) / sizeof((list)[0]))

/* Hash tables of the lists: over twice as many slots as words. */
static pa_word_slot phrase_slots[256];
static pa_word_slot label_slots[128];
static pa_word_slot connector_slots[64];
static pa_word_slot title_slots[64];
static pa_word_slot network_slots[32];
static pa_word_index phrase_index = PA_WORD_INDEX(phrases, LIST_LENGTH(phrases), phrase_slots);
static pa_word_index label_index = PA_WORD_INDEX(chrome_labels, LIST_LENGTH(chrome_labels), label_slots);
static pa_word_index connector_index = PA_WORD_INDEX(name_connectors, LIST_LENGTH(name_connectors),
													 connector_slots);
static pa_word_index title_index = PA_WORD_INDEX(byline_titles, LIST_LENGTH(byline_titles),
												 title_slots);
static pa_word_index network_index = PA_WORD_INDEX(social_networks, LIST_LENGTH(social_networks),
												   network_slots);

/* ASCII lower case of byte c. */
static unsigned char
fold(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char) (c + ('a' - 'A')) : c;
}

/*
 * Compares word (len bytes, any case) with the lexicon word at entry, which
 * ends at a space or NUL: negative, zero or positive as strcmp would.
 */
static int
compare_folded(const char *word, size_t len, const char *entry)
{
	size_t		k = 0;

	for (; k < len; k++)
	{
		unsigned char e = (unsigned char) entry[k];
		unsigned char w = fold((unsigned char) word[k]);

		if (e == '\0' || e == ' ')
			return 1;
		if (w != e)
			return (int) w - (int) e;
	}
	return (entry[k] == '\0' || entry[k] == ' ') ? 0 : -1;
}

/* Whether token t is the lexicon word at entry. */
static int
token_is_entry_word(const char *text, const pa_token *t, const char *entry)
{
	return compare_folded(text + t->start, t->end - t->start, entry) == 0;
}

/*
 * Tokens of phrase p matched from token i (before end), given that token i
 * is its first word, of first_len bytes; 0 when the rest does not match.
 */
static size_t
phrase_length_at(const structure_phrase *p, size_t first_len, const char *text,
				 const pa_token *tokens, size_t i, size_t end)
{
	const char *entry = p->words + first_len;
	size_t		n = 1;

	for (; *entry != '\0'; n++)
	{
		entry++;				/* the space */
		if (i + n >= end || !token_is_entry_word(text, &tokens[i + n], entry))
			return 0;
		entry += pa_word_index_word_length(entry);
	}
	return n;
}

/*
 * The longest phrase from word token i (before end), which the phrase index
 * may hold: returns its cue and stores its length in tokens in *length
 * (PA_CUE_NONE and 0 when none matches).  Out of line, so that the usual
 * miss is settled without a stack frame.
 */
static pa_structure_cue __attribute__((noinline))
longest_phrase(const char *text, const pa_token *tokens, size_t i, size_t end, size_t *length)
{
	const pa_token *t = &tokens[i];
	size_t		len = t->end - t->start;
	long		first = pa_word_index_search(&phrase_index, text + t->start, len);
	pa_structure_cue cue = PA_CUE_NONE;

	*length = 0;
	if (first < 0)
		return PA_CUE_NONE;
	/* Phrases that share a first word are neighbours. */
	for (size_t k = (size_t) first;;)
	{
		size_t		n = phrase_length_at(&phrases[k], len, text, tokens, i, end);

		if (n > *length)
		{
			*length = n;
			cue = phrases[k].cue;
		}
		if (++k == LIST_LENGTH(phrases) || !token_is_entry_word(text, t, phrases[k].words))
			return cue;
	}
}

/* Whether a phrase may start at token t: a word that the phrase index may hold. */
static inline int
may_open_phrase(const char *text, const pa_token *t)
{
	return t->kind == PA_TOK_WORD &&
		pa_word_index_may_hold(&phrase_index, text + t->start, t->end - t->start);
}

/* See structure_lexicon.h. */
pa_structure_cue
pa_structure_phrase_at(const char *text, const pa_token *tokens, size_t i, size_t end,
					   size_t *length)
{
	if (!may_open_phrase(text, &tokens[i]))
	{
		*length = 0;
		return PA_CUE_NONE;
	}
	return longest_phrase(text, tokens, i, end, length);
}

/* See structure_lexicon.h. */
uint32_t
pa_structure_cues_in(const char *text, const pa_token *tokens, size_t from, size_t end)
{
	uint32_t	cues = 0;
	size_t		length;

	for (size_t i = from; i < end; i++)
		if (may_open_phrase(text, &tokens[i]))
			cues |= UINT32_C(1) << longest_phrase(text, tokens, i, end, &length);
	return cues;
}

/* See structure_lexicon.h. */
int
pa_is_chrome_label(const char *word, size_t len)
{
	return pa_word_index_find(&label_index, word, len) >= 0;
}

/* See structure_lexicon.h. */
int
pa_is_name_connector(const char *word, size_t len)
{
	return pa_word_index_find(&connector_index, word, len) >= 0;
}

/* See structure_lexicon.h. */
int
pa_is_byline_title(const char *word, size_t len)
{
	return pa_word_index_find(&title_index, word, len) >= 0;
}

/* See structure_lexicon.h. */
int
pa_is_social_network(const char *word, size_t len)
{
	return pa_word_index_find(&network_index, word, len) >= 0;
}

/* Whether count words are in strictly increasing strcmp order. */
static int
words_sorted(const char *const *list, size_t count)
{
	for (size_t k = 1; k < count; k++)
		if (strcmp(list[k - 1], list[k]) >= 0)
			return 0;
	return 1;
}

/* See structure_lexicon.h. */
int
pa_structure_lists_are_sorted(void)
{
	for (size_t k = 1; k < LIST_LENGTH(phrases); k++)
		if (strcmp(phrases[k - 1].words, phrases[k].words) >= 0)
			return 0;
	return words_sorted(chrome_labels, LIST_LENGTH(chrome_labels)) &&
		words_sorted(name_connectors, LIST_LENGTH(name_connectors)) &&
		words_sorted(byline_titles, LIST_LENGTH(byline_titles)) &&
		words_sorted(social_networks, LIST_LENGTH(social_networks));
}
