/*
 * abbreviations.c: word lists behind hash tables.  The lists are facts
 * about news style (AP and Reuters abbreviations, the words that open
 * sentences, month names in English and German), not code; they are kept
 * sorted for readers, and the unit tests check that (which also rules out
 * a word listed twice).
 */
#include "abbreviations.h"

#include <string.h>

#include "word_index.h"

typedef struct abbrev_entry
{
	const char *word;
	pa_abbrev_class cls;
} abbrev_entry;

/* Sorted by strcmp (ASCII order: upper case before lower case). */
static const abbrev_entry abbreviations[] = {
	{"Adm", PA_ABBR_TITLE}, {"Ala", PA_ABBR_SUFFIX}, {"Apr", PA_ABBR_MONTH},
	{"Ariz", PA_ABBR_SUFFIX}, {"Ark", PA_ABBR_SUFFIX}, {"Art", PA_ABBR_NUMBERING},
	{"Assn", PA_ABBR_SUFFIX}, {"Atty", PA_ABBR_TITLE}, {"Aug", PA_ABBR_MONTH},
	{"Ave", PA_ABBR_SUFFIX}, {"Blvd", PA_ABBR_SUFFIX}, {"Brig", PA_ABBR_TITLE},
	{"Bros", PA_ABBR_SUFFIX}, {"Calif", PA_ABBR_SUFFIX}, {"Capt", PA_ABBR_TITLE},
	{"Cdr", PA_ABBR_TITLE}, {"Cmdr", PA_ABBR_TITLE}, {"Co", PA_ABBR_SUFFIX},
	{"Col", PA_ABBR_TITLE}, {"Colo", PA_ABBR_SUFFIX}, {"Comdr", PA_ABBR_TITLE},
	{"Conn", PA_ABBR_SUFFIX}, {"Corp", PA_ABBR_SUFFIX}, {"Cos", PA_ABBR_SUFFIX},
	{"Cpl", PA_ABBR_TITLE}, {"Dec", PA_ABBR_MONTH}, {"Del", PA_ABBR_SUFFIX},
	{"Dept", PA_ABBR_SUFFIX}, {"Det", PA_ABBR_TITLE}, {"Dr", PA_ABBR_TITLE_STREET},
	{"Drs", PA_ABBR_TITLE}, {"Feb", PA_ABBR_MONTH}, {"Fig", PA_ABBR_NUMBERING},
	{"Figs", PA_ABBR_NUMBERING}, {"Fla", PA_ABBR_SUFFIX}, {"Fr", PA_ABBR_TITLE},
	{"Ft", PA_ABBR_TITLE}, {"Ga", PA_ABBR_SUFFIX}, {"Gen", PA_ABBR_TITLE},
	{"Gens", PA_ABBR_TITLE}, {"Gov", PA_ABBR_TITLE}, {"Govs", PA_ABBR_TITLE},
	{"Hon", PA_ABBR_TITLE}, {"Hwy", PA_ABBR_SUFFIX}, {"Ill", PA_ABBR_SUFFIX},
	{"Inc", PA_ABBR_SUFFIX}, {"Ind", PA_ABBR_SUFFIX}, {"Insp", PA_ABBR_TITLE},
	{"Intl", PA_ABBR_SUFFIX}, {"Jan", PA_ABBR_MONTH}, {"Jr", PA_ABBR_SUFFIX},
	{"Jul", PA_ABBR_MONTH}, {"Jun", PA_ABBR_MONTH}, {"Kan", PA_ABBR_SUFFIX},
	{"Kans", PA_ABBR_SUFFIX}, {"Ky", PA_ABBR_SUFFIX}, {"La", PA_ABBR_SUFFIX},
	{"Lt", PA_ABBR_TITLE}, {"Ltd", PA_ABBR_SUFFIX}, {"Maj", PA_ABBR_TITLE},
	{"Mar", PA_ABBR_MONTH}, {"Mass", PA_ABBR_SUFFIX}, {"Md", PA_ABBR_SUFFIX},
	{"Messrs", PA_ABBR_TITLE}, {"Mich", PA_ABBR_SUFFIX}, {"Minn", PA_ABBR_SUFFIX},
	{"Miss", PA_ABBR_SUFFIX}, {"Mme", PA_ABBR_TITLE}, {"Mo", PA_ABBR_SUFFIX},
	{"Mont", PA_ABBR_SUFFIX}, {"Mr", PA_ABBR_TITLE}, {"Mrs", PA_ABBR_TITLE},
	{"Ms", PA_ABBR_TITLE}, {"Msgr", PA_ABBR_TITLE}, {"Mt", PA_ABBR_TITLE},
	{"Neb", PA_ABBR_SUFFIX}, {"Nev", PA_ABBR_SUFFIX}, {"No", PA_ABBR_NUMBERING},
	{"Nos", PA_ABBR_NUMBERING}, {"Nov", PA_ABBR_MONTH}, {"Nr", PA_ABBR_NUMBERING},
	{"Oct", PA_ABBR_MONTH}, {"Okla", PA_ABBR_SUFFIX}, {"Ore", PA_ABBR_SUFFIX},
	{"Pa", PA_ABBR_SUFFIX}, {"Pfc", PA_ABBR_TITLE}, {"Ph", PA_ABBR_OTHER},
	{"Plc", PA_ABBR_SUFFIX}, {"Pres", PA_ABBR_TITLE}, {"Prof", PA_ABBR_TITLE},
	{"Pvt", PA_ABBR_TITLE}, {"Rd", PA_ABBR_SUFFIX}, {"Rep", PA_ABBR_TITLE},
	{"Reps", PA_ABBR_TITLE}, {"Rev", PA_ABBR_TITLE}, {"Rt", PA_ABBR_TITLE},
	{"Sec", PA_ABBR_NUMBERING}, {"Sen", PA_ABBR_TITLE}, {"Sens", PA_ABBR_TITLE},
	{"Sep", PA_ABBR_MONTH}, {"Sept", PA_ABBR_MONTH}, {"Sgt", PA_ABBR_TITLE},
	{"Spc", PA_ABBR_TITLE}, {"Sr", PA_ABBR_SUFFIX}, {"St", PA_ABBR_TITLE_STREET},
	{"Ste", PA_ABBR_TITLE}, {"Supt", PA_ABBR_TITLE}, {"Tenn", PA_ABBR_SUFFIX},
	{"Tex", PA_ABBR_SUFFIX}, {"Univ", PA_ABBR_SUFFIX}, {"Va", PA_ABBR_SUFFIX},
	{"Vol", PA_ABBR_NUMBERING}, {"Vt", PA_ABBR_SUFFIX}, {"Wash", PA_ABBR_SUFFIX},
	{"Wis", PA_ABBR_SUFFIX}, {"Wyo", PA_ABBR_SUFFIX}, {"al", PA_ABBR_OTHER},
	{"approx", PA_ABBR_OTHER}, {"ca", PA_ABBR_OTHER}, {"cf", PA_ABBR_INFIX},
	{"dept", PA_ABBR_OTHER}, {"e.g", PA_ABBR_INFIX}, {"est", PA_ABBR_OTHER},
	{"etc", PA_ABBR_OTHER}, {"ft", PA_ABBR_OTHER}, {"govt", PA_ABBR_OTHER}, {"hr", PA_ABBR_OTHER},
	{"hrs", PA_ABBR_OTHER}, {"i.e", PA_ABBR_INFIX}, {"lb", PA_ABBR_OTHER}, {"lbs", PA_ABBR_OTHER},
	{"no", PA_ABBR_NUMBERING}, {"nos", PA_ABBR_NUMBERING}, {"oz", PA_ABBR_OTHER},
	{"p", PA_ABBR_NUMBERING}, {"pp", PA_ABBR_NUMBERING}, {"v", PA_ABBR_INFIX},
	{"viz", PA_ABBR_INFIX}, {"vol", PA_ABBR_NUMBERING}, {"vs", PA_ABBR_INFIX},
	{"yr", PA_ABBR_OTHER}, {"yrs", PA_ABBR_OTHER},
};

