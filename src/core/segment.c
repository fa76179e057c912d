/*
 * segment.c: paragraphs and sentences.
 *
 * Paragraph breaks are decided at line breaks: a blank line always breaks;
 * a single line break breaks when the lines read as separate paragraphs
 * (the line before is finished, short, too long to be wrapped, a headline
 * or all capitals; the next line is a bullet, a dateline or a short line of
 * its own such as a date) unless the
 * next line starts in lower case or the text is hard-wrapped, where
 * only short or overlong lines, bullets, datelines and indented lines
 * break.  A line
 * that ends in a title (Sen.), an initial (W.) or a word such as "the"
 * never breaks.
 *
 * Sentences end at terminal punctuation (with the closing quotes, brackets
 * and emoji stuck to it) unless what follows shows the sentence goes on: a
 * lower-case word, a comma, the speaker of a quoted question ("Why?" Ruiz
 * asked), the particle after a CJK quote, the second half of a scraped
 * number (08. 30, 2. 5).  After an abbreviation they end only when the next
 * word plainly opens a sentence.  A dateline ("BERLIN (Reuters) -") is a
 * sentence of its own, and every paragraph break ends a sentence.
 */
#include "segment.h"

#include <string.h>

#include "abbreviations.h"
#include "utf8.h"

/* Lines shorter than this (in characters) read as headlines or list items. */
#define SHORT_LINE_CHARS 50

/* Lines longer than this (in characters) are paragraphs, not wrapped text. */
#define WRAPPED_LINE_MAX_CHARS 100

/* Tokens a dateline may span before its dash. */
#define DATELINE_MAX_TOKENS 16

/* Capitalised words a quotation's speaker may span: Mayor Ana Ruiz said. */
#define SPEAKER_MAX_WORDS 4

typedef struct segmenter
{
	const char *text;
	const pa_token *tokens;
	size_t		count;
	int			hard_wrapped;
} segmenter;

/* First code point of token i. */
static int32_t
first_char(const segmenter *sg, size_t i)
{
	return pa_token_first_char(sg->text, &sg->tokens[i]);
}

/* Whether token i is exactly the ASCII string s. */
static int
token_is(const segmenter *sg, size_t i, const char *s)
{
	const pa_token *t = &sg->tokens[i];
	size_t		len = strlen(s);

	return t->end - t->start == len && memcmp(sg->text + t->start, s, len) == 0;
}

/* Whether token i starts a new line. */
static int
starts_line(const segmenter *sg, size_t i)
{
	return i == 0 || sg->tokens[i].newlines_before > 0;
}

/* Whether a code point ends sentences in some script: . ! ? 。 ؟ । and the like. */
static int
is_terminal_char(int32_t cp)
{
	switch (cp)
	{
		case '.':
		case '!':
		case '?':
		case 0x037E:			/* ; Greek question mark */
		case 0x3002:			/* 。 ideographic full stop */
		case 0xFF01:			/* ！ */
		case 0xFF1F:			/* ？ */
		case 0xFF0E:			/* ． */
		case 0x061F:			/* ؟ Arabic question mark */
		case 0x06D4:			/* ۔ Arabic full stop */
		case 0x0964:			/* । danda */
		case 0x0965:			/* ॥ double danda */
		case 0x1362:			/* ። Ethiopic full stop */
		case 0x0589:			/* ։ Armenian full stop */
			return 1;
		default:
			return 0;
	}
}

/* Terminal marks that end a sentence whatever follows (no spaces in CJK). */
static int
is_unconditional_terminal(int32_t cp)
{
	return cp != '.' && cp != '!' && cp != '?' && cp != ';' && cp != 0x037E &&
		is_terminal_char(cp);
}

/* Whether a code point is in the Greek or Greek Extended block. */
static int
is_greek_letter(int32_t cp)
{
	return (cp >= 0x0370 && cp <= 0x03FF) || (cp >= 0x1F00 && cp <= 0x1FFF);
}

