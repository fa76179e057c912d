/*
 * pg_text.h: the bridge between a text datum in the server encoding and the
 * UTF-8 text the core reads.
 *
 * SQL positions are 1-based characters of the original string, counted the
 * way substr() counts them:
 *   UTF8       code points; the datum's bytes go to the core as they are;
 *   SQL_ASCII  bytes; the bytes go to the core, which checks they are UTF-8;
 *   others     server characters, one per code point; the core reads a
 *              converted copy, and returned text is cut from the original.
 */
#ifndef PA_PG_TEXT_H
#define PA_PG_TEXT_H

#include "postgres.h"

#include "../core/document.h"

typedef enum pa_pg_position_unit
{
	PA_POS_UTF8,				/* UTF-8 database */
	PA_POS_BYTES,				/* SQL_ASCII database */
	PA_POS_SERVER_CHARS			/* any other server encoding */
} pa_pg_position_unit;

typedef struct pa_pg_text
{
	const char *server;			/* the argument's bytes, server encoding */
	size_t		server_len;
	const char *utf8;			/* what the core reads (may be server) */
	size_t		utf8_len;
	pa_pg_position_unit unit;
	int			encoding;		/* server encoding id */
	bool		single_byte;	/* one byte per server character */
	size_t		cursor_char;	/* forward cursor over server characters: */
	size_t		cursor_byte;	/* character index and its byte offset */
	text	   *slice;			/* reused buffer for returned text */
	size_t		slice_capacity; /* bytes of slice after the header */
	MemoryContext memory;		/* where the UTF-8 copy and slice live */
} pa_pg_text;

/* SQL positions and text of one span of the document. */
typedef struct pa_pg_span
{
	int32		start_pos;		/* 1-based, inclusive */
	int32		end_pos;		/* 1-based, exclusive */
	text	   *value;			/* valid until the next call on the same pa_pg_text */
} pa_pg_span;

/*
 * Prepares body for the core; a converted copy, if any, is made in the
 * current memory context.  Unconvertible characters raise the server's
 * usual conversion error.
 */
void		pa_pg_text_init(pa_pg_text *t, text *body);

/*
 * Raises an error when the core counted a different number of code points
 * than there are server characters (a few characters of some Far East
 * encodings become two code points), since positions would then drift.
 */
void		pa_pg_text_check_char_count(const pa_pg_text *t, size_t utf8_chars);

/*
 * Positions and text of the core span [start, end) in bytes, [cstart, cend)
 * in code points.  Spans must come in increasing order for linear cost.
 */
void		pa_pg_text_span(pa_pg_text *t, uint32 start, uint32 end,
							uint32 cstart, uint32 cend, pa_pg_span *span);

/*
 * SQL position of the core offset byte (bytes) / chr (code points): the
 * same position pa_pg_text_span gives, without the text and without moving
 * the cursor, so it may be asked in any order.
 */
int32		pa_pg_text_position(const pa_pg_text *t, uint32 byte, uint32 chr);

/*
 * A new text value, in the current memory context, of len bytes of UTF-8
 * (text the core read or text built from it) in the server encoding.
 */
text	   *pa_pg_text_from_utf8(const pa_pg_text *t, const char *utf8, size_t len);

#endif							/* PA_PG_TEXT_H */