/* Dotted acronyms that name places and bodies, sorted by strcmp. */
static const char *const known_acronyms[] = {
	"A.B.C", "A.N.C", "B.B.C", "C.B.S", "C.I.A", "D.C", "E.P.A", "E.U", "F.B.I", "F.D.A",
	"I.M.F", "I.R.S", "L.A", "N.A.T.O", "N.B.A", "N.B.C", "N.F.L", "N.J", "N.S.A", "N.Y",
	"N.Z", "P.L.O", "S.E.C", "U.A.E", "U.A.W", "U.K", "U.N", "U.S", "U.S.A", "U.S.S.R",
	"W.H.O",
};

/* Lower-case, sorted: words that start sentences far more often than names. */
static const char *const sentence_starters[] = {
	"a", "about", "according", "across", "after", "against", "all", "almost", "also",
	"although", "amid", "among", "an", "and", "another", "anyone", "are", "around", "as",
	"asked", "at", "authorities", "because", "before", "besides", "both", "but", "by",
	"can", "could", "critics", "despite", "did", "do", "does", "during", "each",
	"earlier", "either", "even", "every", "everyone", "experts", "few", "following",
	"for", "from", "had", "has", "have", "he", "her", "here", "his", "how", "however",
	"i", "if", "in", "instead", "is", "it", "its", "last", "later", "many", "meanwhile",
	"more", "most", "much", "my", "neither", "nevertheless", "nobody", "none", "nor",
	"not", "nothing", "now", "of", "officials", "on", "once", "one", "only", "or",
	"other", "others", "our", "over", "people", "perhaps", "police", "residents",
	"several", "she", "should", "since", "so", "some", "sources", "still", "such", "that",
	"the", "their", "then", "there", "these", "they", "this", "those", "though", "thus",
	"to", "today", "tomorrow", "two", "under", "unlike", "until", "was", "we", "were",
	"what", "when", "where", "whether", "which", "while", "who", "why", "with", "without",
	"would", "yesterday", "yet", "you", "your",
};

