/*
 * segment.c: paragraphs and sentences.
 *
 * Paragraph breaks are decided first, at line breaks: a blank line always
 * breaks; a single line break breaks when the lines read as separate
 * paragraphs (the line before is finished, short, or all capitals, or the
 * next line is a bullet) unless the text is hard-wrapped, where only short
 * lines, bullets and indented lines break.
 *
 * Sentences then end at terminal punctuation (with any closing quotes and
 * brackets stuck to it), at periods that end abbreviations when the next
 * word plainly starts a sentence, after a dateline's dash, and at every
 * paragraph break.
 */
#include "segment.h"

#include <string.h>

#include "abbreviations.h"
#include "utf8.h"

/* Lines shorter than this (in characters) read as headlines or list items. */
#define SHORT_LINE_CHARS 50

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

static int
is_terminal_char(int32_t cp)
{
	switch (cp)
	{
		case '.':
		case '!':
		case '?':
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
	return cp != '.' && cp != '!' && cp != '?' && is_terminal_char(cp);
}

/* Whether token i is sentence-final punctuation: . ! ? ... and the like. */
static int
is_terminal_token(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];

	if (t->kind == PA_TOK_ELLIPSIS)
		return 1;
	return t->kind == PA_TOK_PUNCT && is_terminal_char(first_char(sg, i));
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

static int
is_lower_word(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];

	return (t->kind == PA_TOK_WORD || t->kind == PA_TOK_URL || t->kind == PA_TOK_EMAIL) &&
		(t->flags & PA_TF_LOWER);
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

/*
 * Whether capitalised word j, after an abbreviation's period, starts a new
 * sentence: a typical sentence opener does; a title word or an all-caps
 * word (U.S. Navy, p.m. EDT) continues; otherwise a word followed by a
 * lower-case word reads as a sentence start (U.S. Prices rose), one followed
 * by another capitalised word as a name (U.S. Steel Corp.).
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
	return j + 1 < sg->count && is_lower_word(sg, j + 1) &&
		sg->tokens[j + 1].newlines_before == 0;
}

/* Numeric value of an all-digit token of at most 4 digits; -1 otherwise. */
static int
small_number(const segmenter *sg, size_t i, size_t *digits)
{
	const pa_token *t = &sg->tokens[i];
	int			value = 0;

	*digits = t->end - t->start;
	if (t->kind != PA_TOK_NUMBER || *digits > 4)
		return -1;
	for (uint32_t p = t->start; p < t->end; p++)
	{
		char		c = sg->text[p];

		if (c < '0' || c > '9')
			return -1;
		value = value * 10 + (c - '0');
	}
	return value;
}

/* "08. 30": a clock time whose colon was scraped into a period and space. */
static int
is_split_clock_time(const segmenter *sg, size_t period)
{
	size_t		hour_digits,
				minute_digits;
	int			hour,
				minute;

	if (period == 0 || period + 1 >= sg->count)
		return 0;
	hour = small_number(sg, period - 1, &hour_digits);
	minute = small_number(sg, period + 1, &minute_digits);
	return hour >= 0 && hour <= 24 && hour_digits <= 2 && minute >= 0 && minute <= 59 &&
		minute_digits == 2 && !(sg->tokens[period].flags & PA_TF_SPACE_BEFORE);
}

/* Whether a sentence ends after an abbreviation token i, given next token j. */
static int
abbreviation_ends_sentence(const segmenter *sg, size_t i, size_t j)
{
	const pa_token *t = &sg->tokens[i];
	const pa_token *next = &sg->tokens[j];
	pa_abbrev_class cls = pa_abbrev_lookup(sg->text + t->start, t->end - t->start - 1);

	if (cls == PA_ABBR_TITLE || cls == PA_ABBR_NUMBERING)
		return 0;
	if (next->kind == PA_TOK_QUOTE && next->quote_dir == PA_QUOTE_OPEN)
		return cls != PA_ABBR_MONTH;
	if (!is_capitalised_word(sg, j))
		return 0;
	if (t->flags & PA_TF_INITIAL)
		return pa_is_sentence_starter(sg->text + next->start, word_length(sg, j));
	return capitalised_starts_sentence(sg, j);
}

/* Whether a sentence ends after terminal punctuation token i, next token j. */
static int
punctuation_ends_sentence(const segmenter *sg, size_t i, size_t j)
{
	const pa_token *next = &sg->tokens[j];
	int32_t		cp = sg->tokens[i].kind == PA_TOK_ELLIPSIS ? 0x2026 : first_char(sg, i);

	if (is_unconditional_terminal(cp))
		return 1;
	if (is_lower_word(sg, j))
		return 0;
	if (next->kind == PA_TOK_PUNCT)
	{
		int32_t		ncp = first_char(sg, j);

		if (ncp == ',' || ncp == ';' || ncp == ':')
			return 0;
	}
	if (cp == '.' && is_split_clock_time(sg, i))
		return 0;
	if (cp == 0x2026 && !is_capitalised_word(sg, j) &&
		!(next->kind == PA_TOK_QUOTE && next->quote_dir == PA_QUOTE_OPEN))
		return 0;
	return 1;
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

/* Whether the line that ends with token last is finished: ". ! ? ..." maybe quoted. */
static int
line_ends_finished(const segmenter *sg, size_t last)
{
	while (last > 0 && is_attached_closer(sg, last))
		last--;
	return is_terminal_token(sg, last) || sg->tokens[last].kind == PA_TOK_DASH ||
		((sg->tokens[last].flags & PA_TF_ABBREV) && !(sg->tokens[last].flags & PA_TF_INITIAL) &&
		 pa_abbrev_lookup(sg->text + sg->tokens[last].start,
						  sg->tokens[last].end - sg->tokens[last].start - 1) != PA_ABBR_TITLE);
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
 * Hard-wrapped text has lines broken in mid-sentence: count single line
 * breaks after a long line that continue with a lower-case word.
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
			breaks++;
			if (line_chars(sg, line_start, i - 1) >= SHORT_LINE_CHARS &&
				(is_lower_word(sg, i) || !line_ends_finished(sg, i - 1)))
				continuations++;
		}
		line_start = i;
	}
	return breaks >= 3 && continuations * 2 >= breaks;
}

