/*
 * ner_spans.c: possessives and titles out of entity spans (see ner_spans.h).
 */
#include "ner_spans.h"

#include <string.h>

/* A title word, lower case without its period; surname: also a family name. */
typedef struct title_word
{
	const char *word;
	int			surname;
} title_word;

static const title_word titles[] = {
	{"acting", 0}, {"adm", 0}, {"admiral", 0}, {"ambassador", 0}, {"archbishop", 0},
	{"assemblyman", 0}, {"assemblywoman", 0}, {"attorney", 0}, {"bishop", 1}, {"brig", 0},
	{"capt", 0}, {"captain", 0}, {"cardinal", 1}, {"chairman", 0}, {"chairwoman", 0},
	{"chancellor", 0}, {"chief", 0}, {"col", 0}, {"colonel", 0}, {"commissioner", 0},
	{"congressman", 0}, {"congresswoman", 0}, {"councilman", 0}, {"councilwoman", 0},
	{"cpl", 0}, {"dame", 0}, {"deputy", 0}, {"det", 0}, {"detective", 0}, {"dr", 0},
	{"emperor", 0}, {"father", 0}, {"gen", 0}, {"general", 1}, {"gov", 0}, {"governor", 0},
	{"imam", 0}, {"judge", 1}, {"justice", 0}, {"king", 1}, {"lady", 0}, {"lord", 1},
	{"lt", 0}, {"maj", 0}, {"major", 1}, {"mayor", 1}, {"minister", 0}, {"miss", 0},
	{"mr", 0}, {"mrs", 0}, {"ms", 0}, {"mme", 0}, {"monsignor", 0}, {"pastor", 0},
	{"pope", 1}, {"premier", 0}, {"president", 0}, {"prime", 0}, {"prince", 1},
	{"princess", 0}, {"prof", 0}, {"professor", 0}, {"queen", 0}, {"rabbi", 0}, {"rep", 0},
	{"rev", 0}, {"reverend", 0}, {"secretary", 0}, {"sen", 0}, {"senator", 0},
	{"sergeant", 0}, {"sgt", 0}, {"sheikh", 0}, {"sheriff", 0}, {"sir", 0},
	{"spokesman", 0}, {"spokeswoman", 0}, {"superintendent", 0}, {"vice", 0},
};

/* Event words that name an event with "of" and a name after them (Battle of Antietam), lower case. */
static const char *const event_heads[] = {
	"battle", "battles", "massacre", "sack", "siege", "treaty", "war", "wars",
};

/* Words that end the name of an event or an award (Glastonbury Festival, Nobel Prize), lower case. */
static const char *const event_tails[] = {
	"award", "awards", "championship", "championships", "cup", "festival", "olympics", "prize",
	"revolution", "trophy", "war",
};

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

/* The text of token i. */
static const char *
token_text(const pa_document *doc, uint32_t i, size_t *len)
{
	const pa_token *t = &doc->tokens.tokens[i];

	*len = t->end - t->start;
	return doc->text + t->start;
}

/* The title token i is (capitalised, an optional period after it), or NULL. */
static const title_word *
title_at(const pa_document *doc, uint32_t i)
{
	size_t		len;
	const char *w = token_text(doc, i, &len);
	char		lower[16];

	if (!(doc->tokens.tokens[i].flags & PA_TF_CAPITALISED))
		return NULL;
	if (len > 1 && w[len - 1] == '.')
		len--;
	if (len >= sizeof(lower))
		return NULL;
	for (size_t k = 0; k < len; k++)
		lower[k] = (char) (w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]);
	for (size_t k = 0; k < sizeof(titles) / sizeof(titles[0]); k++)
		if (titles[k].word[0] == lower[0] && strlen(titles[k].word) == len &&
			memcmp(titles[k].word, lower, len) == 0)
			return &titles[k];
	return NULL;
}

/* Whether token i is the word (lower case, at most 15 bytes), ignoring the case of its letters. */
static int
word_is(const pa_document *doc, uint32_t i, const char *word)
{
	size_t		len;
	const char *w = token_text(doc, i, &len);

	if (len != strlen(word))
		return 0;
	for (size_t k = 0; k < len; k++)
		if ((w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]) != word[k])
			return 0;
	return 1;
}

/* Whether token i is capitalised and one of the n words. */
static int
capitalised_word_in(const pa_document *doc, uint32_t i, const char *const *words, size_t n)
{
	const pa_token *t = &doc->tokens.tokens[i];
	char		first = (char) (doc->text[t->start] + 32);	/* lower case of an ASCII capital */

	if (!(t->flags & PA_TF_CAPITALISED))
		return 0;
	for (size_t k = 0; k < n; k++)
		if (words[k][0] == first && word_is(doc, i, words[k]))
			return 1;
	return 0;
}

/* Whether token i is a capitalised event word. */
static int
event_head_at(const pa_document *doc, uint32_t i)
{
	return capitalised_word_in(doc, i, event_heads, COUNT_OF(event_heads));
}