/* Lower-case, sorted: words that continue a phrase after U.S., U.N., a.m. */
static const char *const title_words[] = {
	"agency", "agriculture", "air", "ambassador", "army", "attorney", "bank", "border",
	"bureau", "capitol", "census", "central", "chamber", "citizenship", "coast",
	"command", "commerce", "congress", "congressman", "congresswoman", "consulate",
	"court", "customs", "defense", "department", "diplomat", "district", "drug",
	"eastern", "education", "embassy", "energy", "environmental", "envoy", "federal",
	"forces", "general", "geological", "government", "health", "homeland", "house",
	"immigration", "intelligence", "interior", "justice", "labor", "marine", "marines",
	"military", "mountain", "national", "naval", "navy", "olympic", "open", "pacific",
	"patent", "postal", "president", "rep", "representative", "secretary", "security",
	"senate", "senator", "special", "state", "steel", "supreme", "trade",
	"transportation", "treasury", "troops", "veterans", "vice",
};

/* Lower-case, sorted: verbs of saying that follow a quotation's speaker. */
static const char *const reporting_verbs[] = {
	"added", "adds", "admitted", "announced", "answered", "argued", "asked", "asks",
	"claimed", "complained", "confirmed", "cried", "declared", "demanded", "exclaimed",
	"explained", "insisted", "joked", "noted", "posted", "quipped", "recalled",
	"remarked", "replied", "responded", "said", "says", "screamed", "shouted", "stated",
	"tells", "told", "tweeted", "warned", "whispered", "wondered", "wrote", "yelled",
};

/* Lower-case, sorted: month names in English and German (ASCII ones). */
static const char *const month_names[] = {
	"april", "august", "december", "dezember", "februar", "february", "januar", "january",
	"juli", "july", "june", "juni", "mai", "march", "may", "november", "october",
	"oktober", "september",
};

/* Lower-case, sorted: names of the days of the week in English. */
static const char *const weekday_names[] = {
	"friday", "monday", "saturday", "sunday", "thursday", "tuesday", "wednesday",
};

/* Lower-case, sorted: news agencies named in datelines. */
static const char *const news_agencies[] = {
	"abc", "afp", "ani", "ansa", "ap", "bbc", "bernama", "bloomberg", "cbs", "cnbc",
	"cnn", "dpa", "efe", "ians", "kyodo", "nbc", "pti", "reuters", "tass", "upi",
	"xinhua", "yonhap",
};

/* Lower-case, sorted: articles, prepositions and conjunctions. */
static const char *const never_final_words[] = {
	"a", "an", "and", "as", "at", "but", "by", "for", "from", "into", "nor", "of", "onto",
	"or", "than", "the", "to", "via", "with",
};

#define LIST_LENGTH(list) (sizeof(list) / sizeof((list)[0]))

/* Slots of each hash table: a power of two, over twice the longest list. */
#define INDEX_SLOTS 512

