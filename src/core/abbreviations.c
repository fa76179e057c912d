/*
 * abbreviations.c: sorted word lists with binary search.  The lists are
 * facts about English news style (AP and Reuters abbreviations), not code.
 */
#include "abbreviations.h"

#include <string.h>

typedef struct abbrev_entry
{
	const char *word;
	pa_abbrev_class cls;
} abbrev_entry;

/* Sorted by strcmp (ASCII order: upper case before lower case). */
static const abbrev_entry abbreviations[] = {
	{"Adm", PA_ABBR_TITLE}, {"Ala", PA_ABBR_SUFFIX}, {"Apr", PA_ABBR_MONTH},
	{"Ariz", PA_ABBR_SUFFIX}, {"Ark", PA_ABBR_SUFFIX}, {"Assn", PA_ABBR_SUFFIX},
	{"Aug", PA_ABBR_MONTH}, {"Ave", PA_ABBR_SUFFIX}, {"Blvd", PA_ABBR_SUFFIX},
	{"Brig", PA_ABBR_TITLE}, {"Bros", PA_ABBR_SUFFIX}, {"Calif", PA_ABBR_SUFFIX},
	{"Capt", PA_ABBR_TITLE}, {"Cmdr", PA_ABBR_TITLE}, {"Co", PA_ABBR_SUFFIX},
	{"Col", PA_ABBR_TITLE}, {"Colo", PA_ABBR_SUFFIX}, {"Conn", PA_ABBR_SUFFIX},
	{"Corp", PA_ABBR_SUFFIX}, {"Cpl", PA_ABBR_TITLE}, {"Dec", PA_ABBR_MONTH},
	{"Del", PA_ABBR_SUFFIX}, {"Dept", PA_ABBR_SUFFIX}, {"Det", PA_ABBR_TITLE},
	{"Dr", PA_ABBR_TITLE}, {"Drs", PA_ABBR_TITLE}, {"Feb", PA_ABBR_MONTH},
	{"Fig", PA_ABBR_NUMBERING}, {"Fla", PA_ABBR_SUFFIX}, {"Fr", PA_ABBR_TITLE},
	{"Ft", PA_ABBR_TITLE}, {"Ga", PA_ABBR_SUFFIX}, {"Gen", PA_ABBR_TITLE},
	{"Gov", PA_ABBR_TITLE}, {"Hon", PA_ABBR_TITLE}, {"Ill", PA_ABBR_SUFFIX},
	{"Inc", PA_ABBR_SUFFIX}, {"Ind", PA_ABBR_SUFFIX}, {"Insp", PA_ABBR_TITLE},
	{"Jan", PA_ABBR_MONTH}, {"Jr", PA_ABBR_SUFFIX}, {"Jul", PA_ABBR_MONTH},
	{"Jun", PA_ABBR_MONTH}, {"Kan", PA_ABBR_SUFFIX}, {"Ky", PA_ABBR_SUFFIX},
	{"La", PA_ABBR_SUFFIX}, {"Lt", PA_ABBR_TITLE}, {"Ltd", PA_ABBR_SUFFIX},
	{"Maj", PA_ABBR_TITLE}, {"Mar", PA_ABBR_MONTH}, {"Mass", PA_ABBR_SUFFIX},
	{"Md", PA_ABBR_SUFFIX}, {"Messrs", PA_ABBR_TITLE}, {"Mich", PA_ABBR_SUFFIX},
	{"Minn", PA_ABBR_SUFFIX}, {"Miss", PA_ABBR_SUFFIX}, {"Mo", PA_ABBR_SUFFIX},
	{"Mont", PA_ABBR_SUFFIX}, {"Mr", PA_ABBR_TITLE}, {"Mrs", PA_ABBR_TITLE},
	{"Ms", PA_ABBR_TITLE}, {"Msgr", PA_ABBR_TITLE}, {"Mt", PA_ABBR_TITLE},
	{"Neb", PA_ABBR_SUFFIX}, {"Nev", PA_ABBR_SUFFIX}, {"No", PA_ABBR_NUMBERING},
	{"Nos", PA_ABBR_NUMBERING}, {"Nov", PA_ABBR_MONTH}, {"Oct", PA_ABBR_MONTH},
	{"Okla", PA_ABBR_SUFFIX}, {"Ore", PA_ABBR_SUFFIX}, {"Pa", PA_ABBR_SUFFIX},
	{"Ph", PA_ABBR_OTHER}, {"Plc", PA_ABBR_SUFFIX}, {"Pres", PA_ABBR_TITLE},
	{"Prof", PA_ABBR_TITLE}, {"Pvt", PA_ABBR_TITLE}, {"Rep", PA_ABBR_TITLE},
	{"Reps", PA_ABBR_TITLE}, {"Rev", PA_ABBR_TITLE}, {"Sen", PA_ABBR_TITLE},
	{"Sens", PA_ABBR_TITLE}, {"Sep", PA_ABBR_MONTH}, {"Sept", PA_ABBR_MONTH},
	{"Sgt", PA_ABBR_TITLE}, {"Sr", PA_ABBR_SUFFIX}, {"St", PA_ABBR_TITLE},
	{"Ste", PA_ABBR_TITLE}, {"Supt", PA_ABBR_TITLE}, {"Tenn", PA_ABBR_SUFFIX},
	{"Tex", PA_ABBR_SUFFIX}, {"Va", PA_ABBR_SUFFIX}, {"Vol", PA_ABBR_NUMBERING},
	{"Vt", PA_ABBR_SUFFIX}, {"Wis", PA_ABBR_SUFFIX}, {"Wyo", PA_ABBR_SUFFIX},
	{"approx", PA_ABBR_OTHER}, {"ca", PA_ABBR_OTHER}, {"cf", PA_ABBR_OTHER},
	{"dept", PA_ABBR_OTHER}, {"est", PA_ABBR_OTHER}, {"etc", PA_ABBR_OTHER},
	{"ft", PA_ABBR_OTHER}, {"govt", PA_ABBR_OTHER}, {"lb", PA_ABBR_OTHER},
	{"mph", PA_ABBR_OTHER}, {"no", PA_ABBR_NUMBERING}, {"nos", PA_ABBR_NUMBERING},
	{"oz", PA_ABBR_OTHER}, {"pp", PA_ABBR_NUMBERING}, {"vol", PA_ABBR_NUMBERING},
	{"vs", PA_ABBR_OTHER},
};

