/*
 * tokenize.h: splits UTF-8 text into tokens with kinds and positions.
 *
 * Word tokens keep the period of abbreviations, initials and dotted acronyms
 * (Mr., W., U.S., a.m.), as the CoNLL corpora do; every other period is a
 * token of its own.  Possessive 's is split off (Merkel's -> Merkel 's).
 * Quote marks are tokens of kind PA_TOK_QUOTE that record their glyph and
 * the direction their surroundings suggest; apostrophes inside words
 * (O'Brien, rock ’n’ roll, ’90s) are not quote marks.
 */
#ifndef PA_TOKENIZE_H
#define PA_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "status.h"

typedef enum pa_token_kind
{
	PA_TOK_WORD,
	PA_TOK_NUMBER,
	PA_TOK_PUNCT,
	PA_TOK_QUOTE,
	PA_TOK_DASH,
	PA_TOK_ELLIPSIS,
	PA_TOK_URL,
	PA_TOK_EMAIL,
	PA_TOK_SYMBOL,
	PA_TOK_EMOJI,
	PA_TOK_KIND_COUNT
} pa_token_kind;

/* Token flags. */
enum
{
	PA_TF_SPACE_BEFORE = 1 << 0,	/* white space (or text start) precedes */
	PA_TF_CAPITALISED = 1 << 1, /* first letter upper case */
	PA_TF_ALL_CAPS = 1 << 2,	/* two or more letters, none lower case */
	PA_TF_LOWER = 1 << 3,		/* first letter lower case */
	PA_TF_ABBREV = 1 << 4,		/* ends in a period that belongs to it (Mr., U.S.) */
	PA_TF_INITIAL = 1 << 5,		/* one upper-case letter and a period (W.) */
	PA_TF_NOSPACE_SCRIPT = 1 << 6,	/* Han, Kana, Thai... */
	PA_TF_HAS_DIGIT = 1 << 7	/* a digit somewhere in the token */
};

/* What the surroundings of a quote mark suggest. */
typedef enum pa_quote_dir
{
	PA_QUOTE_NONE = 0,			/* not a quote token */
	PA_QUOTE_OPEN,
	PA_QUOTE_CLOSE,
	PA_QUOTE_UNKNOWN
} pa_quote_dir;

typedef struct pa_token
{
	uint32_t	start;			/* byte offset in the UTF-8 text */
	uint32_t	end;			/* byte offset, exclusive */
	uint32_t	cstart;			/* code point offset */
	uint32_t	cend;			/* code point offset, exclusive */
	uint8_t		kind;			/* pa_token_kind */
	uint8_t		flags;			/* PA_TF_* */
	uint8_t		quote_dir;		/* pa_quote_dir */
	uint8_t		newlines_before;	/* line breaks in the white space before, at most 255 */
} pa_token;

typedef struct pa_token_list
{
	pa_token   *tokens;
	size_t		count;
} pa_token_list;

/*
 * Called every so often during long loops.  It may longjmp out (PostgreSQL's
 * CHECK_FOR_INTERRUPTS does): the core holds nothing but arena memory while
 * it runs, so that is safe.  A nonzero return asks the core to stop with
 * PA_CANCELLED.
 */
typedef struct pa_progress
{
	int			(*tick) (void *ctx);
	void	   *ctx;
} pa_progress;

/*
 * Tokenizes well-formed UTF-8 (check with pa_utf8_validate first; ill-formed
 * bytes become symbol tokens rather than a crash).  Offsets are limited to
 * 32 bits: longer text gives PA_ERR_TOO_LONG.
 */
pa_status	pa_tokenize(const char *text, size_t len, pa_arena *arena,
						const pa_progress *progress, pa_token_list *out);

/* Name of a token kind as the SQL and JSON output spell it ("word", ...). */
const char *pa_token_kind_name(pa_token_kind kind);

/* The first code point of a quote token (its glyph). */
int32_t		pa_token_first_char(const char *text, const pa_token *token);

#endif							/* PA_TOKENIZE_H */
