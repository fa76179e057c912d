/*
 * dates_lexicon.c: the date words (a sorted table found through a static
 * hash of the lower-cased word) and the number shapes of dates and times.
 */
#include "dates_lexicon.h"
#include "dates_lexicon_find.h"

#include <string.h>

#define E(word, cls, val, flags) {word, cls, val, flags}

/*
 * The lexicon, sorted by strcmp.  After editing it, run
 * scripts/dates_lexicon_slots.py: it sorts the list and rebuilds the hash
 * slots below (the unit tests check both).
 */
const dt_entry dt_lexicon[] = {
/* LEXICON BEGIN */
	E("'ll", DT_TENSE, DT_DIR_FUTURE, 0),
	E("a", DT_DET, 1, 0),
	E("a.m", DT_AMPM, 0, 0),
	E("a.m.", DT_AMPM, 0, 0),
	E("about", DT_APPROX, 0, 0),
	E("after", DT_SHIFT, 1, 0),
	E("afternoon", DT_PART_OF_DAY, DT_POD_AF, 0),
	E("ago", DT_SHIFT, -1, 0),
	E("almost", DT_APPROX, 0, 0),
	E("am", DT_AMPM, 0, 0),
	E("an", DT_DET, 1, 0),
	E("and", DT_PREP, DT_P_AND, 0),
	E("announced", DT_TENSE, DT_DIR_PAST, 0),
	E("annually", DT_SETWORD, DT_U_YEAR, 0),
	E("approximately", DT_APPROX, 0, 0),
	E("apr", DT_MONTH, 4, DT_F_ABBR),
	E("april", DT_MONTH, 4, 0),
	E("are", DT_TENSE, DT_DIR_PRESENT, 0),
	E("arose", DT_TENSE, DT_DIR_PAST, 0),
	E("around", DT_APPROX, 0, 0),
	E("at", DT_PREP, DT_P_AT, 0),
	E("aug", DT_MONTH, 8, DT_F_ABBR),
	E("august", DT_MONTH, 8, DT_F_AMBIGUOUS),
	E("autumn", DT_SEASON, DT_SEASON_FA, 0),
	E("became", DT_TENSE, DT_DIR_PAST, 0),
	E("before", DT_SHIFT, -1, 0),
	E("began", DT_TENSE, DT_DIR_PAST, 0),
	E("beginning", DT_EDGE, DT_EDGE_START, 0),
	E("between", DT_PREP, DT_P_BETWEEN, 0),
	E("bought", DT_TENSE, DT_DIR_PAST, 0),
	E("broke", DT_TENSE, DT_DIR_PAST, 0),
	E("brought", DT_TENSE, DT_DIR_PAST, 0),
	E("bst", DT_ZONE, 60, DT_F_ABBR),
	E("by", DT_PREP, DT_P_BY, 0),
	E("came", DT_TENSE, DT_DIR_PAST, 0),
	E("caught", DT_TENSE, DT_DIR_PAST, 0),
	E("cdt", DT_ZONE, -300, DT_F_ABBR),
	E("centuries", DT_UNIT, DT_U_CENTURY, DT_F_PLURAL),
	E("century", DT_UNIT, DT_U_CENTURY, 0),
	E("cest", DT_ZONE, 120, DT_F_ABBR),
	E("cet", DT_ZONE, 60, DT_F_ABBR),
	E("chose", DT_TENSE, DT_DIR_PAST, 0),
	E("christmas", DT_HOLIDAY, 1225, 0),
	E("close", DT_EDGE, DT_EDGE_END, 0),
	E("coming", DT_RELATIVE, DT_REL_NEXT, 0),
	E("could", DT_TENSE, DT_DIR_FUTURE, 0),
	E("couple", DT_FEW, 0, 0),
	E("cst", DT_ZONE, -360, DT_F_ABBR),
	E("current", DT_REF, DT_REF_PRESENT, 0),
	E("currently", DT_REF, DT_REF_PRESENT, 0),
	E("daily", DT_SETWORD, DT_U_DAY, 0),
	E("day", DT_UNIT, DT_U_DAY, 0),
	E("days", DT_UNIT, DT_U_DAY, DT_F_PLURAL),
	E("dec", DT_MONTH, 12, DT_F_ABBR),
	E("decade", DT_UNIT, DT_U_DECADE, 0),
	E("decades", DT_UNIT, DT_U_DECADE, DT_F_PLURAL),
	E("december", DT_MONTH, 12, 0),
	E("did", DT_TENSE, DT_DIR_PAST, 0),
	E("do", DT_TENSE, DT_DIR_PRESENT, 0),
	E("does", DT_TENSE, DT_DIR_PRESENT, 0),
	E("dozen", DT_NUMWORD, 12, 0),
	E("drove", DT_TENSE, DT_DIR_PAST, 0),
	E("due", DT_TENSE, DT_DIR_FUTURE, 0),
	E("during", DT_PREP, DT_P_DURING, 0),
	E("each", DT_EVERY, 0, 0),
	E("earlier", DT_SHIFT, -1, 0),
	E("early", DT_EDGE, DT_EDGE_EARLY, 0),
	E("edt", DT_ZONE, -240, DT_F_ABBR),
	E("eight", DT_NUMWORD, 8, 0),
	E("eighteen", DT_NUMWORD, 18, 0),
	E("eighteenth", DT_ORDINAL, 18, 0),
	E("eighth", DT_ORDINAL, 8, 0),
	E("eighties", DT_DECADE, 1980, DT_F_PLURAL),
	E("eighty", DT_NUMWORD, 80, 0),
	E("election", DT_HOLIDAY, 1, 0),
	E("eleven", DT_NUMWORD, 11, 0),
	E("eleventh", DT_ORDINAL, 11, 0),
	E("end", DT_EDGE, DT_EDGE_END, 0),
	E("est", DT_ZONE, -300, DT_F_ABBR),
	E("evening", DT_PART_OF_DAY, DT_POD_EV, 0),
	E("every", DT_EVERY, 0, 0),
	E("expected", DT_TENSE, DT_DIR_FUTURE, 0),
	E("expects", DT_TENSE, DT_DIR_FUTURE, 0),
	E("fall", DT_SEASON, DT_SEASON_FA, 0),
	E("feb", DT_MONTH, 2, DT_F_ABBR),
	E("february", DT_MONTH, 2, 0),
	E("fell", DT_TENSE, DT_DIR_PAST, 0),
	E("felt", DT_TENSE, DT_DIR_PAST, 0),
	E("few", DT_FEW, 0, 0),
	E("fifteen", DT_NUMWORD, 15, 0),
	E("fifteenth", DT_ORDINAL, 15, 0),
	E("fifth", DT_ORDINAL, 5, 0),
	E("fifty", DT_NUMWORD, 50, 0),
	E("first", DT_ORDINAL, 1, 0),
	E("fiscal", DT_FISCAL, 0, 0),
	E("five", DT_NUMWORD, 5, 0),
	E("flew", DT_TENSE, DT_DIR_PAST, 0),
	E("following", DT_RELATIVE, DT_REL_NEXT, 0),
	E("for", DT_PREP, DT_P_FOR, 0),
	E("forty", DT_NUMWORD, 40, 0),
	E("fought", DT_TENSE, DT_DIR_PAST, 0),
	E("found", DT_TENSE, DT_DIR_PAST, 0),
	E("four", DT_NUMWORD, 4, 0),
	E("fourteen", DT_NUMWORD, 14, 0),
	E("fourteenth", DT_ORDINAL, 14, 0),
	E("fourth", DT_ORDINAL, 4, 0),
	E("fri", DT_WEEKDAY, 5, DT_F_ABBR | DT_F_AMBIGUOUS),
	E("friday", DT_WEEKDAY, 5, 0),
	E("from", DT_PREP, DT_P_FROM, 0),
	E("future", DT_REF, DT_REF_FUTURE_NOUN, 0),
	E("gave", DT_TENSE, DT_DIR_PAST, 0),
	E("gmt", DT_ZONE, 0, DT_F_ABBR),
	E("going", DT_TENSE, DT_DIR_FUTURE, 0),
	E("got", DT_TENSE, DT_DIR_PAST, 0),
	E("had", DT_TENSE, DT_DIR_PAST, 0),
	E("half", DT_UNIT, DT_U_HALF, 0),
	E("halloween", DT_HOLIDAY, 1031, 0),
	E("has", DT_TENSE, DT_DIR_PRESENT, 0),
	E("have", DT_TENSE, DT_DIR_PRESENT, 0),
	E("heard", DT_TENSE, DT_DIR_PAST, 0),
	E("held", DT_TENSE, DT_DIR_PAST, 0),
	E("hopes", DT_TENSE, DT_DIR_FUTURE, 0),
	E("hour", DT_UNIT, DT_U_HOUR, 0),
	E("hourly", DT_SETWORD, DT_U_HOUR, 0),
	E("hours", DT_UNIT, DT_U_HOUR, DT_F_PLURAL),
	E("hrs", DT_UNIT, DT_U_HOUR, DT_F_PLURAL),
	E("hundred", DT_NUMWORD, 100, 0),
	E("in", DT_PREP, DT_P_IN, 0),
	E("intends", DT_TENSE, DT_DIR_FUTURE, 0),
	E("is", DT_TENSE, DT_DIR_PRESENT, 0),
	E("jan", DT_MONTH, 1, DT_F_ABBR),
	E("january", DT_MONTH, 1, 0),
	E("jul", DT_MONTH, 7, DT_F_ABBR),
	E("july", DT_MONTH, 7, 0),
	E("jun", DT_MONTH, 6, DT_F_ABBR),
	E("june", DT_MONTH, 6, DT_F_AMBIGUOUS),
	E("just", DT_APPROX, 0, 0),
	E("kept", DT_TENSE, DT_DIR_PAST, 0),
	E("killed", DT_TENSE, DT_DIR_PAST, 0),
	E("last", DT_RELATIVE, DT_REL_LAST, 0),
	E("late", DT_EDGE, DT_EDGE_LATE, 0),
	E("lately", DT_REF, DT_REF_PAST, 0),
	E("later", DT_SHIFT, 1, 0),
	E("latest", DT_RELATIVE, DT_REL_LATEST, 0),
	E("least", DT_APPROX, 0, 0),
	E("led", DT_TENSE, DT_DIR_PAST, 0),
	E("left", DT_TENSE, DT_DIR_PAST, 0),
	E("less", DT_APPROX, 0, 0),
	E("likely", DT_TENSE, DT_DIR_FUTURE, 0),
	E("lost", DT_TENSE, DT_DIR_PAST, 0),
	E("made", DT_TENSE, DT_DIR_PAST, 0),
	E("many", DT_FEW, 0, 0),
	E("mar", DT_MONTH, 3, DT_F_ABBR),
	E("march", DT_MONTH, 3, DT_F_AMBIGUOUS),
	E("may", DT_MONTH, 5, DT_F_AMBIGUOUS),
	E("mdt", DT_ZONE, -360, DT_F_ABBR),
	E("meant", DT_TENSE, DT_DIR_PAST, 0),
	E("met", DT_TENSE, DT_DIR_PAST, 0),
	E("mid", DT_EDGE, DT_EDGE_MID, 0),
	E("midday", DT_NOON, 720, 0),
	E("middle", DT_EDGE, DT_EDGE_MID, 0),
	E("midnight", DT_NOON, 1440, 0),
	E("might", DT_TENSE, DT_DIR_FUTURE, 0),
	E("millennia", DT_UNIT, DT_U_MILLENNIUM, DT_F_PLURAL),
	E("millennium", DT_UNIT, DT_U_MILLENNIUM, 0),
	E("mins", DT_UNIT, DT_U_MINUTE, DT_F_PLURAL),
	E("minute", DT_UNIT, DT_U_MINUTE, 0),
	E("minutes", DT_UNIT, DT_U_MINUTE, DT_F_PLURAL),
	E("mon", DT_WEEKDAY, 1, DT_F_ABBR | DT_F_AMBIGUOUS),
	E("monday", DT_WEEKDAY, 1, 0),
	E("month", DT_UNIT, DT_U_MONTH, 0),
	E("monthly", DT_SETWORD, DT_U_MONTH, 0),
	E("months", DT_UNIT, DT_U_MONTH, DT_F_PLURAL),
	E("more", DT_APPROX, 0, 0),
	E("morning", DT_PART_OF_DAY, DT_POD_MO, 0),
	E("mst", DT_ZONE, -420, DT_F_ABBR),
	E("nearly", DT_APPROX, 0, 0),
	E("next", DT_RELATIVE, DT_REL_NEXT, 0),
	E("night", DT_PART_OF_DAY, DT_POD_NI, 0),
	E("nightly", DT_SETWORD, DT_U_DAY, 0),
	E("nine", DT_NUMWORD, 9, 0),
	E("nineteen", DT_NUMWORD, 19, 0),
	E("nineteenth", DT_ORDINAL, 19, 0),
	E("nineties", DT_DECADE, 1990, DT_F_PLURAL),
	E("ninety", DT_NUMWORD, 90, 0),
	E("ninth", DT_ORDINAL, 9, 0),
	E("noon", DT_NOON, 720, 0),
	E("nov", DT_MONTH, 11, DT_F_ABBR),
	E("november", DT_MONTH, 11, 0),
	E("now", DT_REF, DT_REF_PRESENT, 0),
	E("nowadays", DT_REF, DT_REF_PRESENT, 0),
	E("numerous", DT_FEW, 0, 0),
	E("oct", DT_MONTH, 10, DT_F_ABBR),
	E("october", DT_MONTH, 10, 0),
	E("of", DT_PREP, DT_P_OF, 0),
	E("on", DT_PREP, DT_P_ON, 0),
	E("one", DT_NUMWORD, 1, 0),
	E("only", DT_APPROX, 0, 0),
	E("over", DT_APPROX, 0, 0),
	E("overnight", DT_PART_OF_DAY, DT_POD_NI, 0),
	E("p.m", DT_AMPM, 12, 0),
	E("p.m.", DT_AMPM, 12, 0),
	E("paid", DT_TENSE, DT_DIR_PAST, 0),
	E("past", DT_RELATIVE, DT_REL_LAST, 0),
	E("pdt", DT_ZONE, -420, DT_F_ABBR),
	E("per", DT_EVERY, 0, 0),
	E("period", DT_UNIT, DT_U_PERIOD, 0),
	E("pm", DT_AMPM, 12, 0),
	E("previous", DT_RELATIVE, DT_REL_LAST, 0),
	E("prior", DT_RELATIVE, DT_REL_LAST, 0),
	E("pst", DT_ZONE, -480, DT_F_ABBR),
	E("quarter", DT_UNIT, DT_U_QUARTER, 0),
	E("quarterly", DT_SETWORD, DT_U_QUARTER, 0),
	E("quarters", DT_UNIT, DT_U_QUARTER, DT_F_PLURAL),
	E("ran", DT_TENSE, DT_DIR_PAST, 0),
	E("recent", DT_REF, DT_REF_PAST, 0),
	E("recently", DT_REF, DT_REF_PAST, 0),
	E("reported", DT_TENSE, DT_DIR_PAST, 0),
	E("rose", DT_TENSE, DT_DIR_PAST, 0),
	E("roughly", DT_APPROX, 0, 0),
	E("said", DT_TENSE, DT_DIR_PAST, 0),
	E("same", DT_RELATIVE, DT_REL_LATEST, 0),
	E("sat", DT_WEEKDAY, 6, DT_F_ABBR | DT_F_AMBIGUOUS),
	E("saturday", DT_WEEKDAY, 6, 0),
	E("saw", DT_TENSE, DT_DIR_PAST, 0),
	E("say", DT_TENSE, DT_DIR_PRESENT, 0),
	E("says", DT_TENSE, DT_DIR_PRESENT, 0),
	E("scheduled", DT_TENSE, DT_DIR_FUTURE, 0),
	E("second", DT_ORDINAL, 2, 0),
	E("seconds", DT_UNIT, DT_U_SECOND, DT_F_PLURAL),
	E("sent", DT_TENSE, DT_DIR_PAST, 0),
	E("sep", DT_MONTH, 9, DT_F_ABBR),
	E("sept", DT_MONTH, 9, DT_F_ABBR),
	E("september", DT_MONTH, 9, 0),
	E("seven", DT_NUMWORD, 7, 0),
	E("seventeen", DT_NUMWORD, 17, 0),
	E("seventeenth", DT_ORDINAL, 17, 0),
	E("seventh", DT_ORDINAL, 7, 0),
	E("seventies", DT_DECADE, 1970, DT_F_PLURAL),
	E("seventy", DT_NUMWORD, 70, 0),
	E("several", DT_FEW, 0, 0),
	E("shall", DT_TENSE, DT_DIR_FUTURE, 0),
	E("shot", DT_TENSE, DT_DIR_PAST, 0),
	E("should", DT_TENSE, DT_DIR_FUTURE, 0),
	E("since", DT_PREP, DT_P_SINCE, 0),
	E("six", DT_NUMWORD, 6, 0),
	E("sixteen", DT_NUMWORD, 16, 0),
	E("sixteenth", DT_ORDINAL, 16, 0),
	E("sixth", DT_ORDINAL, 6, 0),
	E("sixties", DT_DECADE, 1960, DT_F_PLURAL),
	E("sixty", DT_NUMWORD, 60, 0),
	E("sold", DT_TENSE, DT_DIR_PAST, 0),
	E("some", DT_FEW, 0, 0),
	E("sought", DT_TENSE, DT_DIR_PAST, 0),
	E("spent", DT_TENSE, DT_DIR_PAST, 0),
	E("spoke", DT_TENSE, DT_DIR_PAST, 0),
	E("spring", DT_SEASON, DT_SEASON_SP, 0),
	E("start", DT_EDGE, DT_EDGE_START, 0),
	E("stood", DT_TENSE, DT_DIR_PAST, 0),
	E("struck", DT_TENSE, DT_DIR_PAST, 0),
	E("summer", DT_SEASON, DT_SEASON_SU, 0),
	E("sun", DT_WEEKDAY, 7, DT_F_ABBR | DT_F_AMBIGUOUS),
	E("sunday", DT_WEEKDAY, 7, 0),
	E("ten", DT_NUMWORD, 10, 0),
	E("tenth", DT_ORDINAL, 10, 0),
	E("than", DT_PREP, DT_P_OTHER, 0),
	E("thanksgiving", DT_HOLIDAY, 0, 0),
	E("that", DT_DET, 2, 0),
	E("the", DT_DET, 0, 0),
	E("third", DT_ORDINAL, 3, 0),
	E("thirteen", DT_NUMWORD, 13, 0),
	E("thirteenth", DT_ORDINAL, 13, 0),
	E("thirtieth", DT_ORDINAL, 30, 0),
	E("thirty", DT_NUMWORD, 30, 0),
	E("this", DT_RELATIVE, DT_REL_THIS, 0),
	E("thought", DT_TENSE, DT_DIR_PAST, 0),
	E("thousand", DT_NUMWORD, 1000, 0),
	E("three", DT_NUMWORD, 3, 0),
	E("threw", DT_TENSE, DT_DIR_PAST, 0),
	E("through", DT_PREP, DT_P_THROUGH, 0),
	E("throughout", DT_PREP, DT_P_THROUGH, 0),
	E("thu", DT_WEEKDAY, 4, DT_F_ABBR | DT_F_AMBIGUOUS),
	E("thur", DT_WEEKDAY, 4, DT_F_ABBR | DT_F_AMBIGUOUS),
	E("thurs", DT_WEEKDAY, 4, DT_F_ABBR | DT_F_AMBIGUOUS),
	E("thursday", DT_WEEKDAY, 4, 0),
	E("till", DT_PREP, DT_P_UNTIL, 0),
	E("to", DT_PREP, DT_P_TO, 0),
	E("today", DT_DAYWORD, 0, 0),
	E("told", DT_TENSE, DT_DIR_PAST, 0),
	E("tomorrow", DT_DAYWORD, 1, 0),
	E("tonight", DT_DAYWORD, 2, 0),
	E("took", DT_TENSE, DT_DIR_PAST, 0),
	E("tue", DT_WEEKDAY, 2, DT_F_ABBR | DT_F_AMBIGUOUS),
	E("tues", DT_WEEKDAY, 2, DT_F_ABBR | DT_F_AMBIGUOUS),
	E("tuesday", DT_WEEKDAY, 2, 0),
	E("twelfth", DT_ORDINAL, 12, 0),
	E("twelve", DT_NUMWORD, 12, 0),
	E("twentieth", DT_ORDINAL, 20, 0),
	E("twenty", DT_NUMWORD, 20, 0),
	E("two", DT_NUMWORD, 2, 0),
	E("under", DT_APPROX, 0, 0),
	E("until", DT_PREP, DT_P_UNTIL, 0),
	E("up", DT_APPROX, 0, 0),
	E("upcoming", DT_RELATIVE, DT_REL_NEXT, 0),
	E("utc", DT_ZONE, 0, DT_F_ABBR),
	E("wants", DT_TENSE, DT_DIR_FUTURE, 0),
	E("was", DT_TENSE, DT_DIR_PAST, 0),
	E("wed", DT_WEEKDAY, 3, DT_F_ABBR | DT_F_AMBIGUOUS),
	E("wednesday", DT_WEEKDAY, 3, 0),
	E("week", DT_UNIT, DT_U_WEEK, 0),
	E("weekend", DT_UNIT, DT_U_WEEKEND, 0),
	E("weekends", DT_UNIT, DT_U_WEEKEND, DT_F_PLURAL),
	E("weekly", DT_SETWORD, DT_U_WEEK, 0),
	E("weeks", DT_UNIT, DT_U_WEEK, DT_F_PLURAL),
	E("went", DT_TENSE, DT_DIR_PAST, 0),
	E("were", DT_TENSE, DT_DIR_PAST, 0),
	E("will", DT_TENSE, DT_DIR_FUTURE, 0),
	E("winter", DT_SEASON, DT_SEASON_WI, 0),
	E("within", DT_PREP, DT_P_WITHIN, 0),
	E("won", DT_TENSE, DT_DIR_PAST, 0),
	E("would", DT_TENSE, DT_DIR_FUTURE, 0),
	E("wrote", DT_TENSE, DT_DIR_PAST, 0),
	E("year", DT_UNIT, DT_U_YEAR, 0),
	E("yearly", DT_SETWORD, DT_U_YEAR, 0),
	E("years", DT_UNIT, DT_U_YEAR, DT_F_PLURAL),
	E("yesterday", DT_DAYWORD, -1, 0),
	/* LEXICON END */
};

