/*
 * segment_tokens.c: token predicates shared by the paragraph and sentence
 * rules: terminal marks in any script, closers that stick to them, and the
 * kinds of abbreviation (titles, initials) that decide whether a period
 * ends anything.
 */
#include "segment_tokens.h"

/* Whether a code point ends sentences in some script: . ! ? 。 ؟ । and the like. */
int
sg_is_terminal_char(int32_t cp)
{
	switch (cp)
	{
		case '.':
		case '!':
		case '?':
		case 0x037E:			/* ; Greek question mark */
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

/* Whether a code point is in the Greek or Greek Extended block. */
static int
is_greek_letter(int32_t cp)
{
	return (cp >= 0x0370 && cp <= 0x03FF) || (cp >= 0x1F00 && cp <= 0x1FFF);
}

/* Whether token i is a semicolon used as a Greek question mark. */
static int
is_greek_question(const segmenter *sg, size_t i)
{
	return i > 0 && sg_token_is(sg, i, ";") && !(sg->tokens[i].flags & PA_TF_SPACE_BEFORE) &&
		sg->tokens[i - 1].kind == PA_TOK_WORD && is_greek_letter(sg_first_char(sg, i - 1));
}

/* Whether token i is sentence-final punctuation: . ! ? ... and the like. */
int
sg_is_terminal_token(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];

	int32_t		cp;

	if (t->kind == PA_TOK_ELLIPSIS)
		return 1;
	if (t->kind != PA_TOK_PUNCT)
		return 0;
	cp = sg_first_char(sg, i);
	return sg_is_terminal_char(cp) || (cp == ';' && is_greek_question(sg, i));
}

/* Whether token i closes something and sticks to the token before it. */
int
sg_is_attached_closer(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];
	int32_t		cp;

	if (t->flags & PA_TF_SPACE_BEFORE)
		return 0;
	if (t->kind == PA_TOK_QUOTE)
		return t->quote_dir != PA_QUOTE_OPEN;
	cp = sg_first_char(sg, i);
	return t->kind == PA_TOK_PUNCT && (cp == ')' || cp == ']' || cp == '}');
}

/* Whether token i, without its period, is a sentence-opening word. */
int
sg_is_starter(const segmenter *sg, size_t i)
{
	return pa_is_sentence_starter(sg->text + sg->tokens[i].start, sg_word_length(sg, i));
}

/* Abbreviation class of token i (a word that keeps its period). */
pa_abbrev_class
sg_abbrev_class(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];

	if (!(t->flags & PA_TF_ABBREV))
		return PA_ABBR_NONE;
	return pa_abbrev_lookup(sg->text + t->start, sg_word_length(sg, i));
}

/*
 * Whether abbreviation token i is a title before a name (Sen., St. Louis)
 * rather than a street after one (Downing St.).
 */
int
sg_is_title(const segmenter *sg, size_t i)
{
	pa_abbrev_class cls = sg_abbrev_class(sg, i);

	if (cls == PA_ABBR_TITLE_STREET)
		return !(i > 0 && sg->tokens[i].newlines_before == 0 && sg_is_capitalised_word(sg, i - 1));
	return cls == PA_ABBR_TITLE;
}

/*
 * Whether token i is a run of initials: W. or J.R.R. (capitals and periods
 * that are not a known acronym such as U.S.).
 */
int
sg_is_initials(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];
	size_t		len = t->end - t->start;
	const char *w = sg->text + t->start;

	if (t->flags & PA_TF_INITIAL)
		return 1;
	if (!(t->flags & PA_TF_ABBREV) || len < 4 || len % 2 != 0)
		return 0;
	for (size_t k = 0; k < len; k += 2)
		if (!(w[k] >= 'A' && w[k] <= 'Z') || w[k + 1] != '.')
			return 0;
	return !pa_is_known_acronym(w, len - 1);
}

/* Whether token i starts a bullet item: "•", "-", "*", "1.", "2)" at line start. */
int
sg_is_bullet(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];
	int32_t		cp = sg_first_char(sg, i);

	if (i + 1 >= sg->count || sg->tokens[i + 1].newlines_before > 0)
		return 0;
	if (cp == 0x2022 || cp == 0x00B7 || cp == 0x25CF || cp == 0x25AA || cp == 0x2023 ||
		cp == 0x25E6 || cp == 0x2043)
		return 1;
	if ((cp == '-' || cp == '*' || cp == 0x2013 || cp == 0x2014) && t->end - t->start <= 3 &&
		(sg->tokens[i + 1].flags & PA_TF_SPACE_BEFORE))
		return 1;
	if (t->kind == PA_TOK_NUMBER && t->end - t->start <= 2 && i + 2 < sg->count &&
		(sg_token_is(sg, i + 1, ".") || sg_token_is(sg, i + 1, ")")) &&
		(sg->tokens[i + 2].flags & PA_TF_SPACE_BEFORE))
		return 1;
	return 0;
}