/* Whether token i is a semicolon used as a Greek question mark. */
static int
is_greek_question(const segmenter *sg, size_t i)
{
	return i > 0 && token_is(sg, i, ";") && !(sg->tokens[i].flags & PA_TF_SPACE_BEFORE) &&
		sg->tokens[i - 1].kind == PA_TOK_WORD && is_greek_letter(first_char(sg, i - 1));
}

/* Whether token i is sentence-final punctuation: . ! ? ... and the like. */
static int
is_terminal_token(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];

	int32_t		cp;

	if (t->kind == PA_TOK_ELLIPSIS)
		return 1;
	if (t->kind != PA_TOK_PUNCT)
		return 0;
	cp = first_char(sg, i);
	return is_terminal_char(cp) || (cp == ';' && is_greek_question(sg, i));
}

/* Whether token i closes something and sticks to the token before it. */
static int
is_attached_closer(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];
	int32_t		cp;

	if (t->flags & PA_TF_SPACE_BEFORE)
		return 0;
	if (t->kind == PA_TOK_QUOTE)
		return t->quote_dir != PA_QUOTE_OPEN;
	cp = first_char(sg, i);
	return t->kind == PA_TOK_PUNCT && (cp == ')' || cp == ']' || cp == '}');
}

/* Whether token i is a word whose first letter is upper case. */
static int
is_capitalised_word(const segmenter *sg, size_t i)
{
	return sg->tokens[i].kind == PA_TOK_WORD && (sg->tokens[i].flags & PA_TF_CAPITALISED);
}

/* Whether token i is a word, address or URL whose first letter is lower case. */
static int
is_lower_word(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];

	return (t->kind == PA_TOK_WORD || t->kind == PA_TOK_URL || t->kind == PA_TOK_EMAIL) &&
		(t->flags & PA_TF_LOWER);
}

/* Whether token i is a quote mark that opens a quotation. */
static int
is_opening_quote(const segmenter *sg, size_t i)
{
	return sg->tokens[i].kind == PA_TOK_QUOTE && sg->tokens[i].quote_dir == PA_QUOTE_OPEN;
}

/* Length in bytes of token i's word without a trailing period. */
static size_t
word_length(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];
	size_t		len = t->end - t->start;

	if (len > 0 && sg->text[t->end - 1] == '.')
		len--;
	return len;
}

/* Whether token i, without its period, is a sentence-opening word. */
static int
is_starter(const segmenter *sg, size_t i)
{
	return pa_is_sentence_starter(sg->text + sg->tokens[i].start, word_length(sg, i));
}

/* Abbreviation class of token i (a word that keeps its period). */
static pa_abbrev_class
abbrev_class(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];

	if (!(t->flags & PA_TF_ABBREV))
		return PA_ABBR_NONE;
	return pa_abbrev_lookup(sg->text + t->start, word_length(sg, i));
}

/*
 * Whether abbreviation token i is a title before a name (Sen., St. Louis)
 * rather than a street after one (Downing St.).
 */
static int
is_title(const segmenter *sg, size_t i)
{
	pa_abbrev_class cls = abbrev_class(sg, i);

	if (cls == PA_ABBR_TITLE_STREET)
		return !(i > 0 && sg->tokens[i].newlines_before == 0 && is_capitalised_word(sg, i - 1));
	return cls == PA_ABBR_TITLE;
}

/*
 * Whether token i is a run of initials: W. or J.R.R. (capitals and periods
 * that are not a known acronym such as U.S.).
 */
static int
is_initials(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];
	size_t		len = t->end - t->start;
	const char *w = sg->text + t->start;

	if (t->flags & PA_TF_INITIAL)
		return 1;
	if (!(t->flags & PA_TF_ABBREV) || len < 4 || len % 2 != 0)
		return 0;
	for (size_t k = 0; k < len; k += 2)
		if (!(w[k] >= 'A' && w[k] <= 'Z') || w[k + 1] != '.')
			return 0;
	return !pa_is_known_acronym(w, len - 1);
}