#define LEXICON_SIZE (sizeof(dt_lexicon) / sizeof(dt_lexicon[0]))

/* Open addressing on the home slots of dt_lexicon_find_readable(). */
const uint16_t dt_lexicon_slots[DT_LEXICON_SLOTS] = {
/* SLOTS BEGIN */
	0, 20, 0, 0, 0, 0, 94, 168, 0, 62, 0, 0, 37, 194, 98, 142,
	201, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 319, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 154, 0, 144, 0, 0, 0, 0, 318, 205,
	216, 8, 0, 42, 0, 0, 0, 0, 286, 0, 266, 92, 292, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 67, 293, 273, 0, 0, 0, 0, 0, 4, 6,
	0, 0, 0, 0, 0, 0, 0, 96, 21, 245, 302, 0, 0, 0, 0, 299,
	0, 0, 0, 0, 0, 71, 209, 0, 0, 0, 251, 306, 58, 222, 238, 141,
	64, 185, 0, 13, 47, 0, 0, 0, 312, 151, 0, 0, 0, 0, 0, 0,
	73, 0, 0, 0, 0, 0, 163, 0, 0, 0, 0, 0, 0, 0, 0, 253,
	0, 0, 0, 259, 188, 0, 0, 0, 0, 0, 0, 0, 0, 102, 0, 0,
	0, 0, 55, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 135, 314, 51,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 63, 0, 146, 0, 0, 0, 69,
	147, 0, 0, 0, 156, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 213, 0, 0, 0, 0, 17, 60, 193, 321, 0, 0, 161, 232, 0, 35,
	133, 0, 0, 0, 0, 0, 181, 0, 0, 0, 41, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 212, 0, 0, 0, 0, 0, 0, 0, 307, 68, 0, 0,
	223, 0, 0, 269, 0, 229, 0, 0, 300, 0, 0, 0, 48, 0, 0, 0,
	167, 0, 106, 90, 182, 233, 0, 0, 0, 250, 0, 0, 15, 22, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 257,
	211, 99, 0, 0, 0, 322, 324, 0, 0, 0, 267, 0, 0, 0, 7, 206,
	0, 0, 0, 0, 0, 231, 0, 217, 0, 0, 0, 0, 138, 0, 0, 0,
	0, 103, 0, 0, 88, 77, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 189, 202, 30, 240, 0, 0, 0, 136, 0, 0, 52, 0, 0,
	0, 0, 0, 0, 0, 0, 152, 0, 0, 0, 0, 0, 0, 104, 0, 0,
	219, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 74, 117, 323, 0, 0, 25, 91, 110, 294, 0, 0, 0, 268, 0,
	0, 0, 158, 0, 27, 0, 0, 0, 0, 0, 0, 280, 0, 0, 290, 5,
	39, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 112, 43, 0, 326,
	0, 196, 0, 24, 0, 176, 243, 0, 0, 72, 0, 0, 0, 0, 0, 0,
	0, 26, 0, 0, 0, 0, 0, 0, 0, 0, 197, 165, 283, 0, 0, 198,
	149, 175, 0, 124, 192, 0, 162, 0, 0, 0, 0, 221, 0, 270, 0, 275,
	276, 0, 0, 0, 171, 0, 0, 0, 0, 0, 0, 0, 0, 0, 79, 0,
	0, 0, 140, 109, 177, 0, 241, 0, 0, 89, 0, 93, 0, 0, 0, 0,
	0, 100, 0, 0, 305, 298, 187, 0, 85, 0, 0, 32, 0, 0, 0, 0,
	0, 234, 0, 0, 87, 150, 0, 0, 0, 0, 0, 50, 9, 0, 0, 0,
	0, 0, 0, 0, 70, 0, 260, 0, 0, 0, 116, 113, 220, 172, 289, 0,
	0, 0, 160, 108, 123, 301, 0, 10, 0, 0, 0, 272, 0, 0, 325, 76,
	0, 0, 303, 83, 0, 0, 0, 0, 200, 119, 0, 0, 0, 153, 0, 0,
	0, 0, 0, 0, 304, 0, 137, 0, 129, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 120, 0, 0, 0, 0, 258, 0, 0, 170, 190, 218, 0, 0, 0,
	203, 261, 226, 263, 0, 0, 0, 0, 0, 0, 0, 0, 296, 75, 0, 0,
	0, 0, 0, 33, 148, 274, 284, 265, 0, 0, 249, 28, 0, 0, 0, 38,
	0, 0, 0, 0, 126, 132, 0, 0, 0, 0, 0, 0, 84, 107, 159, 0,
	214, 0, 0, 0, 0, 18, 225, 0, 0, 0, 0, 207, 285, 311, 53, 0,
	0, 0, 0, 242, 0, 0, 0, 97, 0, 0, 0, 0, 0, 228, 0, 0,
	0, 0, 195, 0, 86, 0, 277, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 169, 0, 0, 0, 0, 0, 0, 0, 128, 262, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 237, 0, 0, 0, 3, 61, 125, 287, 179,
	224, 166, 288, 255, 66, 0, 0, 0, 0, 157, 0, 29, 0, 54, 145, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 215, 0,
	0, 0, 0, 0, 81, 11, 236, 34, 279, 315, 0, 143, 0, 0, 14, 0,
	0, 0, 49, 0, 199, 31, 239, 271, 0, 40, 78, 139, 174, 186, 0, 0,
	0, 45, 130, 0, 183, 0, 0, 297, 180, 101, 316, 0, 0, 0, 0, 0,
	0, 0, 291, 0, 0, 0, 0, 131, 0, 0, 0, 278, 208, 0, 184, 0,
	115, 0, 0, 0, 0, 0, 0, 46, 0, 0, 0, 0, 254, 59, 0, 0,
	1, 80, 282, 247, 95, 0, 0, 0, 114, 0, 0, 0, 0, 65, 0, 0,
	256, 0, 0, 0, 0, 0, 0, 264, 0, 0, 0, 246, 0, 0, 0, 0,
	0, 0, 0, 0, 134, 313, 0, 0, 56, 0, 309, 0, 0, 320, 0, 0,
	0, 0, 317, 0, 0, 0, 0, 0, 0, 0, 0, 44, 0, 155, 105, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 127, 36, 164, 191, 0,
	0, 0, 252, 0, 0, 0, 0, 0, 0, 0, 235, 173, 2, 122, 0, 0,
	0, 0, 0, 227, 0, 0, 0, 0, 0, 0, 0, 210, 57, 244, 0, 0,
	111, 0, 0, 0, 0, 204, 121, 118, 0, 0, 0, 281, 19, 178, 308, 0,
	0, 0, 0, 0, 23, 310, 0, 248, 295, 0, 0, 230, 0, 0, 82, 0,
	/* SLOTS END */
};

