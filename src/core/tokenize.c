/*
 * tokenize.c: one pass over UTF-8 text producing pa_tokens.
 *
 * A scanner keeps the byte and code point position together.  Each token
 * starts at a non-space character and is classified by that character:
 * letters and digits start a word run (which may grow connectors such as
 * hyphens, apostrophes, dots and become a number, URL or e-mail address),
 * quote glyphs become quote tokens, and so on.
 */
#include "tokenize.h"

#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "abbreviations.h"
#include "utf8.h"

/* The longest word token; longer runs of letters are cut into several. */
#define MAX_WORD_BYTES (64 * 1024)

/* How often (in bytes of text) the progress callback runs. */
#define PROGRESS_BYTES (256 * 1024)

typedef struct scanner
{
	const char *text;
	size_t		len;
	size_t		pos;			/* byte position */
	size_t		cpos;			/* code point position */
} scanner;

/* One decoded character ahead of the scanner. */
typedef struct peeked
{
	int32_t		cp;				/* -2 at the end of the text */
	unsigned	cls;
	size_t		next;			/* byte position after it */
} peeked;

#define END_OF_TEXT (-2)

/* Decodes the character at byte position pos without moving. */
static inline peeked
peek_at(const scanner *s, size_t pos)
{
	peeked		p;

	if (pos >= s->len)
	{
		p.cp = END_OF_TEXT;
		p.cls = 0;
		p.next = pos;
		return p;
	}
	p.next = pos;
	p.cp = pa_utf8_decode(s->text, s->len, &p.next);
	p.cls = pa_char_class(p.cp);
	return p;
}

/* Moves the scanner to byte position pos, counting code points. */
static inline void
advance_to(scanner *s, size_t pos)
{
	s->cpos += (pos - s->pos) - pa_utf8_count_continuations(s->text, s->pos, pos, s->len);
	s->pos = pos;
}

/* The character just before byte position pos (END_OF_TEXT at the start). */
static int32_t
char_before(const scanner *s, size_t pos)
{
	size_t		start = pos;
	size_t		p;

	if (pos == 0)
		return END_OF_TEXT;
	do
		start--;
	while (start > 0 && ((unsigned char) s->text[start] & 0xC0) == 0x80 && pos - start < 4);
	p = start;
	return pa_utf8_decode(s->text, s->len, &p);
}

static int
is_apostrophe(int32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

static int
is_hyphen(int32_t cp)
{
	return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

static int
is_dash(int32_t cp)
{
	return cp == 0x2012 || cp == 0x2013 || cp == 0x2014 || cp == 0x2015 || cp == 0x2212;
}

/* Quote glyphs; the apostrophe-like ones double as quotes between spaces. */
static int
is_quote_glyph(int32_t cp)
{
	switch (cp)
	{
		case '"':
		case '\'':
		case '`':
		case 0x00AB:			/* « */
		case 0x00BB:			/* » */
		case 0x2018:			/* ‘ */
		case 0x2019:			/* ’ */
		case 0x201A:			/* ‚ */
		case 0x201B:			/* ‛ */
		case 0x201C:			/* “ */
		case 0x201D:			/* ” */
		case 0x201E:			/* „ */
		case 0x201F:			/* ‟ */
		case 0x2039:			/* ‹ */
		case 0x203A:			/* › */
		case 0x300C:			/* 「 */
		case 0x300D:			/* 」 */
		case 0x300E:			/* 『 */
		case 0x300F:			/* 』 */
			return 1;
		default:
			return 0;
	}
}

static int
is_word_char(unsigned cls)
{
	return (cls & (PA_CC_LETTER | PA_CC_DIGIT)) != 0;
}

/* Characters that sit inside words without showing: soft hyphen, joiners. */
static int
is_word_joiner(int32_t cp)
{
	return cp == 0x00AD || cp == 0x200C || cp == 0x200D;
}

/* Characters that may join two parts of a word run; scan_word_run checks each further. */
static inline int
may_join_word(int32_t cp)
{
	switch (cp)
	{
		case '\'':
		case 0x2019:
		case 0x02BC:
		case '-':
		case 0x2010:
		case 0x2011:
		case '.':
		case ',':
		case ':':
		case '/':
		case '&':
		case '@':
		case '_':
		case '+':
			return 1;
		default:
			return 0;
	}
}

/* What one word run found while scanning. */
typedef struct word_shape
{
	int			letters;
	int			digits;
	int			uppers;
	int			lowers;
	int			dots;			/* internal periods */
	int			max_segment;	/* longest run of letters between periods */
	int			has_at;
	int			nospace;		/* Han, Kana, Thai... */
	int			other_connectors;	/* hyphens, apostrophes, slashes... */
	int32_t		first_letter;
	int			first_is_upper;
	int			first_is_lower;
} word_shape;

/* Whether an '@' follows in the same run of word characters and dots (an e-mail address). */
static int
at_sign_follows(const scanner *s, size_t pos)
{
	for (size_t end = pos + 64; pos < s->len && pos < end; pos++)
	{
		unsigned char c = (unsigned char) s->text[pos];

		if (c == '@')
			return 1;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
			  c == '.' || c == '-' || c == '_' || c >= 0x80))
			return 0;
	}
	return 0;
}