/* Whether token i is an English weekday name (a.m. Monday). */
static int
is_weekday(const segmenter *sg, size_t i)
{
	static const char *const days[] = {
		"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", NULL
	};

	for (int d = 0; days[d] != NULL; d++)
		if (token_is(sg, i, days[d]))
			return 1;
	return 0;
}

/* Whether token i is a word that starts with an apostrophe: 's, ’s, ’90s. */
static int
is_apostrophe_word(const segmenter *sg, size_t i)
{
	int32_t		cp;

	if (sg->tokens[i].kind != PA_TOK_WORD)
		return 0;
	cp = first_char(sg, i);
	return cp == '\'' || cp == 0x2019;
}

/* Whether word token i starts in lower case and has capitals later: iPhone, eBay, mRNA. */
static int
is_camel_case(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];

	if (t->kind != PA_TOK_WORD)
		return 0;
	for (uint32_t p = t->start + 1; p < t->end; p++)
		if (sg->text[p] >= 'A' && sg->text[p] <= 'Z')
			return 1;
	return 0;
}

/* Whether token i is followed, on the same line, by a comma. */
static int
comma_follows(const segmenter *sg, size_t i)
{
	return i + 1 < sg->count && token_is(sg, i + 1, ",") && sg->tokens[i + 1].newlines_before == 0;
}

/*
 * Whether capitalised word j, after an abbreviation's period, starts a new
 * sentence: a typical sentence opener does; a title word or an all-caps
 * word (U.S. Navy, p.m. EDT) continues; otherwise a word followed by a
 * lower-case word reads as a sentence start (U.S. Prices rose), one followed
 * by another capitalised word, a possessive or "and"/"of" and a capitalised
 * word as a name (U.S. Steel Corp., U.S. Bureau of Prisons).
 */
static int
capitalised_starts_sentence(const segmenter *sg, size_t j)
{
	const pa_token *t = &sg->tokens[j];
	size_t		len = word_length(sg, j);

	if (pa_is_sentence_starter(sg->text + t->start, len))
		return 1;
	if (pa_is_title_word(sg->text + t->start, len) || (t->flags & (PA_TF_ALL_CAPS | PA_TF_ABBREV)) ||
		is_weekday(sg, j))
		return 0;
	if (j + 1 >= sg->count || !is_lower_word(sg, j + 1) || is_apostrophe_word(sg, j + 1) ||
		sg->tokens[j + 1].newlines_before > 0)
		return 0;
	/* U.S. Fish and Wildlife Service, U.S. Bureau of Prisons: one name */
	return !(j + 2 < sg->count && is_capitalised_word(sg, j + 2) &&
			 (token_is(sg, j + 1, "and") || token_is(sg, j + 1, "of") || token_is(sg, j + 1, "for")));
}

/* Whether a sentence ends after abbreviation token i, given next token j. */
static int
abbreviation_ends_sentence(const segmenter *sg, size_t i, size_t j)
{
	pa_abbrev_class cls = abbrev_class(sg, i);

	if (is_title(sg, i) || cls == PA_ABBR_NUMBERING || cls == PA_ABBR_INFIX)
		return 0;
	if (is_opening_quote(sg, j))
		return cls != PA_ABBR_MONTH;
	if (!is_capitalised_word(sg, j))
		return 0;
	/* Downing St. The, but Mount St. Helens: only a plain sentence opener */
	if (is_initials(sg, i) || cls == PA_ABBR_TITLE_STREET)
		return is_starter(sg, j) && !(sg->tokens[j].flags & PA_TF_ABBREV);
	/* "based in Salem, Ore. Nike, its neighbour": a name and a comma open a sentence */
	if (cls == PA_ABBR_SUFFIX && comma_follows(sg, j))
		return 1;
	return capitalised_starts_sentence(sg, j);
}

