/*
 * document.c: runs the text layer (validation, tokens, sentences) over one
 * article.
 */
#include "document.h"

#include "utf8.h"

/* Validates, tokenizes and segments one article into doc. */
pa_status
pa_document_analyze(pa_document *doc, const char *text, size_t len,
					pa_arena *arena, const pa_progress *progress,
					size_t *bad_offset)
{
	pa_status	status;
	size_t		bad;

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
	if (!pa_utf8_validate(text, len, &bad))
	{
		if (bad_offset != NULL)
			*bad_offset = bad;
		return PA_ERR_INVALID_UTF8;
	}
	doc->char_count = pa_utf8_count_chars(text, len);

	status = pa_tokenize(text, len, arena, progress, &doc->tokens);
	if (status != PA_OK)
		return status;
	return pa_segment(text, &doc->tokens, arena, progress, &doc->segments);
}