/*
 * Whether a period with no space after it separates two sentences (said.The,
 * in 1998.It): the segment before it is a word of two or more letters or a
 * number, and a capitalised word in lower case follows.
 */
static int
dot_splits_words(const scanner *s, size_t dot_pos, int segment_letters, int segment_is_digits)
{
	peeked		a = peek_at(s, dot_pos + 1);
	peeked		b;

	if (!(a.cls & PA_CC_UPPER) || (segment_letters < 2 && !segment_is_digits))
		return 0;
	b = peek_at(s, a.next);
	return (b.cls & PA_CC_LOWER) != 0 && !at_sign_follows(s, b.next);
}

/* Top-level domains that mark a dotted word as a web address. */
static int
is_common_tld(const char *w, size_t len)
{
	static const char *const tlds[] = {
		"com", "org", "net", "gov", "edu", "int", "mil", "info", "io", "co",
		"uk", "de", "fr", "ru", "cn", "jp", "in", "au", "ca", "eu", "us",
		"news", "tv", "ly", "me", "ai", NULL
	};

	for (int i = 0; tlds[i] != NULL; i++)
		if (strlen(tlds[i]) == len && strncmp(w, tlds[i], len) == 0)
			return 1;
	return 0;
}

/* The label after the last period of [start, end), for TLD checks. */
static int
ends_with_tld(const char *text, size_t start, size_t end)
{
	size_t		dot = end;

	while (dot > start && text[dot - 1] != '.')
		dot--;
	if (dot == start)
		return 0;
	return is_common_tld(text + dot, end - dot);
}

/* Records the first letter of a word run. */
static inline void
note_first_letter(word_shape *shape, int32_t cp, unsigned cls)
{
	shape->first_letter = cp;
	shape->first_is_upper = (cls & PA_CC_UPPER) != 0;
	shape->first_is_lower = (cls & PA_CC_LOWER) != 0;
}

/* Adds one letter, digit or joiner of a word run to its shape, without branches where it can. */
static inline void
note_word_char(word_shape *shape, int32_t cp, unsigned cls,
			   int *segment_letters, int *segment_is_digits)
{
	int			is_letter = (cls & PA_CC_LETTER) != 0;

	if (is_letter && shape->letters == 0)
		note_first_letter(shape, cp, cls);
	shape->letters += is_letter;
	shape->uppers += (cls & PA_CC_UPPER) != 0;
	shape->lowers += (cls & PA_CC_LOWER) != 0;
	shape->digits += (cls & PA_CC_DIGIT) != 0;
	shape->nospace |= (cls & PA_CC_NOSPACE_SCRIPT) != 0;
	*segment_letters += is_letter;
	*segment_is_digits &= !is_letter;
	if (*segment_letters > shape->max_segment)
		shape->max_segment = *segment_letters;
}

#if defined(__SSE2__)

/* All-ones lanes where the byte lies in [lo, hi] (ASCII bounds; bytes >= 0x80 never do). */
static inline __m128i
ascii_lanes_between(__m128i bytes, char lo, char hi)
{
	return _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8((char) (lo - 1))),
						 _mm_cmplt_epi8(bytes, _mm_set1_epi8((char) (hi + 1))));
}

/* Number of bits set in x, one loop turn per bit: the masks counted here are sparse. */
static inline int
sparse_bit_count(unsigned x)
{
	int			n = 0;

	for (; x != 0; x &= x - 1)
		n++;
	return n;
}

/*
 * Skips ASCII letters and digits 16 bytes at a time while 16 more bytes
 * are in the text, adding the upper and lower case letters passed to
 * *uppers and *lowers.  Returns the position where it stopped.
 */
static inline size_t
skip_ascii_alnum_blocks(const unsigned char *text, size_t pos, size_t len,
						int *uppers, int *lowers)
{
	while (len - pos >= 16)
	{
		__m128i		bytes = _mm_loadu_si128((const __m128i *) (text + pos));
		unsigned	upper = (unsigned) _mm_movemask_epi8(ascii_lanes_between(bytes, 'A', 'Z'));
		unsigned	lower = (unsigned) _mm_movemask_epi8(ascii_lanes_between(bytes, 'a', 'z'));
		unsigned	digit = (unsigned) _mm_movemask_epi8(ascii_lanes_between(bytes, '0', '9'));
		unsigned	run = (unsigned) __builtin_ctz(~(upper | lower | digit));
		unsigned	in_run = (1u << run) - 1;
		int			run_uppers = sparse_bit_count(upper & in_run);

		*uppers += run_uppers;
		*lowers += (int) run - run_uppers - sparse_bit_count(digit & in_run);
		pos += run;
		if (run < 16)
			break;
	}
	return pos;
}