/* A list's index and the slots it owns. */
#define LIST_INDEX(name, list, kind) \
	static pa_word_slot name##_slots[INDEX_SLOTS]; \
	static pa_word_index name = kind(list, LIST_LENGTH(list), name##_slots)

LIST_INDEX(abbreviation_index, abbreviations, PA_WORD_INDEX_EXACT);
LIST_INDEX(acronym_index, known_acronyms, PA_WORD_INDEX_EXACT);
LIST_INDEX(sentence_starter_index, sentence_starters, PA_WORD_INDEX);
LIST_INDEX(title_word_index, title_words, PA_WORD_INDEX);
LIST_INDEX(reporting_verb_index, reporting_verbs, PA_WORD_INDEX);
LIST_INDEX(month_name_index, month_names, PA_WORD_INDEX);
LIST_INDEX(weekday_name_index, weekday_names, PA_WORD_INDEX);
LIST_INDEX(news_agency_index, news_agencies, PA_WORD_INDEX);
LIST_INDEX(never_final_index, never_final_words, PA_WORD_INDEX);

/* Whether a word (any ASCII case) is in a lower-case list. */
static int
in_lower_list(pa_word_index *index, const char *word, size_t len)
{
	return pa_word_index_find(index, word, len) >= 0;
}

/* Class of a word in the abbreviation table, exact case. */
static pa_abbrev_class
lookup_exact(const char *word, size_t len)
{
	long		i = pa_word_index_find(&abbreviation_index, word, len);

	return i < 0 ? PA_ABBR_NONE : abbreviations[i].cls;
}

/* See abbreviations.h. */
pa_abbrev_class
pa_abbrev_lookup(const char *word, size_t len)
{
	pa_abbrev_class cls;
	char		capitalised[8];

	if (len == 0 || len > 6)
		return PA_ABBR_NONE;
	cls = lookup_exact(word, len);
	if (cls != PA_ABBR_NONE || len < 2 || !(word[0] >= 'A' && word[0] <= 'Z'))
		return cls;
	/* GEN. in a headline is Gen. */
	capitalised[0] = word[0];
	for (size_t i = 1; i < len; i++)
	{
		if (!(word[i] >= 'A' && word[i] <= 'Z'))
			return PA_ABBR_NONE;
		capitalised[i] = (char) (word[i] + ('a' - 'A'));
	}
	return lookup_exact(capitalised, len);
}

/* See abbreviations.h. */
int
pa_is_known_acronym(const char *word, size_t len)
{
	return pa_word_index_find(&acronym_index, word, len) >= 0;
}

/* See abbreviations.h. */
int
pa_is_sentence_starter(const char *word, size_t len)
{
	return in_lower_list(&sentence_starter_index, word, len);
}

/* See abbreviations.h. */
int
pa_is_title_word(const char *word, size_t len)
{
	return in_lower_list(&title_word_index, word, len);
}

/* See abbreviations.h. */
int
pa_is_reporting_verb(const char *word, size_t len)
{
	return in_lower_list(&reporting_verb_index, word, len);
}

/* See abbreviations.h. */
int
pa_is_news_agency(const char *word, size_t len)
{
	return in_lower_list(&news_agency_index, word, len);
}

/* See abbreviations.h. */
int
pa_is_month_name(const char *word, size_t len)
{
	return in_lower_list(&month_name_index, word, len);
}

/* See abbreviations.h. */
int
pa_is_weekday_name(const char *word, size_t len)
{
	return in_lower_list(&weekday_name_index, word, len);
}

/* See abbreviations.h. */
int
pa_is_never_final(const char *word, size_t len)
{
	return in_lower_list(&never_final_index, word, len);
}

/* The word of entry i of an index's list. */
static const char *
list_word(const pa_word_index *index, size_t i)
{
	return *(const char *const *) ((const char *) index->entries + i * index->stride);
}

/* Whether a list is in strictly increasing strcmp order and its table finds every word where it is. */
static int
index_is_sound(pa_word_index *index)
{
	for (size_t i = 0; i < index->count; i++)
	{
		const char *word = list_word(index, i);

		if (i > 0 && strcmp(list_word(index, i - 1), word) >= 0)
			return 0;
		if (pa_word_index_find(index, word, strlen(word)) != (long) i)
			return 0;
	}
	return 1;
}

/* See abbreviations.h. */
int
pa_abbrev_lists_are_sorted(void)
{
	return index_is_sound(&abbreviation_index) && index_is_sound(&acronym_index) &&
		index_is_sound(&sentence_starter_index) && index_is_sound(&title_word_index) &&
		index_is_sound(&reporting_verb_index) && index_is_sound(&month_name_index) &&
		index_is_sound(&weekday_name_index) && index_is_sound(&news_agency_index) &&
		index_is_sound(&never_final_index);
}
