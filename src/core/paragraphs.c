/*
 * paragraphs.c: paragraph breaks and datelines.
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
 */
#include "paragraphs.h"

/* Lines shorter than this (in characters) read as headlines or list items. */
#define SHORT_LINE_CHARS 50

/* Lines longer than this (in characters) are paragraphs, not wrapped text. */
#define WRAPPED_LINE_MAX_CHARS 100

/* Tokens a dateline may span before its dash. */
#define DATELINE_MAX_TOKENS 16

/* Whether the line that ends with token last is finished: ". ! ? ..." maybe quoted. */
static int
line_ends_finished(const segmenter *sg, size_t last)
{
	while (last > 0 && (sg_is_attached_closer(sg, last) || sg->tokens[last].kind == PA_TOK_EMOJI))
		last--;
	if (sg_is_terminal_token(sg, last) || sg->tokens[last].kind == PA_TOK_DASH)
		return 1;
	return (sg->tokens[last].flags & PA_TF_ABBREV) && !sg_is_initials(sg, last) && !sg_is_title(sg, last);
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
				 !sg_token_is(sg, i, "in") && !sg_token_is(sg, i, "on"))
			return 0;
	}
	return capitalised >= 3;
}

/*
 * Hard-wrapped text has lines broken in mid-sentence: count single line
 * breaks after a line of wrapping length (50 to 100 characters) that is
 * unfinished or continues with a lower-case word.
 */
int
sg_detect_hard_wrap(const segmenter *sg)
{
	size_t		line_start = 0;
	int			continuations = 0;
	int			breaks = 0;

	for (size_t i = 1; i < sg->count; i++)
	{
		const pa_token *t = &sg->tokens[i];

		/* most tokens start no line: pass four at a time */
		if (i + 4 <= sg->count &&
			(t[0].newlines_before | t[1].newlines_before | t[2].newlines_before | t[3].newlines_before) == 0)
		{
			i += 3;
			continue;
		}
		if (t->newlines_before == 0)
			continue;
		if (t->newlines_before == 1)
		{
			uint32_t	chars = line_chars(sg, line_start, i - 1);

			breaks++;
			if (chars >= SHORT_LINE_CHARS && chars <= WRAPPED_LINE_MAX_CHARS &&
				(sg_is_lower_word(sg, i) || !line_ends_finished(sg, i - 1)))
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

/* Whether token i is the last of its line. */
static int
ends_line(const segmenter *sg, size_t i)
{
	return i + 1 >= sg->count || sg->tokens[i + 1].newlines_before > 0;
}

/*
 * A dateline opens a paragraph: a place in capitals (BERLIN, ST. LOUIS),
 * maybe ", Region" or ", March 5", maybe "(Agency)", then a dash, and the
 * text on the same line, or on the next one after a known agency
 * (HAVANA (AP) --).  A place in title case (Washington (CNN) -) needs a
 * known agency.  Returns the index of the dash, or 0 when there is none.
 */
size_t
sg_dateline_dash(const segmenter *sg, size_t first)
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
			return (place_flag == PA_TF_ALL_CAPS || agency) &&
				(dateline_text_follows(sg, i + 1) || (agency && ends_line(sg, i))) ? i : 0;
		if (t->kind == PA_TOK_WORD)
		{
			if (in_parens)
				agency |= pa_is_news_agency(sg->text + t->start, t->end - t->start);
			else if (in_place ? !(t->flags & place_flag) : !(t->flags & PA_TF_CAPITALISED))
				return 0;
			continue;
		}
		in_place = 0;
		if (t->kind == PA_TOK_NUMBER || sg_token_is(sg, i, ","))
			continue;
		if (sg_token_is(sg, i, "("))
			in_parens = 1;
		else if (sg_token_is(sg, i, ")"))
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

	if (sg_is_bullet(sg, i) || sg_is_bullet(sg, line_start) || sg_dateline_dash(sg, i) != 0)
		return 1;
	/* no paragraph ends in "Sen.", "W." or "the" */
	if (sg_is_title(sg, last) || (sg_is_initials(sg, last) && !sg_is_starter(sg, i)) ||
		(sg_is_lower_word(sg, last) &&
		 pa_is_never_final(sg->text + sg->tokens[last].start, sg_word_length(sg, last))))
		return 0;
	if (sg_is_lower_word(sg, i))
		return 0;
	if (sg->hard_wrapped)
		return chars < SHORT_LINE_CHARS / 2 || chars > WRAPPED_LINE_MAX_CHARS || indent_next ||
			line_all_caps(sg, line_start, last);
	return line_ends_finished(sg, last) || next_line_stands_alone(sg, i) ||
		chars < SHORT_LINE_CHARS || chars > WRAPPED_LINE_MAX_CHARS ||
		line_all_caps(sg, line_start, last) || line_is_headline(sg, line_start, last);
}

/* Whether a blank line or a single line break that separates paragraphs comes before token i. */
int
sg_paragraph_breaks_before(const segmenter *sg, size_t line_start, size_t i)
{
	return sg->tokens[i].newlines_before >= 2 || line_break_is_paragraph(sg, line_start, i);
}