/* Whether ASCII byte c (below 0x80) is a letter or a digit. */
static inline int
is_ascii_alnum(unsigned char c)
{
	return (pa_ascii_class[c] & (PA_CC_LETTER | PA_CC_DIGIT)) != 0;
}

/*
 * The commonest token, found without the general scanner: a run of 1 to 15
 * ASCII letters and digits that nothing joins to more.  What follows is an
 * ASCII byte that no word character follows in turn, when it is a period
 * or a connector (then the word ends before it, or keeps the period as
 * plain_word_end decides), or possessive 's; and not the ":/" of a URL
 * scheme.  So scan_word_token would stop there too and find no URL,
 * e-mail address or dotted acronym.  p[0] is a letter or digit and p has
 * 18 bytes.  Returns the run's length with its kind and flags, or 0 when
 * the general scanner must decide.
 */
static inline size_t
plain_ascii_word(const unsigned char *p, uint8_t *kind, uint8_t *flags)
{
	__m128i		bytes = _mm_loadu_si128((const __m128i *) p);
	unsigned	upper = (unsigned) _mm_movemask_epi8(ascii_lanes_between(bytes, 'A', 'Z'));
	unsigned	lower = (unsigned) _mm_movemask_epi8(ascii_lanes_between(bytes, 'a', 'z'));
	unsigned	digit = (unsigned) _mm_movemask_epi8(ascii_lanes_between(bytes, '0', '9'));
	unsigned	run = (unsigned) __builtin_ctz(~(upper | lower | digit));
	unsigned	in_run = (1u << run) - 1;
	unsigned char stop = p[run];
	unsigned	letters;

	if (run == 16 || stop >= 0x80)
		return 0;
	if (stop == '.' || may_join_word(stop))
	{
		unsigned char next = p[run + 1];
		int			ends = next < 0x80 && !is_ascii_alnum(next) && !(stop == ':' && next == '/');
		int			possessive = stop == '\'' && (next == 's' || next == 'S') &&
			p[run + 2] < 0x80 && !is_ascii_alnum(p[run + 2]);

		if (!ends && !possessive)
			return 0;
	}
	upper &= in_run;
	lower &= in_run;
	letters = upper | lower;
	if (letters == 0)
	{
		*kind = PA_TOK_NUMBER;
		*flags = PA_TF_HAS_DIGIT;
		return run;
	}
	*kind = PA_TOK_WORD;
	*flags = (upper & letters & -letters) ? PA_TF_CAPITALISED : PA_TF_LOWER;
	if (lower == 0 && (upper & (upper - 1)) != 0)
		*flags |= PA_TF_ALL_CAPS;
	if (digit & in_run)
		*flags |= PA_TF_HAS_DIGIT;
	return run;
}

#else

/* Without SSE2 every word takes the general scanner. */
static inline size_t
plain_ascii_word(const unsigned char *p, uint8_t *kind, uint8_t *flags)
{
	(void) p;
	(void) kind;
	(void) flags;
	return 0;
}

/* Without SSE2 the byte loop of scan_ascii_alnum does all the work. */
static inline size_t
skip_ascii_alnum_blocks(const unsigned char *text, size_t pos, size_t len,
						int *uppers, int *lowers)
{
	(void) text;
	(void) len;
	(void) uppers;
	(void) lowers;
	return pos;
}

#endif

/*
 * Scans ASCII letters and digits from pos, most of English text, in
 * registers: every ASCII letter is upper or lower case, so counting those
 * two gives the letters and the digits too.  Returns the end of the run.
 */
static inline size_t
scan_ascii_alnum(const scanner *s, size_t pos, word_shape *shape,
				 int *segment_letters, int *segment_is_digits)
{
	const unsigned char *text = (const unsigned char *) s->text;
	size_t		len = s->len;
	size_t		start = pos;
	int			uppers = 0,
				lowers = 0,
				letters;

	pos = skip_ascii_alnum_blocks(text, pos, len, &uppers, &lowers);
	while (pos < len && text[pos] < 0x80)
	{
		unsigned	cls = pa_ascii_class[text[pos]];

		if (!(cls & (PA_CC_LETTER | PA_CC_DIGIT)))
			break;
		uppers += (cls & PA_CC_UPPER) != 0;
		lowers += (cls & PA_CC_LOWER) != 0;
		pos++;
	}
	letters = uppers + lowers;
	if (letters > 0 && shape->letters == 0)
	{
		size_t		first = start;

		while (!(pa_ascii_class[text[first]] & PA_CC_LETTER))
			first++;
		note_first_letter(shape, text[first], pa_ascii_class[text[first]]);
	}
	shape->letters += letters;
	shape->uppers += uppers;
	shape->lowers += lowers;
	shape->digits += (int) (pos - start) - letters;
	*segment_letters += letters;
	if (letters > 0)
		*segment_is_digits = 0;
	if (*segment_letters > shape->max_segment)
		shape->max_segment = *segment_letters;
	return pos;
}