/* A mask of the first n bytes of dt_load_bytes() (none when n <= 0, all when n >= 8). */
#define FIRST_BYTES(n) ((n) <= 0 ? UINT64_C(0) : (n) >= 8 ? ~UINT64_C(0) : \
						~(~UINT64_C(0) << ((8 * (n)) & 63)))
#define WORD_MASKS(n) {FIRST_BYTES(n), FIRST_BYTES((n) - 8)}

/* See dates_lexicon_find.h. */
const uint64_t dt_word_masks[DT_KEY_BYTES][2] = {
	WORD_MASKS(0), WORD_MASKS(1), WORD_MASKS(2), WORD_MASKS(3),
	WORD_MASKS(4), WORD_MASKS(5), WORD_MASKS(6), WORD_MASKS(7),
	WORD_MASKS(8), WORD_MASKS(9), WORD_MASKS(10), WORD_MASKS(11),
	WORD_MASKS(12), WORD_MASKS(13), WORD_MASKS(14), WORD_MASKS(15)
};

/* A word copied where DT_KEY_BYTES bytes can be read, zero-padded. */
typedef struct word_copy
{
	char		bytes[DT_KEY_BYTES];
} word_copy;

/* w[0, len) zero-padded (len < DT_KEY_BYTES). */
static inline word_copy
padded_copy(const char *w, size_t len)
{
	word_copy	copy = {{0}};

	memcpy(copy.bytes, w, len);
	return copy;
}

