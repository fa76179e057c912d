/*
 * dates_tense.c: the tense cues around a temporal expression.
 */
#include "dates_tense.h"

#include "dates_match.h"

#include <string.h>

/* A word of a list, with its length. */
typedef struct tense_word
{
	const char *text;
	size_t		len;
} tense_word;

#define W(text) {text, sizeof(text) - 1}

/* Whether w[0, len) is one of the count words of list. */
static int
in_list(const tense_word *list, size_t count, const char *w, size_t len)
{
	for (size_t k = 0; k < count; k++)
	{
		if (list[k].len == len && memcmp(list[k].text, w, len) == 0)
			return 1;
	}
	return 0;
}

/* Lower-case words ending in -ed that are not past forms. */
static int
ed_exception(const char *w, size_t len)
{
	static const tense_word words[] = {W("need"), W("speed"), W("feed"), W("seed"), W("bed"),
		W("red"), W("shed"), W("hundred"), W("indeed"), W("breed"), W("greed"), W("proceed"),
	W("exceed"), W("succeed"), W("embed")};

	return in_list(words, sizeof(words) / sizeof(words[0]), w, len);
}

/* Whether unit i is a word that makes "to + verb" after it point ahead (set to, due to). */
static int
plans_word(const dt_sentence *s, size_t i)
{
	static const tense_word words[] = {W("set"), W("due"), W("scheduled"), W("expected"),
		W("going"), W("planned"), W("plans"), W("plan"), W("planning"), W("is"), W("are"),
		W("was"), W("were"), W("likely"), W("agreed"), W("decided"), W("hopes"), W("hoped"),
		W("wants"), W("wanted"), W("intends"), W("aims"), W("ready"), W("promised"), W("vowed"),
	W("threatened")};

	return in_list(words, sizeof(words) / sizeof(words[0]), s->text + s->u[i].start,
				   s->u[i].end - s->u[i].start);
}

/* Whether unit i follows be, been or being (a passive: should be completed). */
static int
after_be(const dt_sentence *s, size_t i)
{
	const char *w;
	size_t		len;

	if (i == 0)
		return 0;
	w = s->text + s->u[i - 1].start;
	len = s->u[i - 1].end - s->u[i - 1].start;
	return (len == 2 && memcmp(w, "be", 2) == 0) || (len == 4 && memcmp(w, "been", 4) == 0) ||
		(len == 5 && memcmp(w, "being", 5) == 0);
}

/* Whether unit i is the word "had" (a past perfect: had been due to, had not called until). */
static int
is_had(const dt_sentence *s, size_t i)
{
	return s->u[i].end - s->u[i].start == 3 && memcmp(s->text + s->u[i].start, "had", 3) == 0;
}

/* Whether the sentence has a "had" among units [from, to). */
static int
had_between(const dt_sentence *s, size_t from, size_t to)
{
	for (size_t i = from; i < to && i < s->n; i++)
	{
		if (is_had(s, i))
			return 1;
	}
	return 0;
}

/* The direction unit i suggests on its own. */
static dt_direction
cue_at(const dt_sentence *s, size_t i)
{
	const dt_unit *u = &s->u[i];
	const char *w = s->text + u->start;
	size_t		len = u->end - u->start;

	if (u->cls == DT_TENSE)
		return u->val == DT_DIR_PAST && after_be(s, i) ? DT_DIR_NONE : (dt_direction) u->val;	/* will be paid */
	if (u->cls == DT_PREP && u->val == DT_P_TO && i > 0 && i + 1 < s->n &&
		s->u[i + 1].cls == DT_OTHER && !(s->u[i + 1].flags & (DT_F_CAP | DT_F_ALL_CAPS)) &&
		plans_word(s, i - 1))
	{
		if (had_between(s, i >= 3 ? i - 3 : 0, i - 1))
			return DT_DIR_PAST;	/* had been due to expire Friday */
		return DT_DIR_FUTURE;	/* planned to leave on Thursday, is to resume Monday */
	}
	if (u->cls == DT_OTHER && len >= 4 && w[0] >= 'a' && w[0] <= 'z' &&
		w[len - 2] == 'e' && w[len - 1] == 'd' && !ed_exception(w, len) && !after_be(s, i))
		return DT_DIR_PAST;
	return DT_DIR_NONE;
}

/* See dates_tense.h. */
dt_direction
dt_tense_direction(const dt_sentence *s, size_t first, size_t end)
{
	if (end < s->n && s->u[end].end - s->u[end].start >= 2 && s->text[s->u[end].end - 1] == 's' &&
		s->u[end].cls == DT_OTHER && (s->text[s->u[end].start] == '\'' ||
									  (unsigned char) s->text[s->u[end].start] == 0xE2))
		return DT_DIR_PAST;		/* Wednesday's ruling */
	if (first > 0 && s->u[first - 1].cls == DT_PREP)
	{
		int			p = s->u[first - 1].val;

		if (p == DT_P_SINCE)
			return DT_DIR_PAST;
		if (p == DT_P_UNTIL || p == DT_P_BY || p == DT_P_THROUGH)	/* by Wednesday, they had filed */
			return had_between(s, first > 9 ? first - 9 : 0, end + 6) ? DT_DIR_PAST : DT_DIR_FUTURE;
	}
	if (first > 0 && text_is(s, first - 1, "effective"))
		return DT_DIR_FUTURE;	/* effective Feb. 1 */
	if (first >= 3 && s->u[first - 1].end - s->u[first - 1].start == 2 &&
		memcmp(s->text + s->u[first - 1].start, "as", 2) == 0 &&
		s->u[first - 2].end - s->u[first - 2].start == 4 &&
		memcmp(s->text + s->u[first - 2].start, "soon", 4) == 0)
		return DT_DIR_FUTURE;	/* as soon as Tuesday */
	for (size_t i = first; i-- > 0;)
	{
		dt_direction d = cue_at(s, i);

		if (d != DT_DIR_NONE)
			return d;
	}
	for (size_t i = end; i < s->n; i++)
	{
		dt_direction d = cue_at(s, i);

		if (d != DT_DIR_NONE)
			return d;
	}
	return DT_DIR_NONE;
}