/*
 * Scans a word run starting at s->pos: letters and digits joined by
 * hyphens, internal apostrophes, dots, and number separators.  Returns the
 * end byte position; fills shape.
 */
static size_t
scan_word_run(const scanner *s, word_shape *shape)
{
	size_t		pos = s->pos;
	int			segment_letters = 0;
	int			segment_is_digits = 1;

	memset(shape, 0, sizeof(*shape));
	for (;;)
	{
		peeked		c;

		pos = scan_ascii_alnum(s, pos, shape, &segment_letters, &segment_is_digits);
		c = peek_at(s, pos);
		if (is_word_char(c.cls) || (is_word_joiner(c.cp) && pos > s->pos))
		{
			note_word_char(shape, c.cp, c.cls, &segment_letters, &segment_is_digits);
			pos = c.next;
			continue;
		}
		if (pos == s->pos || !may_join_word(c.cp))
			break;

		{
			peeked		n = peek_at(s, c.next);
			unsigned	prev_cls;

			if (!is_word_char(n.cls))
				break;
			prev_cls = pa_char_class(char_before(s, pos));
			if (is_apostrophe(c.cp) && (n.cls & PA_CC_LETTER))
			{
				/* possessive 's ends the word: Merkel's -> Merkel + 's */
				if (n.cp == 's' || n.cp == 'S')
				{
					peeked		after = peek_at(s, n.next);

					if (!is_word_char(after.cls))
						break;
				}
				shape->other_connectors++;
			}
			else if (is_hyphen(c.cp))
				shape->other_connectors++;
			else if (c.cp == '.')
			{
				if ((prev_cls & (PA_CC_LETTER | PA_CC_DIGIT)) &&
					dot_splits_words(s, pos, segment_letters, segment_is_digits))
					break;
				shape->dots++;
			}
			else if ((c.cp == ',' || c.cp == ':' || c.cp == '/') &&
					 (prev_cls & PA_CC_DIGIT) && (n.cls & PA_CC_DIGIT) && segment_is_digits)
				shape->other_connectors++;
			else if (c.cp == '&' && (prev_cls & PA_CC_UPPER) && (n.cls & PA_CC_UPPER))
				shape->other_connectors++;
			else if (c.cp == '@' && shape->letters + shape->digits > 0 && !shape->has_at &&
					 (n.cls & (PA_CC_LETTER | PA_CC_DIGIT)))
				shape->has_at = 1;
			else if ((c.cp == '_' || c.cp == '+') && shape->has_at == 0)
			{
				/* only inside e-mail local parts: look ahead for '@' */
				size_t		look = c.next;
				int			found = 0;

				while (look < s->len && look - pos < 64)
				{
					peeked		l = peek_at(s, look);

					if (l.cp == '@')
					{
						found = 1;
						break;
					}
					if (!(is_word_char(l.cls) || l.cp == '.' || l.cp == '_' || l.cp == '+' || is_hyphen(l.cp)))
						break;
					look = l.next;
				}
				if (!found)
					break;
				shape->other_connectors++;
			}
			else
				break;
			if (c.cp == '.' || is_apostrophe(c.cp) || is_hyphen(c.cp))
			{
				segment_letters = 0;
				segment_is_digits = 1;
			}
			pos = c.next;
		}
	}
	return pos;
}

/* Whether [start, end) is letters alternating with periods: U.S, a.m, e.g */
static int
is_dotted_acronym(const word_shape *shape)
{
	return shape->dots > 0 && shape->max_segment <= 2 && shape->digits == 0 &&
		shape->other_connectors == 0 && !shape->has_at;
}

/* Scans a URL that starts at s->pos with a scheme or www.; returns its end. */
static size_t
scan_url(const scanner *s)
{
	size_t		pos = s->pos;
	size_t		end;
	int			open_parens = 0;

	while (pos < s->len)
	{
		peeked		c = peek_at(s, pos);

		if (c.cls & (PA_CC_SPACE | PA_CC_NEWLINE | PA_CC_CONTROL) || c.cp == '"' ||
			c.cp == '<' || c.cp == '>' || c.cp == 0x201C || c.cp == 0x201D)
			break;
		if (c.cp == '(')
			open_parens++;
		if (c.cp == ')')
		{
			if (open_parens == 0)
				break;
			open_parens--;
		}
		pos = c.next;
	}
	/* trailing sentence punctuation belongs to the sentence, not the URL */
	end = pos;
	while (end > s->pos && strchr(".,;:!?'", s->text[end - 1]) != NULL)
		end--;
	return end;
}