/* dt_lexicon_find_readable() of a word that may have fewer bytes after it. */
static const dt_entry *
lexicon_find(const char *w, size_t len)
{
	word_copy	copy = padded_copy(w, len);

	return dt_lexicon_find_readable(copy.bytes, len);
}

/* See dates_lexicon.h. */
size_t
dt_lexicon_size(void)
{
	return LEXICON_SIZE;
}

/* See dates_lexicon.h: sorted, lengths right, and every word found through its slot. */
int
dt_lexicon_is_sorted(void)
{
	for (size_t i = 0; i < LEXICON_SIZE; i++)
	{
		const dt_entry *e = &dt_lexicon[i];

		if (e->word[DT_WORD_MAX] != '\0' || lexicon_find(e->word, strlen(e->word)) != e ||
			(i > 0 && strcmp(dt_lexicon[i - 1].word, e->word) >= 0))
			return 0;
	}
	return 1;
}

/* See dates_lexicon_find.h; not inline, being rare. */
void
dt_classify_without_period(const char *w, size_t len, dt_unit *u)
{
	const dt_entry *e = dt_lexicon_find_readable(w, len);

	dt_set_class(u, e);
	if (e != NULL)
		u->flags |= DT_F_DOT;
}

/* See dates_lexicon.h. */
void
dt_classify_word(const char *s, size_t len, size_t readable, dt_unit *u)
{
	word_copy	copy;

	if (len >= 4 && (unsigned char) s[0] == 0xE2 && (unsigned char) s[1] == 0x80 &&
		(unsigned char) s[2] == 0x99 && len - 2 <= DT_WORD_MAX)
	{
		/* a right single quote spelled as the lexicon's apostrophe: ’ll */
		copy = padded_copy(s + 2, len - 2);
		copy.bytes[0] = '\'';
		len -= 2;
	}
	else if (readable < DT_KEY_BYTES && len < DT_KEY_BYTES)
		copy = padded_copy(s, len);
	else
	{
		/* 16 bytes to read in place, or a word too long to be read at all */
		dt_classify_readable_word(s, len, u);
		return;
	}
	dt_classify_readable_word(copy.bytes, len, u);
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
	const dt_entry *e;

	if (i >= len || len - i > DT_WORD_MAX || (e = lexicon_find(s + i, len - i)) == NULL ||
		e->cls != DT_AMPM)
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