/*
 * Makes e an event when an event word and "of" (and maybe "the") lead to
 * it or open it: Siege of [Petersburg] -> [Siege of Petersburg], MISC;
 * no earlier than token floor.  A span of two words or more that ends in
 * an event or award word is an event too.
 */
static void
widen_event(const pa_document *doc, pa_entity *e, uint32_t floor)
{
	uint32_t	at = e->first_token;

	if ((e->token_count > 2 && event_head_at(doc, at) && word_is(doc, at + 1, "of")) ||
		(e->token_count > 1 &&
		 capitalised_word_in(doc, at + e->token_count - 1, event_tails, COUNT_OF(event_tails))))
	{
		e->type = PA_ENT_MISC;
		return;
	}
	if (at >= floor + 3 && word_is(doc, at - 1, "the") && word_is(doc, at - 2, "of") &&
		event_head_at(doc, at - 3))
		at -= 3;
	else if (at >= floor + 2 && word_is(doc, at - 1, "of") && event_head_at(doc, at - 2))
		at -= 2;
	else
		return;
	e->token_count += e->first_token - at;
	e->first_token = at;
	e->type = PA_ENT_MISC;
}

/* See ner_spans.h. */
int
ner_spans_quote_at(const pa_document *doc, uint32_t i, pa_quote_dir dir)
{
	const pa_token *t = doc->tokens.tokens + i;

	return i < doc->tokens.count && t->kind == PA_TOK_QUOTE &&
		(t->quote_dir == dir || t->quote_dir == PA_QUOTE_UNKNOWN);
}

/*
 * Whether e is all that stands between two quote marks, and not a display
 * name before an address ("Ryan Reynolds" <...>): then it is a title.
 */
static int
quoted_title(const pa_document *doc, const pa_entity *e)
{
	uint32_t	after = e->first_token + e->token_count;

	return e->first_token > 0 && ner_spans_quote_at(doc, e->first_token - 1, PA_QUOTE_OPEN) &&
		ner_spans_quote_at(doc, after, PA_QUOTE_CLOSE) &&
		!(after + 1 < doc->tokens.count && word_is(doc, after + 1, "<"));
}

/* Whether token i is a possessive ending: 's or ’s, or an apostrophe right after a word in s. */
static int
possessive_at(const pa_document *doc, uint32_t i)
{
	size_t		len;
	const char *w = token_text(doc, i, &len);

	if ((len == 2 && (w[0] == '\'') && (w[1] == 's' || w[1] == 'S')) ||
		(len == 4 && memcmp(w, "\xe2\x80\x99", 3) == 0 && (w[3] == 's' || w[3] == 'S')))
		return 1;
	if (i == 0 || (doc->tokens.tokens[i].flags & PA_TF_SPACE_BEFORE) ||
		!(len == 1 ? w[0] == '\'' : len == 3 && memcmp(w, "\xe2\x80\x99", 3) == 0))
		return 0;
	w = token_text(doc, i - 1, &len);
	return w[len - 1] == 's';
}

/* Sets e's offsets from its token range. */
static void
set_offsets(const pa_document *doc, pa_entity *e)
{
	const pa_token *first = &doc->tokens.tokens[e->first_token];
	const pa_token *last = &doc->tokens.tokens[e->first_token + e->token_count - 1];

	e->start = first->start;
	e->cstart = first->cstart;
	e->end = last->end;
	e->cend = last->cend;
}

/* See ner_spans.h. */
void
ner_spans_set_mention(const pa_document *doc, pa_entity *e, uint32_t first, uint32_t count,
					  uint32_t s)
{
	e->first_token = first;
	e->token_count = count;
	e->sentence = s;
	e->canonical = NULL;
	e->canonical_len = 0;
	set_offsets(doc, e);
}

/* Cuts e at a possessive ending and, for a person, its leading titles; returns 0 to drop e. */
static int
tidy_span(const pa_document *doc, pa_entity *e)
{
	const title_word *only = NULL;

	for (uint32_t k = 1; k < e->token_count; k++)
		if (possessive_at(doc, e->first_token + k))
			e->token_count = k;	/* Florida International's Fernandez: the owner only */
	if (e->type != PA_ENT_PERSON)
		return 1;
	while (e->token_count > 0 && (only = title_at(doc, e->first_token)) != NULL)
	{
		if (e->token_count == 1)
			return only->surname;
		e->first_token++;
		e->token_count--;
	}
	return 1;
}

/* See ner_spans.h. */
void
ner_spans_tidy(const pa_document *doc, pa_entity *items, size_t *count)
{
	size_t		kept = 0;

	for (size_t i = 0; i < *count; i++)
	{
		pa_entity	e = items[i];
		uint32_t	floor = doc->segments.sentences[e.sentence].first_token;

		if (kept > 0 && items[kept - 1].sentence == e.sentence)
			floor = items[kept - 1].first_token + items[kept - 1].token_count;
		if (!tidy_span(doc, &e))
			continue;
		widen_event(doc, &e, floor);
		if (quoted_title(doc, &e))
			e.type = PA_ENT_MISC;
		set_offsets(doc, &e);
		items[kept++] = e;
	}
	*count = kept;
}