/* Whether a URL scheme (http://, https://, ftp://) or www. starts at pos. */
static int
starts_url(const scanner *s)
{
	const char *p = s->text + s->pos;
	size_t		left = s->len - s->pos;

	/* words like "he", "was", "for" end at the second letter (fixed-size memcmp is inlined) */
	if (left < 5)
		return 0;
	if (p[0] == 'h' && p[1] == 't')
		return (left >= 8 && memcmp(p, "https://", 8) == 0) ||
			(left >= 7 && memcmp(p, "http://", 7) == 0);
	if (p[0] == 'f' && p[1] == 't')
		return left >= 6 && memcmp(p, "ftp://", 6) == 0;
	return (memcmp(p, "www.", 4) == 0 || memcmp(p, "WWW.", 4) == 0) &&
		is_word_char(pa_char_class((unsigned char) p[4]));
}

/* Decides the direction a quote mark's surroundings suggest. */
static pa_quote_dir
quote_direction(const scanner *s, size_t start, size_t end)
{
	int32_t		before = char_before(s, start);
	peeked		after = peek_at(s, end);
	unsigned	bcls = pa_char_class(before);
	int			open_left = before == END_OF_TEXT || (bcls & (PA_CC_SPACE | PA_CC_NEWLINE)) ||
		before == '(' || before == '[' || before == '{' || is_dash(before) ||
		before == 0x201C || before == 0x2018 || before == 0x00AB;
	int			closed_right = after.cp == END_OF_TEXT ||
		(after.cls & (PA_CC_SPACE | PA_CC_NEWLINE)) ||
		(after.cp < 128 && after.cp >= 0 && strchr(".,;:!?)]}", (int) after.cp) != NULL) ||
		is_dash(after.cp);

	if (open_left && !closed_right)
		return PA_QUOTE_OPEN;
	if (!open_left && closed_right)
		return PA_QUOTE_CLOSE;
	return PA_QUOTE_UNKNOWN;
}

/* Growable token array in the arena. */
typedef struct token_buffer
{
	pa_arena   *arena;
	pa_token   *tokens;
	size_t		count;
	size_t		capacity;
} token_buffer;

/* Appends a token slot, doubling the array when full; NULL on no memory. */
static pa_token *
push_token(token_buffer *buf)
{
	if (buf->count == buf->capacity)
	{
		pa_token   *grown = pa_arena_grow_array(buf->arena, buf->tokens, buf->count,
												&buf->capacity, sizeof(pa_token));

		if (grown == NULL)
			return NULL;
		buf->tokens = grown;
	}
	return &buf->tokens[buf->count++];
}

/* Flags from a word's shape. */
static uint8_t
word_flags(const word_shape *shape)
{
	uint8_t		flags = 0;

	if (shape->first_is_upper)
		flags |= PA_TF_CAPITALISED;
	if (shape->first_is_lower)
		flags |= PA_TF_LOWER;
	if (shape->uppers >= 2 && shape->lowers == 0)
		flags |= PA_TF_ALL_CAPS;
	if (shape->nospace)
		flags |= PA_TF_NOSPACE_SCRIPT;
	if (shape->digits > 0)
		flags |= PA_TF_HAS_DIGIT;
	return flags;
}

/*
 * Whether the period at period_pos belongs to the word [start, period_pos)
 * as a listed abbreviation (No. only before a number).  Sets *flags.
 */
static int
listed_word_keeps_period(const scanner *s, size_t start, size_t period_pos, uint8_t *flags)
{
	pa_abbrev_class cls = pa_abbrev_lookup(s->text + start, period_pos - start);

	if (cls == PA_ABBR_NONE)
		return 0;
	if (cls == PA_ABBR_NUMBERING)
	{
		/* No. 5 but not "said no." */
		size_t		p = period_pos + 1;

		while (p < s->len && s->text[p] == ' ')
			p++;
		if (p >= s->len || !(s->text[p] >= '0' && s->text[p] <= '9'))
			return 0;
	}
	*flags |= PA_TF_ABBREV;
	return 1;
}

/*
 * Whether the period at period_pos belongs to the word [start, period_pos):
 * dotted acronyms, initials, and listed abbreviations.  Sets *flags.
 */
static int
word_keeps_period(const scanner *s, size_t start, size_t period_pos,
				  const word_shape *shape, uint8_t *flags)
{
	if (is_dotted_acronym(shape))
	{
		*flags |= PA_TF_ABBREV;
		return 1;
	}
	if (shape->letters == 1 && shape->digits == 0 && shape->first_is_upper &&
		shape->other_connectors == 0 && shape->dots == 0)
	{
		*flags |= PA_TF_ABBREV | PA_TF_INITIAL;
		return 1;
	}
	return listed_word_keeps_period(s, start, period_pos, flags);
}