/* Number of leading ASCII digits of token i, when it is a number token. */
static size_t
leading_digits(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];
	size_t		n = 0;

	if (t->kind != PA_TOK_NUMBER)
		return 0;
	while (t->start + n < t->end && sg->text[t->start + n] >= '0' && sg->text[t->start + n] <= '9')
		n++;
	return n;
}

/*
 * "08. 30", "2. 5 percent": a clock time or a decimal whose colon or point
 * was scraped into a period and a space.  The period sticks to a number of
 * at most two digits and a short number follows (not a year).
 */
static int
is_split_number(const segmenter *sg, size_t period)
{
	const pa_token *before;
	size_t		digits_before,
				digits_after;

	if (period == 0 || period + 1 >= sg->count || (sg->tokens[period].flags & PA_TF_SPACE_BEFORE))
		return 0;
	before = &sg->tokens[period - 1];
	digits_before = leading_digits(sg, period - 1);
	digits_after = leading_digits(sg, period + 1);
	return digits_before > 0 && digits_before <= 2 && digits_before == before->end - before->start &&
		digits_after > 0 && digits_after <= 3;
}

/*
 * "am 3. Oktober": a day number written as an ordinal before a month name.
 * Not after a month name (on March 3. April was...).
 */
static int
is_ordinal_date_period(const segmenter *sg, size_t period)
{
	const pa_token *day;
	size_t		digits;

	if (period < 1 || period + 1 >= sg->count || (sg->tokens[period].flags & PA_TF_SPACE_BEFORE) ||
		!is_capitalised_word(sg, period + 1))
		return 0;
	day = &sg->tokens[period - 1];
	digits = leading_digits(sg, period - 1);
	if (digits == 0 || digits > 2 || digits != day->end - day->start)
		return 0;
	if (period >= 2 && sg->tokens[period - 2].kind == PA_TOK_WORD &&
		pa_is_month_name(sg->text + sg->tokens[period - 2].start, word_length(sg, period - 2)))
		return 0;
	return pa_is_month_name(sg->text + sg->tokens[period + 1].start, word_length(sg, period + 1));
}

/* Whether token i starts a bullet item: "•", "-", "*", "1.", "2)" at line start. */
static int
is_bullet(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];
	int32_t		cp = first_char(sg, i);

	if (i + 1 >= sg->count || sg->tokens[i + 1].newlines_before > 0)
		return 0;
	if (cp == 0x2022 || cp == 0x00B7 || cp == 0x25CF || cp == 0x25AA || cp == 0x2023 ||
		cp == 0x25E6 || cp == 0x2043)
		return 1;
	if ((cp == '-' || cp == '*' || cp == 0x2013 || cp == 0x2014) && t->end - t->start <= 3 &&
		(sg->tokens[i + 1].flags & PA_TF_SPACE_BEFORE))
		return 1;
	if (t->kind == PA_TOK_NUMBER && t->end - t->start <= 2 && i + 2 < sg->count &&
		(token_is(sg, i + 1, ".") || token_is(sg, i + 1, ")")) &&
		(sg->tokens[i + 2].flags & PA_TF_SPACE_BEFORE))
		return 1;
	return 0;
}

/* Whether period token i belongs to a list number at the start of a line (1. The). */
static int
is_list_number_period(const segmenter *sg, size_t i)
{
	return i > 0 && starts_line(sg, i - 1) && sg->tokens[i - 1].kind == PA_TOK_NUMBER &&
		is_bullet(sg, i - 1);
}

/*
 * Whether the words from j on name the speaker of the quotation before
 * them: one to four capitalised words and a verb of saying ("Why?" Ruiz
 * asked).
 */
static int
speaker_follows(const segmenter *sg, size_t j)
{
	for (size_t k = j; k < sg->count && k < j + SPEAKER_MAX_WORDS + 1; k++)
	{
		const pa_token *t = &sg->tokens[k];

		if (t->newlines_before > 0 && k > j)
			return 0;
		if (is_capitalised_word(sg, k))
			continue;
		return k > j && is_lower_word(sg, k) &&
			pa_is_reporting_verb(sg->text + t->start, t->end - t->start);
	}
	return 0;
}

