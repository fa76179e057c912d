/*
 * segment.c: sentences, and the main loop that cuts a token list into
 * paragraphs (paragraphs.c decides where) and sentences.
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

#include "paragraphs.h"
#include "segment_tokens.h"

/* Capitalised words a quotation's speaker may span: Mayor Ana Ruiz said. */
#define SPEAKER_MAX_WORDS 4

/* Terminal marks that end a sentence whatever follows (no spaces in CJK). */
static int
is_unconditional_terminal(int32_t cp)
{
	return cp != '.' && cp != '!' && cp != '?' && cp != ';' && cp != 0x037E &&
		sg_is_terminal_char(cp);
}

/* Whether token i is a quote mark that opens a quotation. */
static int
is_opening_quote(const segmenter *sg, size_t i)
{
	return sg->tokens[i].kind == PA_TOK_QUOTE && sg->tokens[i].quote_dir == PA_QUOTE_OPEN;
}

/* Whether token i is an English weekday name (a.m. Monday). */
static int
is_weekday(const segmenter *sg, size_t i)
{
	static const char *const days[] = {
		"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", NULL
	};

	for (int d = 0; days[d] != NULL; d++)
		if (sg_token_is(sg, i, days[d]))
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
	cp = sg_first_char(sg, i);
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
	return i + 1 < sg->count && sg_token_is(sg, i + 1, ",") && sg->tokens[i + 1].newlines_before == 0;
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
	size_t		len = sg_word_length(sg, j);

	if (pa_is_sentence_starter(sg->text + t->start, len))
		return 1;
	if (pa_is_title_word(sg->text + t->start, len) || (t->flags & (PA_TF_ALL_CAPS | PA_TF_ABBREV)) ||
		is_weekday(sg, j))
		return 0;
	if (j + 1 >= sg->count || !sg_is_lower_word(sg, j + 1) || is_apostrophe_word(sg, j + 1) ||
		sg->tokens[j + 1].newlines_before > 0)
		return 0;
	/* U.S. Fish and Wildlife Service, U.S. Bureau of Prisons: one name */
	return !(j + 2 < sg->count && sg_is_capitalised_word(sg, j + 2) &&
			 (sg_token_is(sg, j + 1, "and") || sg_token_is(sg, j + 1, "of") || sg_token_is(sg, j + 1, "for")));
}

/* Whether a sentence ends after abbreviation token i, given next token j. */
static int
abbreviation_ends_sentence(const segmenter *sg, size_t i, size_t j)
{
	pa_abbrev_class cls = sg_abbrev_class(sg, i);

	if (sg_is_title(sg, i) || cls == PA_ABBR_NUMBERING || cls == PA_ABBR_INFIX)
		return 0;
	if (is_opening_quote(sg, j))
		return cls != PA_ABBR_MONTH;
	if (!sg_is_capitalised_word(sg, j))
		return 0;
	/* Downing St. The, but Mount St. Helens: only a plain sentence opener */
	if (sg_is_initials(sg, i) || cls == PA_ABBR_TITLE_STREET)
		return sg_is_starter(sg, j) && !(sg->tokens[j].flags & PA_TF_ABBREV);
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
		!sg_is_capitalised_word(sg, period + 1))
		return 0;
	day = &sg->tokens[period - 1];
	digits = leading_digits(sg, period - 1);
	if (digits == 0 || digits > 2 || digits != day->end - day->start)
		return 0;
	if (period >= 2 && sg->tokens[period - 2].kind == PA_TOK_WORD &&
		pa_is_month_name(sg->text + sg->tokens[period - 2].start, sg_word_length(sg, period - 2)))
		return 0;
	return pa_is_month_name(sg->text + sg->tokens[period + 1].start, sg_word_length(sg, period + 1));
}