/*
 * End of a plain ASCII word of run bytes at s->pos (from plain_ascii_word),
 * after the period that follows when the word keeps it, as
 * word_keeps_period decides for a word without internal periods or
 * connectors.
 */
static size_t
plain_word_end(const scanner *s, size_t run, uint8_t kind, uint8_t *flags)
{
	size_t		end = s->pos + run;

	if (kind != PA_TOK_WORD || s->text[end] != '.')
		return end;
	/* one letter and capitalised: an upper-case letter, an initial */
	if (run == 1 && (*flags & PA_TF_CAPITALISED))
	{
		*flags |= PA_TF_ABBREV | PA_TF_INITIAL;
		return end + 1;
	}
	return listed_word_keeps_period(s, s->pos, end, flags) ? end + 1 : end;
}

/* Emits the word-like token starting at s->pos; returns its end. */
static size_t
scan_word_token(const scanner *s, uint8_t *kind, uint8_t *flags)
{
	word_shape	shape;
	size_t		end;

	if (starts_url(s))
	{
		*kind = PA_TOK_URL;
		*flags = 0;
		return scan_url(s);
	}
	end = scan_word_run(s, &shape);
	*flags = word_flags(&shape);
	if (shape.has_at && shape.dots > 0)
		*kind = PA_TOK_EMAIL;
	else if (shape.dots > 0 && shape.lowers > 0 && shape.max_segment > 2 &&
			 ends_with_tld(s->text, s->pos, end))
		*kind = PA_TOK_URL;
	else if (shape.letters == 0)
		*kind = PA_TOK_NUMBER;
	else
		*kind = PA_TOK_WORD;

	if (*kind == PA_TOK_WORD && end < s->len && s->text[end] == '.' &&
		word_keeps_period(s, s->pos, end, &shape, flags))
		end++;
	return end;
}

/* Length of an ellipsis at pos: "...", "…", ". . ."; 0 when none. */
static size_t
ellipsis_length(const scanner *s, size_t pos)
{
	const char *p = s->text + pos;
	size_t		left = s->len - pos;

	if (left >= 3 && (unsigned char) p[0] == 0xE2 && (unsigned char) p[1] == 0x80 &&
		(unsigned char) p[2] == 0xA6)
		return 3;
	if (left >= 5 && p[0] == '.' && p[1] == ' ' && p[2] == '.' && p[3] == ' ' && p[4] == '.')
	{
		size_t		n = 5;

		while (n + 1 < left && p[n] == ' ' && p[n + 1] == '.')
			n += 2;
		return n;
	}
	if (left >= 2 && p[0] == '.' && p[1] == '.')
	{
		size_t		n = 2;

		while (n < left && p[n] == '.')
			n++;
		return n;
	}
	return 0;
}

/* Scans an emoji sequence (ZWJ joins, modifiers, flags); returns its end. */
static size_t
scan_emoji(const scanner *s)
{
	peeked		c = peek_at(s, s->pos);
	size_t		pos = c.next;

	for (;;)
	{
		peeked		n = peek_at(s, pos);

		if (n.cls & PA_CC_EMOJI_PART)
		{
			pos = n.next;
			if (n.cp == 0x200D)
			{
				peeked		joined = peek_at(s, pos);

				if (joined.cls & PA_CC_EMOJI)
					pos = joined.next;
			}
			continue;
		}
		/* a flag is a pair of regional indicators */
		if (c.cp >= 0x1F1E6 && c.cp <= 0x1F1FF && n.cp >= 0x1F1E6 && n.cp <= 0x1F1FF &&
			pos == c.next)
		{
			pos = n.next;
			continue;
		}
		break;
	}
	return pos;
}

/* Whether an apostrophe at s->pos begins a word: ’90s, ’n’. */
static int
apostrophe_starts_word(const scanner *s, const peeked *c)
{
	peeked		n = peek_at(s, c->next);

	if (n.cls & PA_CC_DIGIT)
	{
		peeked		n2 = peek_at(s, n.next);

		return (n2.cls & PA_CC_DIGIT) != 0;
	}
	if (n.cp == 'n' || n.cp == 'N')
	{
		peeked		n2 = peek_at(s, n.next);

		return is_apostrophe(n2.cp);
	}
	return 0;
}

/* Scans an apostrophe-led word (’90s, ’n’) starting at s->pos. */
static size_t
scan_apostrophe_word(const scanner *s, const peeked *c)
{
	size_t		pos = c->next;

	for (;;)
	{
		peeked		n = peek_at(s, pos);

		if (is_word_char(n.cls))
			pos = n.next;
		else if (is_apostrophe(n.cp) && pos > c->next)
		{
			/* the closing apostrophe of ’n’ */
			pos = n.next;
			break;
		}
		else
			break;
	}
	return pos;
}