/*
 * Whether a sentence ends after terminal punctuation token i, given the
 * next token j; closed tells whether closing quotes or brackets stand
 * between them.
 */
static int
punctuation_ends_sentence(const segmenter *sg, size_t i, size_t j, int closed)
{
	const pa_token *next = &sg->tokens[j];
	int32_t		cp = sg->tokens[i].kind == PA_TOK_ELLIPSIS ? 0x2026 : first_char(sg, i);

	if (is_unconditional_terminal(cp))
		/* 「…？」と記者が尋ねた: the particle after the quote goes on */
		return !(closed && (next->flags & PA_TF_NOSPACE_SCRIPT) &&
				 !(next->flags & PA_TF_SPACE_BEFORE));
	/* "case. ... We need": the ellipsis decides */
	if ((is_lower_word(sg, j) && !is_camel_case(sg, j)) || next->kind == PA_TOK_ELLIPSIS)
		return 0;
	if (next->kind == PA_TOK_PUNCT)
	{
		int32_t		ncp = first_char(sg, j);

		if (ncp == ',' || ncp == ';' || ncp == ':')
			return 0;
		/* "…?''." : the mark after the quote ends the sentence */
		if (is_terminal_char(ncp) && !(next->flags & PA_TF_SPACE_BEFORE))
			return 0;
	}
	if (cp == '.' && (is_split_number(sg, i) || is_list_number_period(sg, i) ||
					  is_ordinal_date_period(sg, i)))
		return 0;
	if (cp == 0x2026)
	{
		/* "the courage of ... Ukrainians": no sentence ends in "of" */
		if (i > 0 && sg->tokens[i - 1].kind == PA_TOK_WORD &&
			pa_is_never_final(sg->text + sg->tokens[i - 1].start,
							  sg->tokens[i - 1].end - sg->tokens[i - 1].start))
			return 0;
		return is_capitalised_word(sg, j) || is_opening_quote(sg, j);
	}
	if ((cp == '?' || cp == '!') && closed && is_capitalised_word(sg, j) && speaker_follows(sg, j))
		return 0;
	return 1;
}

/*
 * Whether a sentence ends after token i.  On return *end is the token after
 * the sentence's last one: closing quotes, brackets and emoji on the same
 * line stay with the sentence.
 */
static int
sentence_ends_after(const segmenter *sg, size_t i, size_t *end)
{
	const pa_token *t = &sg->tokens[i];
	size_t		j = i + 1;
	int			closed;
	int			terminal;

	*end = j;
	/* most tokens are plain words: decide them without decoding */
	if (t->kind != PA_TOK_PUNCT && t->kind != PA_TOK_ELLIPSIS && !(t->flags & PA_TF_ABBREV))
		return 0;
	terminal = is_terminal_token(sg, i);
	if (!terminal && !(t->flags & PA_TF_ABBREV))
		return 0;
	while (j < sg->count && is_attached_closer(sg, j) && sg->tokens[j].newlines_before == 0)
		j++;
	closed = j > i + 1;
	if (terminal)
		while (j < sg->count && sg->tokens[j].kind == PA_TOK_EMOJI && sg->tokens[j].newlines_before == 0)
			j++;
	*end = j;
	if (j >= sg->count)
		return 0;
	if (terminal)
		return punctuation_ends_sentence(sg, i, j, closed);
	return abbreviation_ends_sentence(sg, i, j);
}

/* Whether the line that ends with token last is finished: ". ! ? ..." maybe quoted. */
static int
line_ends_finished(const segmenter *sg, size_t last)
{
	while (last > 0 && (is_attached_closer(sg, last) || sg->tokens[last].kind == PA_TOK_EMOJI))
		last--;
	if (is_terminal_token(sg, last) || sg->tokens[last].kind == PA_TOK_DASH)
		return 1;
	return (sg->tokens[last].flags & PA_TF_ABBREV) && !is_initials(sg, last) && !is_title(sg, last);
}