/* Whether period token i belongs to a list number at the start of a line (1. The). */
static int
is_list_number_period(const segmenter *sg, size_t i)
{
	return i > 0 && sg_starts_line(sg, i - 1) && sg->tokens[i - 1].kind == PA_TOK_NUMBER &&
		sg_is_bullet(sg, i - 1);
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
		if (sg_is_capitalised_word(sg, k))
			continue;
		return k > j && sg_is_lower_word(sg, k) &&
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
	int32_t		cp = sg->tokens[i].kind == PA_TOK_ELLIPSIS ? 0x2026 : sg_first_char(sg, i);

	if (is_unconditional_terminal(cp))
		/* 「…？」と記者が尋ねた: the particle after the quote goes on */
		return !(closed && (next->flags & PA_TF_NOSPACE_SCRIPT) &&
				 !(next->flags & PA_TF_SPACE_BEFORE));
	/* "case. ... We need": the ellipsis decides */
	if ((sg_is_lower_word(sg, j) && !is_camel_case(sg, j)) || next->kind == PA_TOK_ELLIPSIS)
		return 0;
	if (next->kind == PA_TOK_PUNCT)
	{
		int32_t		ncp = sg_first_char(sg, j);

		if (ncp == ',' || ncp == ';' || ncp == ':')
			return 0;
		/* "…?''." : the mark after the quote ends the sentence */
		if (sg_is_terminal_char(ncp) && !(next->flags & PA_TF_SPACE_BEFORE))
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
		return sg_is_capitalised_word(sg, j) || is_opening_quote(sg, j);
	}
	if ((cp == '?' || cp == '!') && closed && sg_is_capitalised_word(sg, j) && speaker_follows(sg, j))
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
	terminal = sg_is_terminal_token(sg, i);
	if (!terminal && !(t->flags & PA_TF_ABBREV))
		return 0;
	while (j < sg->count && sg_is_attached_closer(sg, j) && sg->tokens[j].newlines_before == 0)
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

/*
 * The first token from i on, and before limit, that the main loop must
 * look at: one that starts a line or may end a sentence (punctuation, an
 * ellipsis, an abbreviation).  The plain tokens before it change nothing.
 */
static inline size_t
skip_plain_tokens(const pa_token *tokens, size_t i, size_t limit)
{
	while (i < limit && tokens[i].newlines_before == 0 && tokens[i].kind != PA_TOK_PUNCT &&
		   tokens[i].kind != PA_TOK_ELLIPSIS && !(tokens[i].flags & PA_TF_ABBREV))
		i++;
	return i;
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

/* Records sentence [first, end) in the current paragraph; 0 on no memory. */
static int
add_sentence(segment_buffer *buf, size_t first, size_t end)
{
	pa_sentence *s;

	if (end <= first)
		return 1;
	if (buf->sentence_count == buf->sentence_capacity)
	{
		pa_sentence *grown = pa_arena_grow_array(buf->arena, buf->sentences, buf->sentence_count,
												 &buf->sentence_capacity, sizeof(pa_sentence));

		if (grown == NULL)
			return 0;
		buf->sentences = grown;
	}
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

	if (buf->paragraph_count == buf->paragraph_capacity)
	{
		pa_paragraph *grown = pa_arena_grow_array(buf->arena, buf->paragraphs, buf->paragraph_count,
												  &buf->paragraph_capacity, sizeof(pa_paragraph));

		if (grown == NULL)
			return 0;
		buf->paragraphs = grown;
	}
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
	sg.hard_wrapped = sg_detect_hard_wrap(&sg);

	if (!add_paragraph(&buf))
		return PA_ERR_NOMEM;
	dateline_end = sg_dateline_dash(&sg, 0);

	for (size_t i = 0; i < sg.count; i++)
	{
		size_t		end;

		if (i > 0 && sg.tokens[i].newlines_before > 0)
		{
			int			paragraph_break = sg_paragraph_breaks_before(&sg, line_start, i);

			line_start = i;
			if (paragraph_break)
			{
				if (!add_sentence(&buf, sentence_start, i))
					return PA_ERR_NOMEM;
				sentence_start = i;
				if (!add_paragraph(&buf))
					return PA_ERR_NOMEM;
				dateline_end = sg_dateline_dash(&sg, i);
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
		if (dateline_end == 0)
		{
			/* up to the next token that ticks at most */
			size_t		limit = (i + 1 + 0xFFFF) & ~(size_t) 0xFFFF;

			i = skip_plain_tokens(sg.tokens, i + 1, limit < sg.count ? limit : sg.count) - 1;
		}
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