/* Whether an apostrophe at pos is the start of possessive 's after a word. */
static int
is_possessive(const scanner *s, const peeked *c, size_t pos)
{
	peeked		n;
	peeked		after;

	if (pos == 0 || !is_word_char(pa_char_class(char_before(s, pos))))
		return 0;
	n = peek_at(s, c->next);
	if (n.cp != 's' && n.cp != 'S')
		return 0;
	after = peek_at(s, n.next);
	return !is_word_char(after.cls);
}

/* End of a keycap emoji (1️⃣, #⃣: a digit, # or * with U+FE0F and U+20E3) at c; 0 if none. */
static size_t
keycap_end(const scanner *s, const peeked *c)
{
	peeked		n;

	if (!(c->cp == '#' || c->cp == '*' || (c->cp >= '0' && c->cp <= '9')))
		return 0;
	n = peek_at(s, c->next);
	if (n.cp == 0xFE0F)
		n = peek_at(s, n.next);
	return n.cp == 0x20E3 ? n.next : 0;
}

/* ASCII punctuation that is always a token of its own: ( ) , : ; and the like. */
static inline int
is_plain_ascii_punct(int32_t cp)
{
	switch (cp)
	{
		case '%':
		case '&':
		case '(':
		case ')':
		case ',':
		case '/':
		case ':':
		case ';':
		case '@':
		case '[':
		case '\\':
		case ']':
		case '{':
		case '}':
			return 1;
		default:
			return 0;
	}
}

/* Scans one token starting at s->pos, whose first character c is not a space. */
static size_t
scan_token(const scanner *s, peeked c, uint8_t *kind, uint8_t *flags, uint8_t *quote_dir)
{
	size_t		n;

	*flags = 0;
	*quote_dir = PA_QUOTE_NONE;

	if (is_plain_ascii_punct(c.cp))
	{
		*kind = PA_TOK_PUNCT;
		return c.next;
	}

	if ((n = keycap_end(s, &c)) > 0)
	{
		*kind = PA_TOK_EMOJI;
		return n;
	}
	if (is_word_char(c.cls))
	{
		/* a run with no break at all (90 MB of Han) becomes several tokens */
		scanner		bounded = *s;

		if (bounded.len - bounded.pos > MAX_WORD_BYTES)
			bounded.len = bounded.pos + MAX_WORD_BYTES;
		return scan_word_token(&bounded, kind, flags);
	}

	if (c.cp == '.' && (n = ellipsis_length(s, s->pos)) > 0)
	{
		*kind = PA_TOK_ELLIPSIS;
		return s->pos + n;
	}
	if (c.cp == 0x2026)
	{
		*kind = PA_TOK_ELLIPSIS;
		return c.next;
	}
	if (is_apostrophe(c.cp) && is_possessive(s, &c, s->pos))
	{
		*kind = PA_TOK_WORD;
		*flags = PA_TF_LOWER;
		return peek_at(s, c.next).next;
	}
	if (is_apostrophe(c.cp) && apostrophe_starts_word(s, &c))
	{
		*kind = PA_TOK_WORD;
		if (peek_at(s, c.next).cls & PA_CC_DIGIT)
			*flags = PA_TF_HAS_DIGIT;	/* ’90s */
		return scan_apostrophe_word(s, &c);
	}
	if (is_quote_glyph(c.cp))
	{
		size_t		end = c.next;

		/* `` and '' are one mark each */
		if ((c.cp == '`' || c.cp == '\'') && end < s->len && s->text[end] == (char) c.cp)
			end++;
		*kind = PA_TOK_QUOTE;
		*quote_dir = (uint8_t) quote_direction(s, s->pos, end);
		return end;
	}
	if (is_dash(c.cp))
	{
		*kind = PA_TOK_DASH;
		return c.next;
	}
	if (c.cp == '-' || c.cp == '_')
	{
		size_t		end = c.next;

		while (end < s->len && s->text[end] == (char) c.cp)
			end++;
		/* a number with its sign: -5 */
		if (c.cp == '-' && end == c.next && (peek_at(s, end).cls & PA_CC_DIGIT) &&
			(s->pos == 0 || (pa_char_class(char_before(s, s->pos)) & (PA_CC_SPACE | PA_CC_NEWLINE))))
		{
			scanner		rest = *s;

			rest.pos = end;
			return scan_word_token(&rest, kind, flags);
		}
		/* "--", " - " and AP's " _ " are dashes; a lone hyphen is punctuation */
		*kind = (end - s->pos >= 2 || c.cp == '_' ||
				 (pa_char_class(char_before(s, s->pos)) & PA_CC_SPACE)) ? PA_TOK_DASH : PA_TOK_PUNCT;
		return end;
	}
	if (c.cp == '!' || c.cp == '?')
	{
		size_t		end = c.next;

		/* ?! and !!! are one mark */
		while (end < s->len && (s->text[end] == '!' || s->text[end] == '?'))
			end++;
		*kind = PA_TOK_PUNCT;
		return end;
	}
	if (c.cls & PA_CC_EMOJI)
	{
		*kind = PA_TOK_EMOJI;
		return scan_emoji(s);
	}
	if (c.cls & PA_CC_PUNCT)
	{
		*kind = PA_TOK_PUNCT;
		return c.next;
	}
	*kind = PA_TOK_SYMBOL;
	/* emoji modifiers and joiners stuck to a symbol stay with it */
	{
		size_t		end = c.next;
		peeked		n = peek_at(s, end);

		while (n.cls & PA_CC_EMOJI_PART)
		{
			end = n.next;
			n = peek_at(s, end);
		}
		return end;
	}
}