/* Characters from the start of the line containing token first to token last's end. */
static uint32_t
line_chars(const segmenter *sg, size_t first, size_t last)
{
	return sg->tokens[last].cend - sg->tokens[first].cstart;
}

/* Whether every word on the line [first, last] is in capitals. */
static int
line_all_caps(const segmenter *sg, size_t first, size_t last)
{
	int			words = 0;

	for (size_t i = first; i <= last; i++)
	{
		const pa_token *t = &sg->tokens[i];

		if (t->kind != PA_TOK_WORD)
			continue;
		if (t->flags & PA_TF_LOWER)
			return 0;
		if (t->flags & PA_TF_ALL_CAPS)
			words++;
	}
	return words >= 2;
}

/*
 * Whether the line [first, last] is a title-case headline: three or more
 * capitalised words, and lower-case words only where headlines keep them
 * (of, to, and, the).
 */
static int
line_is_headline(const segmenter *sg, size_t first, size_t last)
{
	int			capitalised = 0;

	for (size_t i = first; i <= last; i++)
	{
		const pa_token *t = &sg->tokens[i];

		if (t->kind != PA_TOK_WORD)
			continue;
		if (t->flags & PA_TF_CAPITALISED)
			capitalised++;
		else if (!pa_is_never_final(sg->text + t->start, t->end - t->start) &&
				 !token_is(sg, i, "in") && !token_is(sg, i, "on"))
			return 0;
	}
	return capitalised >= 3;
}

/*
 * Hard-wrapped text has lines broken in mid-sentence: count single line
 * breaks after a line of wrapping length (50 to 100 characters) that is
 * unfinished or continues with a lower-case word.
 */
static int
detect_hard_wrap(const segmenter *sg)
{
	size_t		line_start = 0;
	int			continuations = 0;
	int			breaks = 0;

	for (size_t i = 1; i < sg->count; i++)
	{
		if (sg->tokens[i].newlines_before == 0)
			continue;
		if (sg->tokens[i].newlines_before == 1)
		{
			uint32_t	chars = line_chars(sg, line_start, i - 1);

			breaks++;
			if (chars >= SHORT_LINE_CHARS && chars <= WRAPPED_LINE_MAX_CHARS &&
				(is_lower_word(sg, i) || !line_ends_finished(sg, i - 1)))
				continuations++;
		}
		line_start = i;
	}
	return breaks >= 3 && continuations * 2 >= breaks;
}

/*
 * Whether the text after a dateline's dash at token i continues the line
 * as prose: "SOCCER - AUSTRIA BEAT SCOTLAND" is a headline, not a dateline.
 */
static int
dateline_text_follows(const segmenter *sg, size_t i)
{
	if (i >= sg->count || sg->tokens[i].newlines_before > 0)
		return 0;
	return !(i + 1 < sg->count && sg->tokens[i + 1].newlines_before == 0 &&
			 (sg->tokens[i].flags & PA_TF_ALL_CAPS) && (sg->tokens[i + 1].flags & PA_TF_ALL_CAPS));
}

/*
 * A dateline opens a paragraph: a place in capitals (BERLIN, ST. LOUIS),
 * maybe ", Region" or ", March 5", maybe "(Agency)", then a dash.  A place
 * in title case (Washington (CNN) -) needs a known agency.  Returns the
 * index of the dash, or 0 when there is none.
 */
