/*
 * document.c: runs the text layer (validation, tokens, sentences) over one
 * article.
 */
#include "document.h"

#include "utf8.h"

/* Bytes validated between two progress ticks. */
#define VALIDATE_CHUNK (1024 * 1024)

/*
 * Validates text and counts its code points a chunk at a time, ticking the
 * progress callback in between so that huge inputs can be cancelled.  Each
 * chunk ends before a lead byte, so no sequence is cut in two.
 */
static pa_status
validate_and_count(const char *text, size_t len, const pa_progress *progress,
				   size_t *char_count, size_t *bad_offset)
{
	size_t		pos = 0;

	*char_count = 0;
	while (pos < len)
	{
		size_t		end = len - pos > VALIDATE_CHUNK ? pos + VALIDATE_CHUNK : len;
		size_t		bad;

		while (end < len && end > pos && ((unsigned char) text[end] & 0xC0) == 0x80)
			end--;
		if (!pa_utf8_validate(text + pos, end - pos, &bad))
		{
			if (bad_offset != NULL)
				*bad_offset = pos + bad;
			return PA_ERR_INVALID_UTF8;
		}
		*char_count += pa_utf8_count_chars(text + pos, end - pos);
		pos = end;
		if (pos < len && progress != NULL && progress->tick != NULL && progress->tick(progress->ctx))
			return PA_CANCELLED;
	}
	return PA_OK;
}

/* Validates, tokenizes and segments one article into doc. */
pa_status
pa_document_analyze(pa_document *doc, const char *text, size_t len,
					pa_arena *arena, const pa_progress *progress,
					size_t *bad_offset)
{
	pa_status	status;

	doc->text = text;
	doc->len = len;
	doc->char_count = 0;
	doc->tokens.tokens = NULL;
	doc->tokens.count = 0;
	doc->segments.sentences = NULL;
	doc->segments.sentence_count = 0;
	doc->segments.paragraphs = NULL;
	doc->segments.paragraph_count = 0;

	if (len > UINT32_MAX)
		return PA_ERR_TOO_LONG;
	status = validate_and_count(text, len, progress, &doc->char_count, bad_offset);
	if (status != PA_OK)
		return status;

	status = pa_tokenize(text, len, arena, progress, &doc->tokens);
	if (status != PA_OK)
		return status;
	return pa_segment(text, &doc->tokens, arena, progress, &doc->segments);
}