/* See tokenize.h. */
pa_status
pa_tokenize(const char *text, size_t len, pa_arena *arena,
			const pa_progress *progress, pa_token_list *out)
{
	scanner		s = {text, len, 0, 0};
	token_buffer buf;
	unsigned	newlines = 0;
	int			space_before = 1;
	size_t		next_tick = PROGRESS_BYTES;

	out->tokens = NULL;
	out->count = 0;
	if (len > UINT32_MAX)
		return PA_ERR_TOO_LONG;

	buf.arena = arena;
	buf.count = 0;
	/* news averages a token per 5 bytes; pages never touched cost nothing */
	buf.capacity = len / 3 + 16;
	buf.tokens = pa_arena_alloc_array(arena, buf.capacity, sizeof(pa_token));
	if (buf.tokens == NULL)
		return PA_ERR_NOMEM;

	while (s.pos < len)
	{
		peeked		c;
		pa_token   *tok;
		size_t		end,
					plain;
		uint8_t		kind,
					flags,
					quote_dir;

		if (s.pos >= next_tick)
		{
			if (progress != NULL && progress->tick != NULL && progress->tick(progress->ctx))
				return PA_CANCELLED;
			next_tick = s.pos + PROGRESS_BYTES;
		}
		if (text[s.pos] == ' ')
		{
			/* the commonest separator, without decoding */
			s.pos++;
			s.cpos++;
			space_before = 1;
			continue;
		}
		plain = len - s.pos >= 18 && (unsigned char) text[s.pos] < 0x80 &&
			(pa_ascii_class[(unsigned char) text[s.pos]] & (PA_CC_LETTER | PA_CC_DIGIT)) ?
			plain_ascii_word((const unsigned char *) text + s.pos, &kind, &flags) : 0;
		if (plain > 0)
		{
			end = plain_word_end(&s, plain, kind, &flags);
			plain = end - s.pos;
			quote_dir = PA_QUOTE_NONE;
		}
		else
		{
			c = peek_at(&s, s.pos);
			if (c.cls & (PA_CC_SPACE | PA_CC_NEWLINE | PA_CC_CONTROL) ||
				(c.cls & PA_CC_EMOJI_PART && c.cp != 0x20E3))
			{
				/* \r\n counts once */
				if ((c.cls & PA_CC_NEWLINE) && !(c.cp == '\n' && s.pos > 0 && text[s.pos - 1] == '\r'))
					newlines += newlines < 255;
				space_before = 1;
				advance_to(&s, c.next);
				continue;
			}
			end = scan_token(&s, c, &kind, &flags, &quote_dir);
			if (end <= s.pos)
				end = c.next;	/* never stall */
		}

		tok = push_token(&buf);
		if (tok == NULL)
			return PA_ERR_NOMEM;
		tok->start = (uint32_t) s.pos;
		tok->cstart = (uint32_t) s.cpos;
		if (plain > 0)
		{
			/* ASCII: as many code points as bytes */
			s.pos = end;
			s.cpos += plain;
		}
		else
			advance_to(&s, end);
		tok->end = (uint32_t) s.pos;
		tok->cend = (uint32_t) s.cpos;
		tok->kind = kind;
		tok->flags = flags | (space_before ? PA_TF_SPACE_BEFORE : 0);
		tok->quote_dir = quote_dir;
		tok->newlines_before = (uint8_t) newlines;
		newlines = 0;
		space_before = 0;
	}
	out->tokens = buf.tokens;
	out->count = buf.count;
	return PA_OK;
}

/* See tokenize.h. */
const char *
pa_token_kind_name(pa_token_kind kind)
{
	static const char *const names[PA_TOK_KIND_COUNT] = {
		"word", "number", "punct", "quote", "dash", "ellipsis", "url", "email",
		"symbol", "emoji"
	};

	if ((unsigned) kind >= PA_TOK_KIND_COUNT)
		return "unknown";
	return names[kind];
}

/* See tokenize.h. */
int32_t
pa_token_first_char(const char *text, const pa_token *token)
{
	size_t		pos = token->start;

	return pa_utf8_decode(text, token->end, &pos);
}
