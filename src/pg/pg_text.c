/*
 * pg_text.c: server encoding to UTF-8 for the core, and core offsets back to
 * SQL positions and server-encoded text.
 */
#include "pg_text.h"

#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

/* Sets up t over body: which bytes the core reads and how positions count. */
void
pa_pg_text_init(pa_pg_text *t, text *body)
{
	memset(t, 0, sizeof(*t));
	t->server = VARDATA_ANY(body);
	t->server_len = VARSIZE_ANY_EXHDR(body);
	t->encoding = GetDatabaseEncoding();
	t->single_byte = pg_database_encoding_max_length() == 1;
	t->memory = CurrentMemoryContext;
	t->utf8 = t->server;
	t->utf8_len = t->server_len;

	if (t->encoding == PG_UTF8)
		t->unit = PA_POS_UTF8;
	else if (t->encoding == PG_SQL_ASCII)
		t->unit = PA_POS_BYTES;
	else
	{
		t->unit = PA_POS_SERVER_CHARS;
		t->utf8 = pg_server_to_any(t->server, (int) t->server_len, PG_UTF8);
		if (t->utf8 != t->server)
			t->utf8_len = strlen(t->utf8);
	}
}

/* See pg_text.h. */
void
pa_pg_text_check_char_count(const pa_pg_text *t, size_t utf8_chars)
{
	size_t		server_chars;

	if (t->unit != PA_POS_SERVER_CHARS || t->single_byte)
		return;
	server_chars = (size_t) pg_mbstrlen_with_len(t->server, (int) t->server_len);
	if (server_chars != utf8_chars)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("text has characters that are more than one Unicode code point"),
				 errdetail("Positions count characters of the server encoding \"%s\", "
						   "which would not match the analysed text.",
						   GetDatabaseEncodingName())));
}

/*
 * Byte offset of server character char_index, walking a cursor forward from
 * the previous answer (back to the start when asked for an earlier one).
 */
static size_t
server_byte_offset(pa_pg_text *t, size_t char_index)
{
	if (t->single_byte)
		return Min(char_index, t->server_len);
	if (char_index < t->cursor_char)
	{
		t->cursor_char = 0;
		t->cursor_byte = 0;
	}
	while (t->cursor_char < char_index && t->cursor_byte < t->server_len)
	{
		t->cursor_byte += pg_encoding_mblen(t->encoding, t->server + t->cursor_byte);
		t->cursor_char++;
	}
	return Min(t->cursor_byte, t->server_len);
}

/* Copies bytes into the reusable slice buffer as a text value. */
static text *
slice_text(pa_pg_text *t, const char *bytes, size_t len)
{
	if (t->slice == NULL || len > t->slice_capacity)
	{
		size_t		capacity = Max(len, Max(t->slice_capacity * 2, (size_t) 256));

		if (t->slice != NULL)
			pfree(t->slice);
		t->slice = MemoryContextAllocHuge(t->memory, VARHDRSZ + capacity);
		t->slice_capacity = capacity;
	}
	SET_VARSIZE(t->slice, VARHDRSZ + len);
	memcpy(VARDATA(t->slice), bytes, len);
	return t->slice;
}

/* See pg_text.h. */
void
pa_pg_text_span(pa_pg_text *t, uint32 start, uint32 end,
				uint32 cstart, uint32 cend, pa_pg_span *span)
{
	span->start_pos = pa_pg_text_position(t, start, cstart);
	span->end_pos = pa_pg_text_position(t, end, cend);
	if (t->unit == PA_POS_SERVER_CHARS)
	{
		size_t		from = server_byte_offset(t, cstart);
		size_t		to = server_byte_offset(t, cend);

		span->value = slice_text(t, t->server + from, to - from);
	}
	else
		span->value = slice_text(t, t->utf8 + start, end - start);
}

/* See pg_text.h. */
int32
pa_pg_text_position(const pa_pg_text *t, uint32 byte, uint32 chr)
{
	return (int32) (t->unit == PA_POS_BYTES ? byte : chr) + 1;
}

/* See pg_text.h. */
text *
pa_pg_text_from_utf8(const pa_pg_text *t, const char *utf8, size_t len)
{
	char	   *server;
	text	   *result;

	if (t->unit != PA_POS_SERVER_CHARS)
		return cstring_to_text_with_len(utf8, (int) len);
	server = pg_any_to_server(utf8, (int) len, PG_UTF8);
	if (server == utf8)
		return cstring_to_text_with_len(utf8, (int) len);
	result = cstring_to_text(server);
	pfree(server);
	return result;
}
