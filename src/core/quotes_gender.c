/*
 * quotes_gender.c: the grammatical gender a name or a title shows, so that
 * he and she resolve to a person of the right gender.  The lists of common
 * given names and gendered titles are in the word table of quotes_words.c
 * (QW_FEMALE, QW_MALE); a name in no list has no known gender and agrees
 * with either pronoun.
 */
#include "quotes_internal.h"

/* The gender of token i by the lists, 0 when unknown (a title may keep its period: Mrs.). */
static char
word_gender(const qx_context *ctx, uint32_t i)
{
	uint32_t	tags = ctx->tags[i];

	if (tags & QW_FEMALE)
		return QX_FEMALE;
	return (tags & QW_MALE) ? QX_MALE : 0;
}

/* See quotes_internal.h. */
char
qx_name_gender(const qx_context *ctx, pa_token_range name)
{
	char		g;

	if (name.count == 0)
		return 0;
	if ((g = word_gender(ctx, name.first)) != 0)
		return g;				/* the given name */
	return name.first > 0 ? word_gender(ctx, name.first - 1) : 0;	/* Mrs. Smith, spokeswoman Ana Ruiz */
}

/* See quotes_internal.h. */
char
qx_pronoun_gender(const qx_context *ctx, uint32_t i)
{
	if (qx_is_word(ctx, i, "she") || qx_is_word(ctx, i, "her"))
		return QX_FEMALE;
	if (qx_is_word(ctx, i, "he") || qx_is_word(ctx, i, "his") || qx_is_word(ctx, i, "him"))
		return QX_MALE;
	return 0;
}
