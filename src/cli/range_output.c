/*
 * range_output.c: token ranges of a document as JSON values.
 */
#include "range_output.h"

/* See range_output.h. */
void
cli_write_range_text(const pa_document *d, pa_token_range r, json_writer *out)
{
	const pa_token *first,
			   *last;

	if (r.count == 0)
	{
		JW_LIT(out, "null");
		return;
	}
	first = &d->tokens.tokens[r.first];
	last = &d->tokens.tokens[r.first + r.count - 1];
	jw_text(out, d->text + first->start, last->end - first->start);
}

/* See range_output.h. */
void
cli_write_range_position(const pa_document *d, pa_token_range r, int end, json_writer *out)
{
	if (r.count == 0)
	{
		JW_LIT(out, "null");
		return;
	}
	if (end)
		jw_uint(out, (uint64_t) d->tokens.tokens[r.first + r.count - 1].cend + 1);
	else
		jw_uint(out, (uint64_t) d->tokens.tokens[r.first].cstart + 1);
}
