/*
 * dates_lexicon.c: a sorted table of date words, searched by binary search
 * on the lower-cased word, and the number shapes of dates and times.
 */
#include "dates_lexicon.h"

#include <string.h>

typedef struct dt_entry
{
	const char *word;			/* lower case ASCII */
	uint8_t		cls;			/* dt_class */
	int16_t		val;
	uint16_t	flags;
} dt_entry;

/* Sorted by strcmp (checked by the unit tests). */
static const dt_entry lexicon[] = {
	{"'ll", DT_TENSE, DT_DIR_FUTURE, 0},
	{"a", DT_DET, 1, 0},
	{"a.m", DT_AMPM, 0, 0},
	{"a.m.", DT_AMPM, 0, 0},
	{"about", DT_APPROX, 0, 0},
	{"after", DT_SHIFT, 1, 0},
	{"afternoon", DT_PART_OF_DAY, DT_POD_AF, 0},
	{"ago", DT_SHIFT, -1, 0},
	{"almost", DT_APPROX, 0, 0},
	{"am", DT_AMPM, 0, 0},
	{"an", DT_DET, 1, 0},
	{"and", DT_PREP, DT_P_AND, 0},
	{"announced", DT_TENSE, DT_DIR_PAST, 0},
	{"annually", DT_SETWORD, DT_U_YEAR, 0},
	{"approximately", DT_APPROX, 0, 0},
	{"apr", DT_MONTH, 4, DT_F_ABBR},
	{"april", DT_MONTH, 4, 0},
	{"are", DT_TENSE, DT_DIR_PRESENT, 0},
	{"arose", DT_TENSE, DT_DIR_PAST, 0},
	{"around", DT_APPROX, 0, 0},
	{"at", DT_PREP, DT_P_AT, 0},
	{"aug", DT_MONTH, 8, DT_F_ABBR},
	{"august", DT_MONTH, 8, DT_F_AMBIGUOUS},
	{"autumn", DT_SEASON, DT_SEASON_FA, 0},
	{"became", DT_TENSE, DT_DIR_PAST, 0},
	{"before", DT_SHIFT, -1, 0},
	{"began", DT_TENSE, DT_DIR_PAST, 0},
	{"beginning", DT_EDGE, DT_EDGE_START, 0},
	{"between", DT_PREP, DT_P_BETWEEN, 0},
	{"bought", DT_TENSE, DT_DIR_PAST, 0},
	{"broke", DT_TENSE, DT_DIR_PAST, 0},
	{"brought", DT_TENSE, DT_DIR_PAST, 0},
	{"bst", DT_ZONE, 60, DT_F_ABBR},
	{"by", DT_PREP, DT_P_BY, 0},
	{"came", DT_TENSE, DT_DIR_PAST, 0},
	{"caught", DT_TENSE, DT_DIR_PAST, 0},
	{"cdt", DT_ZONE, -300, DT_F_ABBR},
	{"centuries", DT_UNIT, DT_U_CENTURY, DT_F_PLURAL},
	{"century", DT_UNIT, DT_U_CENTURY, 0},
	{"cest", DT_ZONE, 120, DT_F_ABBR},
	{"cet", DT_ZONE, 60, DT_F_ABBR},
	{"chose", DT_TENSE, DT_DIR_PAST, 0},
	{"christmas", DT_HOLIDAY, 1225, 0},
	{"close", DT_EDGE, DT_EDGE_END, 0},
	{"coming", DT_RELATIVE, DT_REL_NEXT, 0},
	{"could", DT_TENSE, DT_DIR_FUTURE, 0},
	{"couple", DT_FEW, 0, 0},
	{"cst", DT_ZONE, -360, DT_F_ABBR},
	{"current", DT_REF, DT_REF_PRESENT, 0},
	{"currently", DT_REF, DT_REF_PRESENT, 0},
	{"daily", DT_SETWORD, DT_U_DAY, 0},
	{"day", DT_UNIT, DT_U_DAY, 0},
	{"days", DT_UNIT, DT_U_DAY, DT_F_PLURAL},
	{"dec", DT_MONTH, 12, DT_F_ABBR},
	{"decade", DT_UNIT, DT_U_DECADE, 0},
	{"decades", DT_UNIT, DT_U_DECADE, DT_F_PLURAL},
	{"december", DT_MONTH, 12, 0},
	{"did", DT_TENSE, DT_DIR_PAST, 0},
	{"do", DT_TENSE, DT_DIR_PRESENT, 0},
	{"does", DT_TENSE, DT_DIR_PRESENT, 0},
	{"dozen", DT_NUMWORD, 12, 0},
	{"drove", DT_TENSE, DT_DIR_PAST, 0},
	{"due", DT_TENSE, DT_DIR_FUTURE, 0},
	{"during", DT_PREP, DT_P_DURING, 0},
	{"each", DT_EVERY, 0, 0},
	{"earlier", DT_SHIFT, -1, 0},
	{"early", DT_EDGE, DT_EDGE_EARLY, 0},
	{"edt", DT_ZONE, -240, DT_F_ABBR},
	{"eight", DT_NUMWORD, 8, 0},
	{"eighteen", DT_NUMWORD, 18, 0},
	{"eighteenth", DT_ORDINAL, 18, 0},
	{"eighth", DT_ORDINAL, 8, 0},
	{"eighty", DT_NUMWORD, 80, 0},
	{"eleven", DT_NUMWORD, 11, 0},
	{"eleventh", DT_ORDINAL, 11, 0},
	{"end", DT_EDGE, DT_EDGE_END, 0},
	{"est", DT_ZONE, -300, DT_F_ABBR},
	{"evening", DT_PART_OF_DAY, DT_POD_EV, 0},
	{"every", DT_EVERY, 0, 0},
	{"expected", DT_TENSE, DT_DIR_FUTURE, 0},
	{"expects", DT_TENSE, DT_DIR_FUTURE, 0},
	{"fall", DT_SEASON, DT_SEASON_FA, 0},
	{"feb", DT_MONTH, 2, DT_F_ABBR},
	{"february", DT_MONTH, 2, 0},
	{"fell", DT_TENSE, DT_DIR_PAST, 0},
	{"felt", DT_TENSE, DT_DIR_PAST, 0},
	{"few", DT_FEW, 0, 0},
	{"fifteen", DT_NUMWORD, 15, 0},
	{"fifteenth", DT_ORDINAL, 15, 0},
	{"fifth", DT_ORDINAL, 5, 0},
	{"fifty", DT_NUMWORD, 50, 0},
	{"first", DT_ORDINAL, 1, 0},
	{"fiscal", DT_FISCAL, 0, 0},
	{"five", DT_NUMWORD, 5, 0},
	{"flew", DT_TENSE, DT_DIR_PAST, 0},
	{"following", DT_RELATIVE, DT_REL_NEXT, 0},
	{"for", DT_PREP, DT_P_FOR, 0},
	{"formerly", DT_REF, DT_REF_PAST, 0},
	{"forty", DT_NUMWORD, 40, 0},
	{"fought", DT_TENSE, DT_DIR_PAST, 0},
	{"found", DT_TENSE, DT_DIR_PAST, 0},
	{"four", DT_NUMWORD, 4, 0},
	{"fourteen", DT_NUMWORD, 14, 0},
	{"fourteenth", DT_ORDINAL, 14, 0},
	{"fourth", DT_ORDINAL, 4, 0},
	{"fri", DT_WEEKDAY, 5, DT_F_ABBR | DT_F_AMBIGUOUS},
	{"friday", DT_WEEKDAY, 5, 0},
	{"from", DT_PREP, DT_P_FROM, 0},
	{"future", DT_REF, DT_REF_FUTURE_NOUN, 0},
	{"gave", DT_TENSE, DT_DIR_PAST, 0},
	{"gmt", DT_ZONE, 0, DT_F_ABBR},
	{"going", DT_TENSE, DT_DIR_FUTURE, 0},
	{"got", DT_TENSE, DT_DIR_PAST, 0},
	{"had", DT_TENSE, DT_DIR_PAST, 0},
	{"half", DT_UNIT, DT_U_HALF, 0},
	{"halloween", DT_HOLIDAY, 1031, 0},
	{"has", DT_TENSE, DT_DIR_PRESENT, 0},
	{"have", DT_TENSE, DT_DIR_PRESENT, 0},
	{"heard", DT_TENSE, DT_DIR_PAST, 0},
	{"held", DT_TENSE, DT_DIR_PAST, 0},
	{"hopes", DT_TENSE, DT_DIR_FUTURE, 0},
	{"hour", DT_UNIT, DT_U_HOUR, 0},
	{"hourly", DT_SETWORD, DT_U_HOUR, 0},
	{"hours", DT_UNIT, DT_U_HOUR, DT_F_PLURAL},
	{"hrs", DT_UNIT, DT_U_HOUR, DT_F_PLURAL},
	{"hundred", DT_NUMWORD, 100, 0},
	{"in", DT_PREP, DT_P_IN, 0},
	{"intends", DT_TENSE, DT_DIR_FUTURE, 0},
	{"is", DT_TENSE, DT_DIR_PRESENT, 0},
	{"jan", DT_MONTH, 1, DT_F_ABBR},
	{"january", DT_MONTH, 1, 0},
	{"jul", DT_MONTH, 7, DT_F_ABBR},
	{"july", DT_MONTH, 7, 0},
	{"jun", DT_MONTH, 6, DT_F_ABBR},
	{"june", DT_MONTH, 6, DT_F_AMBIGUOUS},
	{"just", DT_APPROX, 0, 0},
	{"kept", DT_TENSE, DT_DIR_PAST, 0},
	{"killed", DT_TENSE, DT_DIR_PAST, 0},
	{"last", DT_RELATIVE, DT_REL_LAST, 0},
	{"late", DT_EDGE, DT_EDGE_LATE, 0},
	{"lately", DT_REF, DT_REF_PAST, 0},
	{"later", DT_SHIFT, 1, 0},
	{"latest", DT_RELATIVE, DT_REL_LATEST, 0},
	{"least", DT_APPROX, 0, 0},
	{"led", DT_TENSE, DT_DIR_PAST, 0},
	{"left", DT_TENSE, DT_DIR_PAST, 0},
	{"less", DT_APPROX, 0, 0},
	{"likely", DT_TENSE, DT_DIR_FUTURE, 0},
	{"lost", DT_TENSE, DT_DIR_PAST, 0},
	{"made", DT_TENSE, DT_DIR_PAST, 0},
	{"many", DT_FEW, 0, 0},
	{"mar", DT_MONTH, 3, DT_F_ABBR},
	{"march", DT_MONTH, 3, DT_F_AMBIGUOUS},
	{"may", DT_MONTH, 5, DT_F_AMBIGUOUS},
	{"mdt", DT_ZONE, -360, DT_F_ABBR},
	{"meant", DT_TENSE, DT_DIR_PAST, 0},
	{"met", DT_TENSE, DT_DIR_PAST, 0},
	{"mid", DT_EDGE, DT_EDGE_MID, 0},
	{"midday", DT_NOON, 720, 0},
	{"middle", DT_EDGE, DT_EDGE_MID, 0},
	{"midnight", DT_NOON, 1440, 0},
	{"might", DT_TENSE, DT_DIR_FUTURE, 0},
	{"millennia", DT_UNIT, DT_U_MILLENNIUM, DT_F_PLURAL},
	{"millennium", DT_UNIT, DT_U_MILLENNIUM, 0},
	{"mins", DT_UNIT, DT_U_MINUTE, DT_F_PLURAL},
	{"minute", DT_UNIT, DT_U_MINUTE, 0},
	{"minutes", DT_UNIT, DT_U_MINUTE, DT_F_PLURAL},
	{"mon", DT_WEEKDAY, 1, DT_F_ABBR | DT_F_AMBIGUOUS},
	{"monday", DT_WEEKDAY, 1, 0},
	{"month", DT_UNIT, DT_U_MONTH, 0},
	{"monthly", DT_SETWORD, DT_U_MONTH, 0},
	{"months", DT_UNIT, DT_U_MONTH, DT_F_PLURAL},
	{"more", DT_APPROX, 0, 0},
	{"morning", DT_PART_OF_DAY, DT_POD_MO, 0},
	{"mst", DT_ZONE, -420, DT_F_ABBR},
	{"nearly", DT_APPROX, 0, 0},
	{"next", DT_RELATIVE, DT_REL_NEXT, 0},
	{"night", DT_PART_OF_DAY, DT_POD_NI, 0},
	{"nightly", DT_SETWORD, DT_U_DAY, 0},
	{"nine", DT_NUMWORD, 9, 0},
	{"nineteen", DT_NUMWORD, 19, 0},
	{"nineteenth", DT_ORDINAL, 19, 0},
	{"ninety", DT_NUMWORD, 90, 0},
	{"ninth", DT_ORDINAL, 9, 0},
	{"noon", DT_NOON, 720, 0},
	{"nov", DT_MONTH, 11, DT_F_ABBR},
	{"november", DT_MONTH, 11, 0},
	{"now", DT_REF, DT_REF_PRESENT, 0},
	{"nowadays", DT_REF, DT_REF_PRESENT, 0},
	{"numerous", DT_FEW, 0, 0},
	{"oct", DT_MONTH, 10, DT_F_ABBR},
	{"october", DT_MONTH, 10, 0},
	{"of", DT_PREP, DT_P_OF, 0},
	{"on", DT_PREP, DT_P_ON, 0},
	{"one", DT_NUMWORD, 1, 0},
	{"only", DT_APPROX, 0, 0},
	{"over", DT_APPROX, 0, 0},
	{"overnight", DT_PART_OF_DAY, DT_POD_NI, 0},
	{"p.m", DT_AMPM, 12, 0},
	{"p.m.", DT_AMPM, 12, 0},
	{"paid", DT_TENSE, DT_DIR_PAST, 0},
	{"past", DT_RELATIVE, DT_REL_LAST, 0},
	{"pdt", DT_ZONE, -420, DT_F_ABBR},
	{"per", DT_EVERY, 0, 0},
	{"period", DT_UNIT, DT_U_PERIOD, 0},
	{"pm", DT_AMPM, 12, 0},
	{"presently", DT_REF, DT_REF_PRESENT, 0},
	{"previous", DT_RELATIVE, DT_REL_LAST, 0},
	{"prior", DT_RELATIVE, DT_REL_LAST, 0},
	{"pst", DT_ZONE, -480, DT_F_ABBR},
	{"quarter", DT_UNIT, DT_U_QUARTER, 0},
	{"quarterly", DT_SETWORD, DT_U_QUARTER, 0},
	{"quarters", DT_UNIT, DT_U_QUARTER, DT_F_PLURAL},
	{"ran", DT_TENSE, DT_DIR_PAST, 0},
	{"recent", DT_REF, DT_REF_PAST, 0},
	{"recently", DT_REF, DT_REF_PAST, 0},
	{"reported", DT_TENSE, DT_DIR_PAST, 0},
	{"rose", DT_TENSE, DT_DIR_PAST, 0},
	{"roughly", DT_APPROX, 0, 0},
	{"said", DT_TENSE, DT_DIR_PAST, 0},
	{"same", DT_RELATIVE, DT_REL_LATEST, 0},
	{"sat", DT_WEEKDAY, 6, DT_F_ABBR | DT_F_AMBIGUOUS},
	{"saturday", DT_WEEKDAY, 6, 0},
	{"saw", DT_TENSE, DT_DIR_PAST, 0},
	{"say", DT_TENSE, DT_DIR_PRESENT, 0},
	{"says", DT_TENSE, DT_DIR_PRESENT, 0},
	{"scheduled", DT_TENSE, DT_DIR_FUTURE, 0},
	{"second", DT_ORDINAL, 2, 0},
	{"seconds", DT_UNIT, DT_U_SECOND, DT_F_PLURAL},
	{"sent", DT_TENSE, DT_DIR_PAST, 0},
	{"sep", DT_MONTH, 9, DT_F_ABBR},
	{"sept", DT_MONTH, 9, DT_F_ABBR},
	{"september", DT_MONTH, 9, 0},
	{"seven", DT_NUMWORD, 7, 0},
	{"seventeen", DT_NUMWORD, 17, 0},
	{"seventeenth", DT_ORDINAL, 17, 0},
	{"seventh", DT_ORDINAL, 7, 0},
	{"seventy", DT_NUMWORD, 70, 0},
	{"several", DT_FEW, 0, 0},
	{"shall", DT_TENSE, DT_DIR_FUTURE, 0},
	{"shot", DT_TENSE, DT_DIR_PAST, 0},
	{"should", DT_TENSE, DT_DIR_FUTURE, 0},
	{"since", DT_PREP, DT_P_SINCE, 0},
	{"six", DT_NUMWORD, 6, 0},
	{"sixteen", DT_NUMWORD, 16, 0},
	{"sixteenth", DT_ORDINAL, 16, 0},
	{"sixth", DT_ORDINAL, 6, 0},
	{"sixty", DT_NUMWORD, 60, 0},
	{"sold", DT_TENSE, DT_DIR_PAST, 0},
	{"some", DT_FEW, 0, 0},
	{"sought", DT_TENSE, DT_DIR_PAST, 0},
	{"spent", DT_TENSE, DT_DIR_PAST, 0},
	{"spoke", DT_TENSE, DT_DIR_PAST, 0},
	{"spring", DT_SEASON, DT_SEASON_SP, 0},
	{"start", DT_EDGE, DT_EDGE_START, 0},
	{"stood", DT_TENSE, DT_DIR_PAST, 0},
	{"struck", DT_TENSE, DT_DIR_PAST, 0},
	{"summer", DT_SEASON, DT_SEASON_SU, 0},
	{"sun", DT_WEEKDAY, 7, DT_F_ABBR | DT_F_AMBIGUOUS},
	{"sunday", DT_WEEKDAY, 7, 0},
	{"ten", DT_NUMWORD, 10, 0},
	{"tenth", DT_ORDINAL, 10, 0},
	{"than", DT_PREP, DT_P_OTHER, 0},
	{"thanksgiving", DT_HOLIDAY, 0, 0},
	{"the", DT_DET, 0, 0},
	{"third", DT_ORDINAL, 3, 0},
	{"thirteen", DT_NUMWORD, 13, 0},
	{"thirteenth", DT_ORDINAL, 13, 0},
	{"thirtieth", DT_ORDINAL, 30, 0},
	{"thirty", DT_NUMWORD, 30, 0},
	{"this", DT_RELATIVE, DT_REL_THIS, 0},
	{"thought", DT_TENSE, DT_DIR_PAST, 0},
	{"thousand", DT_NUMWORD, 1000, 0},
	{"three", DT_NUMWORD, 3, 0},
	{"threw", DT_TENSE, DT_DIR_PAST, 0},
	{"through", DT_PREP, DT_P_THROUGH, 0},
	{"throughout", DT_PREP, DT_P_THROUGH, 0},
	{"thu", DT_WEEKDAY, 4, DT_F_ABBR | DT_F_AMBIGUOUS},
	{"thur", DT_WEEKDAY, 4, DT_F_ABBR | DT_F_AMBIGUOUS},
	{"thurs", DT_WEEKDAY, 4, DT_F_ABBR | DT_F_AMBIGUOUS},
	{"thursday", DT_WEEKDAY, 4, 0},
	{"till", DT_PREP, DT_P_UNTIL, 0},
	{"to", DT_PREP, DT_P_TO, 0},
	{"today", DT_DAYWORD, 0, 0},
	{"told", DT_TENSE, DT_DIR_PAST, 0},
	{"tomorrow", DT_DAYWORD, 1, 0},
	{"tonight", DT_DAYWORD, 2, 0},
	{"took", DT_TENSE, DT_DIR_PAST, 0},
	{"tue", DT_WEEKDAY, 2, DT_F_ABBR | DT_F_AMBIGUOUS},
	{"tues", DT_WEEKDAY, 2, DT_F_ABBR | DT_F_AMBIGUOUS},
	{"tuesday", DT_WEEKDAY, 2, 0},
	{"twelfth", DT_ORDINAL, 12, 0},
	{"twelve", DT_NUMWORD, 12, 0},
	{"twentieth", DT_ORDINAL, 20, 0},
	{"twenty", DT_NUMWORD, 20, 0},
	{"two", DT_NUMWORD, 2, 0},
	{"under", DT_APPROX, 0, 0},
	{"until", DT_PREP, DT_P_UNTIL, 0},
	{"upcoming", DT_RELATIVE, DT_REL_NEXT, 0},
	{"utc", DT_ZONE, 0, DT_F_ABBR},
	{"wants", DT_TENSE, DT_DIR_FUTURE, 0},
	{"was", DT_TENSE, DT_DIR_PAST, 0},
	{"wed", DT_WEEKDAY, 3, DT_F_ABBR | DT_F_AMBIGUOUS},
	{"wednesday", DT_WEEKDAY, 3, 0},
	{"week", DT_UNIT, DT_U_WEEK, 0},
	{"weekend", DT_UNIT, DT_U_WEEKEND, 0},
	{"weekends", DT_UNIT, DT_U_WEEKEND, DT_F_PLURAL},
	{"weekly", DT_SETWORD, DT_U_WEEK, 0},
	{"weeks", DT_UNIT, DT_U_WEEK, DT_F_PLURAL},
	{"went", DT_TENSE, DT_DIR_PAST, 0},
	{"were", DT_TENSE, DT_DIR_PAST, 0},
	{"will", DT_TENSE, DT_DIR_FUTURE, 0},
	{"winter", DT_SEASON, DT_SEASON_WI, 0},
	{"within", DT_PREP, DT_P_WITHIN, 0},
	{"won", DT_TENSE, DT_DIR_PAST, 0},
	{"would", DT_TENSE, DT_DIR_FUTURE, 0},
	{"wrote", DT_TENSE, DT_DIR_PAST, 0},
	{"year", DT_UNIT, DT_U_YEAR, 0},
	{"yearly", DT_SETWORD, DT_U_YEAR, 0},
	{"years", DT_UNIT, DT_U_YEAR, DT_F_PLURAL},
	{"yesterday", DT_DAYWORD, -1, 0},
};