/* Whether the single line break before token i separates paragraphs. */
static int
line_break_is_paragraph(const segmenter *sg, size_t line_start, size_t i)
{
	size_t		last = i - 1;
	uint32_t	chars = line_chars(sg, line_start, last);
	int			indent_next = sg->text[sg->tokens[i].start - 1] != '\n' &&
		sg->text[sg->tokens[i].start - 1] != '\r';

	if (is_bullet(sg, i) || is_bullet(sg, line_start))
		return 1;
	if (is_lower_word(sg, i))
		return 0;
	if (sg->hard_wrapped)
		return chars < SHORT_LINE_CHARS / 2 || indent_next || line_all_caps(sg, line_start, last);
	return line_ends_finished(sg, last) || chars < SHORT_LINE_CHARS ||
		line_all_caps(sg, line_start, last);
}

/*
 * A dateline opens a paragraph: capitals, maybe ", Region", maybe
 * "(Agency)", then a dash.  Returns the index of the dash, or 0 when there
 * is none.
 */
static size_t
dateline_dash(const segmenter *sg, size_t first)
{
	if (!(sg->tokens[first].flags & PA_TF_ALL_CAPS))
		return 0;
	for (size_t i = first + 1; i < sg->count && i < first + 12; i++)
	{
		const pa_token *t = &sg->tokens[i];

		if (t->newlines_before > 0)
			return 0;
		if (t->kind == PA_TOK_DASH)
			return i + 1 < sg->count && sg->tokens[i + 1].newlines_before == 0 ? i : 0;
		if (t->kind == PA_TOK_WORD && !(t->flags & PA_TF_CAPITALISED))
			return 0;
		if (t->kind != PA_TOK_WORD && !token_is(sg, i, ",") && !token_is(sg, i, "(") &&
			!token_is(sg, i, ")") && !token_is(sg, i, "/"))
			return 0;
	}
	return 0;
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

/* Records sentence [first, end) in paragraph para; 0 on no memory. */
static int
add_sentence(segment_buffer *buf, size_t first, size_t end, size_t para)
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
	s->paragraph = (uint32_t) para;
	return 1;
}

/* Starts paragraph number para at the next sentence; 0 on no memory. */
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

/* Whether a sentence ends after token i (which is followed by token j). */
static int
sentence_ends_after(const segmenter *sg, size_t i, size_t *end)
{
	size_t		j = i + 1;

	/* closing quotes and brackets stuck to the mark stay in the sentence */
	while (j < sg->count && is_attached_closer(sg, j) && sg->tokens[j].newlines_before == 0)
		j++;
	*end = j;
	if (j >= sg->count || sg->tokens[j].newlines_before > 0)
		return 0;				/* the paragraph logic handles line ends */
	if (is_terminal_token(sg, i))
		return punctuation_ends_sentence(sg, i, j);
	if (sg->tokens[i].flags & PA_TF_ABBREV)
		return abbreviation_ends_sentence(sg, i, j);
	return 0;
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
	size_t		dateline_end = 0;

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
				if (!add_sentence(&buf, sentence_start, i, buf.paragraph_count - 1))
					return PA_ERR_NOMEM;
				sentence_start = i;
				if (!add_paragraph(&buf))
					return PA_ERR_NOMEM;
				dateline_end = dateline_dash(&sg, i);
			}
		}

		if (dateline_end != 0 && i == dateline_end)
		{
			if (!add_sentence(&buf, sentence_start, i + 1, buf.paragraph_count - 1))
				return PA_ERR_NOMEM;
			sentence_start = i + 1;
			continue;
		}
		if (sentence_ends_after(&sg, i, &end))
		{
			if (!add_sentence(&buf, sentence_start, end, buf.paragraph_count - 1))
				return PA_ERR_NOMEM;
			sentence_start = end;
			i = end - 1;
		}

		if (progress != NULL && progress->tick != NULL && (i & 0xFFFF) == 0 && i > 0 &&
			progress->tick(progress->ctx))
			return PA_CANCELLED;
	}
	if (!add_sentence(&buf, sentence_start, sg.count, buf.paragraph_count - 1))
		return PA_ERR_NOMEM;

	/* paragraphs that received no sentence cannot happen: each starts at a token */
	for (size_t p = 0; p < buf.paragraph_count; p++)
	{
		size_t		next = p + 1 < buf.paragraph_count ?
			buf.paragraphs[p + 1].first_sentence : buf.sentence_count;

		buf.paragraphs[p].sentence_count = (uint32_t) (next - buf.paragraphs[p].first_sentence);
	}
	out->sentences = buf.sentences;
	out->sentence_count = buf.sentence_count;
	out->paragraphs = buf.paragraphs;
	out->paragraph_count = buf.paragraph_count;
	return PA_OK;
}