/* Lower-case, sorted: words that start sentences far more often than names. */
static const char *const sentence_starters[] = {
	"a", "after", "all", "also", "although", "an", "and", "another", "anyone",
	"as", "at", "authorities", "because", "before", "both", "but", "by",
	"critics", "despite", "during", "each", "earlier", "either", "even",
	"every", "experts", "for", "from", "he", "her", "here", "his", "how",
	"however", "i", "if", "in", "instead", "it", "its", "last", "later",
	"many", "meanwhile", "more", "most", "much", "my", "neither", "no", "nor",
	"not", "now", "of", "officials", "on", "once", "one", "only", "or",
	"other", "our", "over", "people", "police", "residents", "several", "she",
	"since", "so", "some", "still", "such", "that", "the", "their", "then",
	"there", "these", "they", "this", "those", "though", "thus", "to", "two",
	"under", "unlike", "until", "we", "what", "when", "where", "whether",
	"which", "while", "who", "why", "with", "without", "yet", "you", "your",
};

/* Lower-case, sorted: words that continue a phrase after U.S., U.N., U.K. */
static const char *const title_words[] = {
	"agency", "air", "ambassador", "army", "attorney", "bank", "border",
	"capitol", "central", "coast", "command", "commerce", "congress",
	"congressman", "congresswoman", "consulate", "court", "customs",
	"defense", "department", "diplomat", "district", "embassy", "energy",
	"envoy", "federal", "forces", "general", "government", "house", "justice",
	"marine", "marines", "military", "navy", "open", "postal", "president",
	"rep", "representative", "secretary", "security", "senate", "senator",
	"special", "state", "steel", "supreme", "treasury", "troops", "vice",
};

/* Compares a length-delimited word with a NUL-terminated one, strcmp order. */
static int
compare_word(const char *word, size_t len, const char *entry)
{
	int			c = strncmp(word, entry, len);

	if (c != 0)
		return c;
	return entry[len] == '\0' ? 0 : -1;
}

/* Lower-cases an ASCII word into buf; 0 when it is too long or not ASCII. */
static int
ascii_lower(const char *word, size_t len, char *buf, size_t bufsize)
{
	if (len == 0 || len >= bufsize)
		return 0;
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) word[i];

		if (c >= 0x80)
			return 0;
		buf[i] = (char) ((c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c);
	}
	buf[len] = '\0';
	return 1;
}

/* Binary search of a sorted list of lower-case words. */
static int
in_sorted_list(const char *const *list, size_t count, const char *word, size_t len)
{
	char		lower[32];
	size_t		lo = 0,
				hi = count;

	if (!ascii_lower(word, len, lower, sizeof(lower)))
		return 0;
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		int			c = compare_word(lower, len, list[mid]);

		if (c == 0)
			return 1;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* Looks a word up in the abbreviation table. */
pa_abbrev_class
pa_abbrev_lookup(const char *word, size_t len)
{
	size_t		lo = 0,
				hi = sizeof(abbreviations) / sizeof(abbreviations[0]);

	if (len == 0 || len > 8)
		return PA_ABBR_NONE;
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		int			c = compare_word(word, len, abbreviations[mid].word);

		if (c == 0)
			return abbreviations[mid].cls;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return PA_ABBR_NONE;
}

/* See abbreviations.h. */
int
pa_is_sentence_starter(const char *word, size_t len)
{
	return in_sorted_list(sentence_starters,
						  sizeof(sentence_starters) / sizeof(sentence_starters[0]),
						  word, len);
}

/* See abbreviations.h. */
int
pa_is_title_word(const char *word, size_t len)
{
	return in_sorted_list(title_words, sizeof(title_words) / sizeof(title_words[0]),
						  word, len);
}