static size_t
dateline_dash(const segmenter *sg, size_t first)
{
	unsigned	place_flag = sg->tokens[first].flags & PA_TF_ALL_CAPS ? PA_TF_ALL_CAPS : PA_TF_CAPITALISED;
	int			in_place = 1;	/* still in the words of the place name */
	int			in_parens = 0;
	int			agency = 0;

	if (sg->tokens[first].kind != PA_TOK_WORD || !(sg->tokens[first].flags & place_flag))
		return 0;
	for (size_t i = first + 1; i < sg->count && i < first + DATELINE_MAX_TOKENS; i++)
	{
		const pa_token *t = &sg->tokens[i];

		if (t->newlines_before > 0)
			return 0;
		if (t->kind == PA_TOK_DASH)
			return (place_flag == PA_TF_ALL_CAPS || agency) && dateline_text_follows(sg, i + 1) ? i : 0;
		if (t->kind == PA_TOK_WORD)
		{
			if (in_parens)
				agency |= pa_is_news_agency(sg->text + t->start, t->end - t->start);
			else if (in_place ? !(t->flags & place_flag) : !(t->flags & PA_TF_CAPITALISED))
				return 0;
			continue;
		}
		in_place = 0;
		if (t->kind == PA_TOK_NUMBER || token_is(sg, i, ","))
			continue;
		if (token_is(sg, i, "("))
			in_parens = 1;
		else if (token_is(sg, i, ")"))
			in_parens = 0;
		else
			return 0;
	}
	return 0;
}

/*
 * Whether the line that starts at token i stands alone: short, unfinished
 * and followed by another line break (a date line, a byline, a caption).
 */
static int
next_line_stands_alone(const segmenter *sg, size_t i)
{
	size_t		last = i;

	while (last + 1 < sg->count && sg->tokens[last + 1].newlines_before == 0)
		last++;
	return line_chars(sg, i, last) < SHORT_LINE_CHARS && !line_ends_finished(sg, last);
}

/* Whether the single line break before token i separates paragraphs. */
static int
line_break_is_paragraph(const segmenter *sg, size_t line_start, size_t i)
{
	size_t		last = i - 1;
	uint32_t	chars = line_chars(sg, line_start, last);
	int			indent_next = sg->text[sg->tokens[i].start - 1] != '\n' &&
		sg->text[sg->tokens[i].start - 1] != '\r';

	if (is_bullet(sg, i) || is_bullet(sg, line_start) || dateline_dash(sg, i) != 0)
		return 1;
	/* no paragraph ends in "Sen.", "W." or "the" */
	if (is_title(sg, last) || (is_initials(sg, last) && !is_starter(sg, i)) ||
		(is_lower_word(sg, last) &&
		 pa_is_never_final(sg->text + sg->tokens[last].start, word_length(sg, last))))
		return 0;
	if (is_lower_word(sg, i))
		return 0;
	if (sg->hard_wrapped)
		return chars < SHORT_LINE_CHARS / 2 || chars > WRAPPED_LINE_MAX_CHARS || indent_next ||
			line_all_caps(sg, line_start, last);
	return line_ends_finished(sg, last) || next_line_stands_alone(sg, i) || chars < SHORT_LINE_CHARS || chars > WRAPPED_LINE_MAX_CHARS ||
		line_all_caps(sg, line_start, last) || line_is_headline(sg, line_start, last);
}

/* Growable arrays of sentences and paragraphs in the arena. */
typedef struct segment_buffer
{
	pa_arena   *arena;
	pa_sentence *sentences;
	size_t		sentence_count;
	size_t		sentence_capacity;
	pa_paragraph *paragraphs;
	size_t		paragraph_count;
	size_t		paragraph_capacity;
} segment_buffer;

/* Doubles an arena array of elem bytes; returns 0 on no memory. */
static int
grow(pa_arena *arena, void **array, size_t *capacity, size_t count, size_t elem)
{
	size_t		want = *capacity * 2 + 16;
	void	   *grown = pa_arena_alloc_array(arena, want, elem);

	if (grown == NULL)
		return 0;
	if (count > 0)
		memcpy(grown, *array, count * elem);
	*array = grown;
	*capacity = want;
	return 1;
}