#define LEXICON_SIZE (sizeof(lexicon) / sizeof(lexicon[0]))
#define WORD_MAX 14

/* See dates_lexicon.h. */
size_t
dt_lexicon_size(void)
{
	return LEXICON_SIZE;
}

/* See dates_lexicon.h. */
int
dt_lexicon_is_sorted(void)
{
	for (size_t i = 1; i < LEXICON_SIZE; i++)
	{
		if (strcmp(lexicon[i - 1].word, lexicon[i].word) >= 0)
			return 0;
	}
	return 1;
}

/* Binary search of a NUL-terminated lower-case key. */
static const dt_entry *
lexicon_find(const char *key)
{
	size_t		lo = 0,
				hi = LEXICON_SIZE;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;
		int			cmp = strcmp(key, lexicon[mid].word);

		if (cmp == 0)
			return &lexicon[mid];
		if (cmp < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/*
 * Lower-cases an ASCII word into key (the right single quote becomes an
 * apostrophe); returns its length, or 0 when it cannot be in the lexicon.
 */
static size_t
lower_key(const char *s, size_t len, char key[WORD_MAX + 1])
{
	size_t		n = 0;

	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (n == WORD_MAX)
			return 0;
		if (c == 0xE2 && i + 2 < len && (unsigned char) s[i + 1] == 0x80 &&
			(unsigned char) s[i + 2] == 0x99)
		{
			key[n++] = '\'';
			i += 2;
		}
		else if (c >= 0x80)
			return 0;
		else
			key[n++] = (char) (c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	key[n] = '\0';
	return n;
}

/* See dates_lexicon.h. */
void
dt_classify_word(const char *s, size_t len, dt_unit *u)
{
	char		key[WORD_MAX + 1];
	size_t		n = lower_key(s, len, key);
	const dt_entry *e;

	u->cls = DT_OTHER;
	u->val = 0;
	if (n == 0)
		return;
	e = lexicon_find(key);
	if (e == NULL && n > 1 && key[n - 1] == '.')
	{
		key[n - 1] = '\0';
		e = lexicon_find(key);
		if (e != NULL)
			u->flags |= DT_F_DOT;
	}
	if (e == NULL)
		return;
	u->cls = e->cls;
	u->val = e->val;
	u->flags |= e->flags;
}

/* Reads decimal digits from s[*i]; returns the count read (value in *v, capped). */
static size_t
read_number(const char *s, size_t len, size_t *i, long *v)
{
	size_t		start = *i;

	*v = 0;
	while (*i < len && s[*i] >= '0' && s[*i] <= '9')
	{
		if (*v < 100000000)
			*v = *v * 10 + (s[*i] - '0');
		(*i)++;
	}
	return *i - start;
}

/* Whether s[i..] is exactly an am/pm marker; *pm gets 12 for pm. */
static int
ampm_suffix(const char *s, size_t len, size_t i, int *pm)
{
	char		key[WORD_MAX + 1];
	const dt_entry *e;

	if (i >= len || lower_key(s + i, len - i, key) == 0)
		return 0;
	e = lexicon_find(key);
	if (e == NULL || e->cls != DT_AMPM)
		return 0;
	*pm = e->val;
	return 1;
}

/* Minutes since midnight of h:m with an optional am/pm; -1 when invalid. */
static int
clock_minutes(long h, long m, int has_ampm, int pm)
{
	if (m > 59)
		return -1;
	if (has_ampm)
	{
		if (h < 1 || h > 12)
			return -1;
		h = h % 12 + pm;
	}
	else if (h > 24)
		return -1;
	return (int) (h * 60 + m);
}

/* Classifies what follows the leading digits of a digit piece. */
static void
classify_after_digits(const char *s, size_t len, size_t i, size_t digits, long v, dt_unit *u)
{
	int			pm = 0;
	size_t		rest = len - i;

	if (rest == 2 && digits <= 2 && v >= 1 && v <= 31 &&
		(memcmp(s + i, "st", 2) == 0 || memcmp(s + i, "nd", 2) == 0 ||
		 memcmp(s + i, "rd", 2) == 0 || memcmp(s + i, "th", 2) == 0))
	{
		u->cls = DT_ORDINAL;
		u->val = (int32_t) v;
		u->ndigits = (uint8_t) digits;
	}
	else if (rest == 1 && s[i] == 's' && digits == 4 && v % 10 == 0)
	{
		u->cls = DT_DECADE;
		u->val = (int32_t) v;
	}
	else if (digits <= 2 && ampm_suffix(s, len, i, &pm))
	{
		int			minutes = clock_minutes(v, 0, 1, pm);

		if (minutes >= 0)
		{
			u->cls = DT_CLOCK;
			u->val = minutes;
		}
	}
	else if (rest >= 3 && s[i] == ':' && digits <= 2)
	{
		long		m;
		size_t		j = i + 1;

		if (read_number(s, len, &j, &m) == 2)
		{
			int			has_ampm = j < len && ampm_suffix(s, len, j, &pm);
			int			minutes;

			if (j < len && !has_ampm && s[j] == ':')
			{
				long		sec;

				j++;
				if (read_number(s, len, &j, &sec) != 2 || sec > 59)
					return;
			}
			if (j < len && !has_ampm)
				return;
			minutes = clock_minutes(v, m, has_ampm, pm);
			if (minutes >= 0)
			{
				u->cls = DT_CLOCK;
				u->val = minutes;
			}
		}
	}
	else if (rest >= 2 && (s[i] == ',' || s[i] == '.') && s[i + 1] >= '0' && s[i + 1] <= '9')
		u->cls = DT_NUMBER_OTHER;
}

/* See dates_lexicon.h. */
void
dt_classify_digits(const char *s, size_t len, dt_unit *u)
{
	size_t		i = 0;
	long		v;
	size_t		digits;

	u->cls = DT_OTHER;
	u->val = 0;
	if (len == 2 && (s[0] == 'Q' || s[0] == 'q') && s[1] >= '1' && s[1] <= '4')
	{
		u->cls = DT_QUARTER_NAME;
		u->val = s[1] - '0';
		return;
	}
	if (len == 2 && (s[0] == 'H' || s[0] == 'h') && (s[1] == '1' || s[1] == '2'))
	{
		u->cls = DT_QUARTER_NAME;
		u->val = 10 + s[1] - '0';
		return;
	}
	if (len == 4 && (s[0] == '\'') && s[3] == 's')
	{
		i = 1;
		if (read_number(s, len, &i, &v) == 2 && v % 10 == 0)
		{
			u->cls = DT_DECADE;
			u->val = (int32_t) (1900 + v);
			u->flags |= DT_F_TWO_DIGIT_YEAR;
		}
		return;
	}
	if (len == 6 && (unsigned char) s[0] == 0xE2 && (unsigned char) s[1] == 0x80 &&
		(unsigned char) s[2] == 0x99 && s[5] == 's')
	{
		i = 3;
		if (read_number(s, len, &i, &v) == 2 && v % 10 == 0)
		{
			u->cls = DT_DECADE;
			u->val = (int32_t) (1900 + v);
			u->flags |= DT_F_TWO_DIGIT_YEAR;
		}
		return;
	}
	digits = read_number(s, len, &i, &v);
	if (digits == 0)
		return;
	if (i == len)
	{
		u->cls = digits <= 9 ? DT_INT : DT_NUMBER_OTHER;
		u->val = (int32_t) v;
		u->ndigits = (uint8_t) digits;
		return;
	}
	classify_after_digits(s, len, i, digits, v, u);
}

/* Whether y/m/d name a real day. */
static int
valid_day(long y, long m, long d)
{
	static const int days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1] &&
		!(m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

/* See dates_lexicon.h. */
int
dt_classify_full_date(const char *s, size_t len, dt_unit *u)
{
	size_t		i = 0;
	long		a,
				b,
				c;
	size_t		na,
				nb,
				nc;
	char		sep;

	na = read_number(s, len, &i, &a);
	if (na == 0 || i >= len || (s[i] != '-' && s[i] != '/'))
		return 0;
	sep = s[i++];
	nb = read_number(s, len, &i, &b);
	if (nb == 0 || nb > 2 || i >= len || s[i] != sep)
		return 0;
	i++;
	nc = read_number(s, len, &i, &c);
	if (i != len)
		return 0;
	if (sep == '-' && na == 4 && nb == 2 && nc == 2 && valid_day(a, b, c))
	{
		u->val = (int32_t) (a * 10000 + b * 100 + c);
		u->cls = DT_FULL_DATE;
		return 1;
	}
	if (sep != '/' || na > 2 || (nc != 2 && nc != 4))
		return 0;
	if (nc == 2)
	{
		c += c < 50 ? 2000 : 1900;
		u->flags |= DT_F_TWO_DIGIT_YEAR;
	}
	if (a > 12 && valid_day(c, b, a))
		u->val = (int32_t) (c * 10000 + b * 100 + a);
	else if (valid_day(c, a, b))
		u->val = (int32_t) (c * 10000 + a * 100 + b);
	else
		return 0;
	u->cls = DT_FULL_DATE;
	return 1;
}
