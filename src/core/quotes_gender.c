/*
 * quotes_gender.c: the grammatical gender a name or a title shows, so that
 * he and she resolve to a person of the right gender.  The lists are facts
 * about common given names and gendered titles, looked up by hash
 * (word_index.h); a name in no list has no known gender and agrees with
 * either pronoun.
 */
#include "quotes_internal.h"

#include "word_index.h"

typedef struct gender_entry
{
	const char *word;
	char		gender;			/* QX_FEMALE or QX_MALE */
} gender_entry;

#define F QX_FEMALE
#define M QX_MALE

/* Lower case, in alphabetical order: given names and gendered titles. */
static const gender_entry genders[] = {
	{"abdul", M}, {"ahmed", M}, {"alan", M}, {"albert", M}, {"alberto", M}, {"alejandro", M},
	{"alexander", M}, {"alexandra", F}, {"alice", F}, {"alicia", F}, {"alison", F}, {"amanda", F},
	{"amy", F}, {"ana", F}, {"andrea", F}, {"andrew", M}, {"angela", F}, {"ann", F}, {"anna", F},
	{"anne", F}, {"anthony", M}, {"antonio", M}, {"archbishop", M}, {"arthur", M}, {"barbara", F},
	{"benjamin", M}, {"bill", M}, {"bob", M}, {"boris", M}, {"brenda", F}, {"brian", M},
	{"carl", M}, {"carlos", M}, {"carmen", F}, {"carol", F}, {"caroline", F}, {"catherine", F},
	{"chairman", M}, {"chairwoman", F}, {"charles", M}, {"christina", F},
	{"christine", F}, {"christopher", M}, {"claire", F}, {"congressman", M}, {"congresswoman", F},
	{"cynthia", F}, {"daniel", M}, {"david", M}, {"deborah", F}, {"denise", F}, {"diana", F},
	{"diane", F}, {"dmitry", M}, {"donald", M}, {"doris", F}, {"dorothy", F}, {"duke", M},
	{"edward", M}, {"elena", F}, {"elizabeth", F}, {"ellen", F}, {"emily", F}, {"emma", F},
	{"eric", M}, {"francisco", M}, {"frank", M}, {"gary", M}, {"george", M}, {"gerhard", M},
	{"gloria", F}, {"gregory", M}, {"hans", M}, {"heather", F}, {"helen", F}, {"helmut", M},
	{"henry", M}, {"hillary", F}, {"ibrahim", M}, {"igor", M}, {"ivan", M}, {"jack", M},
	{"jacques", M}, {"james", M}, {"jane", F}, {"janet", F}, {"janos", M},
	{"javier", M}, {"jeanne", F}, {"jennifer", F}, {"jessica", F}, {"joan", F},
	{"john", M}, {"jorge", M}, {"jose", M}, {"joseph", M}, {"juan", M}, {"judith", F}, {"julia", F},
	{"julie", F}, {"karen", F}, {"katherine", F}, {"kathleen", F}, {"kenneth", M},
	{"kevin", M}, {"king", M}, {"klaus", M}, {"larry", M}, {"laura", F}, {"lazaro", M},
	{"linda", F}, {"lisa", F}, {"louis", M}, {"luis", M}, {"madeleine", F}, {"manuel", M},
	{"margaret", F}, {"maria", F}, {"marie", F}, {"mariela", F}, {"marilyn", F}, {"mark", M},
	{"martha", F}, {"mary", F}, {"matthew", M}, {"melissa", F}, {"michael", M}, {"michelle", F},
	{"miguel", M}, {"mikhail", M}, {"mohammed", M}, {"monica", F}, {"mr", M}, {"mrs", F},
	{"ms", F}, {"nancy", F}, {"natalia", F}, {"nicole", F}, {"olga", F}, {"patricia", F},
	{"paul", M}, {"pedro", M}, {"peter", M}, {"pierre", M}, {"prince", M}, {"princess", F},
	{"queen", F}, {"rachel", F}, {"rebecca", F}, {"ricardo", M}, {"richard", M}, {"robert", M},
	{"roger", M}, {"ronald", M}, {"rosa", F}, {"ruth", F}, {"samuel", M}, {"sandra", F},
	{"sarah", F}, {"sergei", M}, {"sharon", F}, {"sir", M}, {"sister", F}, {"sophie", F},
	{"spokesman", M}, {"spokeswoman", F}, {"stephen", M}, {"steven", M}, {"susan", F},
	{"teresa", F}, {"thomas", M}, {"timothy", M}, {"tony", M}, {"vaclav", M}, {"victoria", F},
	{"vladimir", M}, {"walter", M}, {"william", M}, {"wolfgang", M}, {"yuri", M},
};

#undef F
#undef M

/* The hash table of the list: over twice as many slots as names. */
static pa_word_slot gender_slots[512];
static pa_word_index gender_index = PA_WORD_INDEX(genders, sizeof(genders) / sizeof(genders[0]), gender_slots);

/* The gender of token i by the lists, 0 when unknown (a title may keep its period: Mrs.). */
static char
word_gender(const qx_context *ctx, uint32_t i)
{
	const pa_token *t = &ctx->tok[i];
	size_t		len = t->end - t->start;
	const char *p = ctx->doc->text + t->start;
	long		k;

	if (t->kind != PA_TOK_WORD || len == 0)
		return 0;
	if (p[len - 1] == '.')
		len--;
	k = pa_word_index_find(&gender_index, p, len);
	return k < 0 ? 0 : genders[k].gender;
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