/* Records sentence [first, end) in the current paragraph; 0 on no memory. */
static int
add_sentence(segment_buffer *buf, size_t first, size_t end)
{
	pa_sentence *s;

	if (end <= first)
		return 1;
	if (buf->sentence_count == buf->sentence_capacity &&
		!grow(buf->arena, (void **) &buf->sentences, &buf->sentence_capacity,
			  buf->sentence_count, sizeof(pa_sentence)))
		return 0;
	s = &buf->sentences[buf->sentence_count++];
	s->first_token = (uint32_t) first;
	s->token_count = (uint32_t) (end - first);
	s->paragraph = (uint32_t) (buf->paragraph_count - 1);
	return 1;
}

/* Starts a new paragraph at the next sentence; 0 on no memory. */
static int
add_paragraph(segment_buffer *buf)
{
	pa_paragraph *p;

	if (buf->paragraph_count == buf->paragraph_capacity &&
		!grow(buf->arena, (void **) &buf->paragraphs, &buf->paragraph_capacity,
			  buf->paragraph_count, sizeof(pa_paragraph)))
		return 0;
	p = &buf->paragraphs[buf->paragraph_count++];
	p->first_sentence = (uint32_t) buf->sentence_count;
	p->sentence_count = 0;
	return 1;
}

/* Fills in each paragraph's sentence count once all sentences are known. */
static void
count_paragraph_sentences(segment_buffer *buf)
{
	for (size_t p = 0; p < buf->paragraph_count; p++)
	{
		size_t		next = p + 1 < buf->paragraph_count ?
			buf->paragraphs[p + 1].first_sentence : buf->sentence_count;

		buf->paragraphs[p].sentence_count = (uint32_t) (next - buf->paragraphs[p].first_sentence);
	}
}

/* See segment.h. */
pa_status
pa_segment(const char *text, const pa_token_list *tokens, pa_arena *arena,
		   const pa_progress *progress, pa_segmentation *out)
{
	segmenter	sg = {text, tokens->tokens, tokens->count, 0};
	segment_buffer buf;
	size_t		sentence_start = 0;
	size_t		line_start = 0;
	size_t		dateline_end;

	memset(out, 0, sizeof(*out));
	memset(&buf, 0, sizeof(buf));
	buf.arena = arena;
	if (sg.count == 0)
		return PA_OK;
	sg.hard_wrapped = detect_hard_wrap(&sg);

	if (!add_paragraph(&buf))
		return PA_ERR_NOMEM;
	dateline_end = dateline_dash(&sg, 0);

	for (size_t i = 0; i < sg.count; i++)
	{
		size_t		end;

		if (i > 0 && sg.tokens[i].newlines_before > 0)
		{
			int			paragraph_break = sg.tokens[i].newlines_before >= 2 ||
				line_break_is_paragraph(&sg, line_start, i);

			line_start = i;
			if (paragraph_break)
			{
				if (!add_sentence(&buf, sentence_start, i))
					return PA_ERR_NOMEM;
				sentence_start = i;
				if (!add_paragraph(&buf))
					return PA_ERR_NOMEM;
				dateline_end = dateline_dash(&sg, i);
			}
		}

		if (dateline_end != 0 && i <= dateline_end)
		{
			if (i == dateline_end)
			{
				if (!add_sentence(&buf, sentence_start, i + 1))
					return PA_ERR_NOMEM;
				sentence_start = i + 1;
				dateline_end = 0;
			}
		}
		else if (sentence_ends_after(&sg, i, &end))
		{
			if (!add_sentence(&buf, sentence_start, end))
				return PA_ERR_NOMEM;
			sentence_start = end;
			i = end - 1;
		}

		if (progress != NULL && progress->tick != NULL && (i & 0xFFFF) == 0 && i > 0 &&
			progress->tick(progress->ctx))
			return PA_CANCELLED;
	}
	if (!add_sentence(&buf, sentence_start, sg.count))
		return PA_ERR_NOMEM;
	count_paragraph_sentences(&buf);
	out->sentences = buf.sentences;
	out->sentence_count = buf.sentence_count;
	out->paragraphs = buf.paragraphs;
	out->paragraph_count = buf.paragraph_count;
	return PA_OK;
}
