/*
 * test_quotes.c: quotation extraction on short articles written for these
 * tests: every quote glyph, broken and mixed marks, continuation and
 * multi-paragraph quotes, speakers before, inside and after the quote or in
 * a neighbouring sentence, pronouns, descriptions, roles, indirect speech,
 * and words in marks that are no quotation.  Each item is written as
 * "kind|quote|speaker|canonical|role|cue" ("-" for none), one per line.
 */
#include <stdio.h>
#include <stdlib.h>

#include "document.h"
#include "quotes.h"
#include "unit.h"

/* Appends the text of range r (or "-") and a separator to out. */
static size_t
append_range(const pa_document *doc, pa_token_range r, const char *sep, char *out, size_t used,
			 size_t size)
{
	int			n;

	if (r.count == 0)
		n = snprintf(out + used, size - used, "-%s", sep);
	else
	{
		const pa_token *first = &doc->tokens.tokens[r.first];
		const pa_token *last = &doc->tokens.tokens[r.first + r.count - 1];

		n = snprintf(out + used, size - used, "%.*s%s", (int) (last->end - first->start),
					 doc->text + first->start, sep);
	}
	return n < 0 || (size_t) n >= size - used ? size - 1 : used + (size_t) n;
}

/* Extracts the quotations of text[0..len) (with the given entities, if any) and describes them into out. */
static void
describe_quotes_with(const char *text, size_t len, const pa_quote_entity *entities,
					 size_t entity_count, char *out, size_t size)
{
	pa_arena	arena;
	pa_document doc;
	pa_quote_list list;
	size_t		bad = 0,
				used = 0;

	pa_arena_init(&arena, unit_allocator());
	out[0] = '\0';
	if (pa_document_analyze(&doc, text, len, &arena, NULL, &bad) == PA_OK &&
		pa_quotes_extract(&doc, entities, entity_count, &arena, NULL, &list) == PA_OK)
	{
		for (size_t k = 0; k < list.count; k++)
		{
			const pa_quote *q = &list.items[k];
			int			n = snprintf(out + used, size - used, "%s|",
									 pa_quote_kind_name((pa_quote_kind) q->kind));

			used = n < 0 || (size_t) n >= size - used ? size - 1 : used + (size_t) n;
			used = append_range(&doc, q->quote, "|", out, used, size);
			used = append_range(&doc, q->speaker, "|", out, used, size);
			used = append_range(&doc, q->canonical, "|", out, used, size);
			used = append_range(&doc, q->role, "|", out, used, size);
			used = append_range(&doc, q->cue, "\n", out, used, size);
		}
	}
	else
		snprintf(out, size, "analysis failed");
	pa_arena_release(&arena);
}

#define CHECK_QUOTES(text, expected) \
	do { char got_[4096]; describe_quotes_with(text, strlen(text), NULL, 0, got_, sizeof(got_)); \
		 CHECK_EQ_STR(got_, expected); } while (0)

/*
 * Like CHECK_QUOTES on a heap copy of text without its terminator, so that
 * the sanitizer build catches a word lookup reading past the end.
 */
#define CHECK_QUOTES_AT_END(text, expected) \
	do { char got_[4096]; size_t len_ = strlen(text); char *copy_ = malloc(len_); \
		 memcpy(copy_, text, len_); describe_quotes_with(copy_, len_, NULL, 0, got_, sizeof(got_)); \
		 free(copy_); CHECK_EQ_STR(got_, expected); } while (0)

UNIT_TEST(quotes_every_glyph)
{
	CHECK_QUOTES("\"We will win,\" Ana Ruiz said.",
				 "direct|We will win,|Ana Ruiz|Ana Ruiz|-|said\n");
	CHECK_QUOTES("“The plan is sound,” said Mark Weber, the finance minister.",
				 "direct|The plan is sound,|Mark Weber|Mark Weber|the finance minister|said\n");
	CHECK_QUOTES("«We stay here,» said Pierre Martin.",
				 "direct|We stay here,|Pierre Martin|Pierre Martin|-|said\n");
	CHECK_QUOTES("„We are ready,“ Klaus Berger said.",
				 "direct|We are ready,|Klaus Berger|Klaus Berger|-|said\n");
	CHECK_QUOTES("``It is over,'' Tom Hale said.",
				 "direct|It is over,|Tom Hale|Tom Hale|-|said\n");
}

UNIT_TEST(quotes_nested_single_marks_stay_inside)
{
	CHECK_QUOTES("“They told us ‘wait,’ and we waited,” Lena Vogt said.",
				 "direct|They told us ‘wait,’ and we waited,|Lena Vogt|Lena Vogt|-|said\n");
	CHECK_QUOTES("``They told us `wait,' and we waited,'' Lena Vogt said.",
				 "direct|They told us `wait,' and we waited,|Lena Vogt|Lena Vogt|-|said\n");
}

UNIT_TEST(quotes_apostrophes_are_not_marks)
{
	CHECK_QUOTES("“Scholz’s plan is from the ’90s,” said Eva Braun. “It is rock ’n’ roll.”",
				 "direct|Scholz’s plan is from the ’90s,|Eva Braun|Eva Braun|-|said\n"
				 "direct|It is rock ’n’ roll.|-|Eva Braun|-|-\n");
}

UNIT_TEST(quotes_broken_marks)
{
	/* a closing mark written as an opening one */
	CHECK_QUOTES("“We will appeal by the end of the month,“ Ana Ruiz said.",
				 "direct|We will appeal by the end of the month,|Ana Ruiz|Ana Ruiz|-|said\n");
	/* no space around the marks */
	CHECK_QUOTES("The ministry met on Monday. “We will appeal,”said Ana Ruiz.“The ruling is wrong.”",
				 "direct|We will appeal,|Ana Ruiz|Ana Ruiz|-|said\n"
				 "direct|The ruling is wrong.|-|Ana Ruiz|-|-\n");
	/* an empty pair run together */
	CHECK_QUOTES("The sign was blank: “”. “We stay,” said Tom Hale.",
				 "direct|We stay,|Tom Hale|Tom Hale|-|said\n");
	/* straight and curly marks in one article */
	CHECK_QUOTES("\"We stay,\" said Tom Hale. “We go,” said Ana Ruiz.",
				 "direct|We stay,|Tom Hale|Tom Hale|-|said\n"
				 "direct|We go,|Ana Ruiz|Ana Ruiz|-|said\n");
}

UNIT_TEST(quotes_stray_mark_stays_in_its_paragraph)
{
	CHECK_QUOTES("Tom Hale said \"the plan was fine.\n\n“We will win,” Ana Ruiz said. The vote is on Friday.",
				 "partial|the plan was fine.|Tom Hale|Tom Hale|-|said\n"
				 "direct|We will win,|Ana Ruiz|Ana Ruiz|-|said\n");
}

UNIT_TEST(quotes_multi_paragraph_and_continuations)
{
	CHECK_QUOTES("“The first part goes on,” Ana Ruiz said. “It has a second sentence.\n\n"
				 "“And it ends in a second paragraph.”\n\nThe vote is on Friday.",
				 "direct|The first part goes on,|Ana Ruiz|Ana Ruiz|-|said\n"
				 "direct|It has a second sentence.|-|Ana Ruiz|-|-\n"
				 "direct|And it ends in a second paragraph.|-|Ana Ruiz|-|-\n");
}

UNIT_TEST(quotes_speaker_positions)
{
	/* split by the attribution: two items, one speaker */
	CHECK_QUOTES("“We are ready,” Ana Ruiz said, “and we will start now.”",
				 "direct|We are ready,|Ana Ruiz|Ana Ruiz|-|said\n"
				 "direct|and we will start now.|Ana Ruiz|Ana Ruiz|-|said\n");
	/* a colon introduction, in the sentence and ending the previous paragraph */
	CHECK_QUOTES("Ana Ruiz said: “We are ready.”",
				 "direct|We are ready.|Ana Ruiz|Ana Ruiz|-|said\n");
	CHECK_QUOTES("A Justice Department spokesman said:\n\n“The review is complete.”",
				 "direct|The review is complete.|A Justice Department spokesman|"
				 "Justice Department spokesman|-|said\n");
	/* the speaker in the previous or the next sentence */
	CHECK_QUOTES("The council met on Monday.\n\nTom Hale said. “We will rebuild the bridge.”",
				 "direct|We will rebuild the bridge.|Tom Hale|Tom Hale|-|said\n");
	CHECK_QUOTES("The council met on Monday.\n\n“We will rebuild the bridge.” Tom Hale said.",
				 "direct|We will rebuild the bridge.|Tom Hale|Tom Hale|-|said\n");
	/* an appositive role longer than the attribution window */
	CHECK_QUOTES("“The bank had no choice,” said Anna Stein, an economist at a Geneva investment fund.",
				 "direct|The bank had no choice,|Anna Stein|Anna Stein|an economist at a Geneva investment fund|said\n");
	/* a long aside between the quote and its attribution */
	CHECK_QUOTES("“The bridge is safe,” Tom Hale, an engineer who has inspected it for the city "
				 "since the flood, said on Monday.",
				 "direct|The bridge is safe,|Tom Hale|Tom Hale|an engineer who has inspected it for the city "
				 "since the flood|said\n");
}

UNIT_TEST(quotes_pronouns_agree_in_gender)
{
	CHECK_QUOTES("Ana Ruiz spoke on Monday. “We are ready,” she said. “The work starts now.”",
				 "direct|We are ready,|she|Ana Ruiz|-|said\n"
				 "direct|The work starts now.|-|Ana Ruiz|-|-\n");
	CHECK_QUOTES("Ana Ruiz and Tom Hale met on Monday. “We agree on the budget,” she said. "
				 "“Not on the schedule,” he added.",
				 "direct|We agree on the budget,|she|Ana Ruiz|-|said\n"
				 "direct|Not on the schedule,|he|Tom Hale|-|added\n");
	/* a place is nobody's he or she */
	CHECK_QUOTES("Tom Hale flew to East Africa on Monday. “The trip is long,” he said.",
				 "direct|The trip is long,|he|Tom Hale|-|said\n");
}

UNIT_TEST(quotes_descriptions_and_roles)
{
	CHECK_QUOTES("“Prices will rise,” a senior official said.",
				 "direct|Prices will rise,|a senior official|senior official|-|said\n");
	CHECK_QUOTES("Interior Ministry deputy spokeswoman Ana Ruiz said the border was closed.",
				 "indirect|the border was closed|Ana Ruiz|Ana Ruiz|Interior Ministry deputy spokeswoman|said\n");
	/* a description names the person the document introduced with it */
	CHECK_QUOTES("Cuban leader Fidel Castro spoke first. The Cuban leader said the talks would go on.",
				 "indirect|the talks would go on|The Cuban leader|Fidel Castro|-|said\n");
	/* a short description takes the earlier full one */
	CHECK_QUOTES("A police spokesman said the road was closed.\n\nThe spokesman said later that it had reopened.",
				 "indirect|the road was closed|A police spokesman|police spokesman|-|said\n"
				 "indirect|it had reopened|The spokesman|police spokesman|-|said\n");
}

UNIT_TEST(quotes_indirect_speech)
{
	CHECK_QUOTES("Ana Ruiz said that the bridge would reopen in May.",
				 "indirect|the bridge would reopen in May|Ana Ruiz|Ana Ruiz|-|said\n");
	CHECK_QUOTES("Tom Hale told reporters the talks had failed.",
				 "indirect|the talks had failed|Tom Hale|Tom Hale|-|told reporters\n");
	CHECK_QUOTES("The talks failed, according to Tom Hale.",
				 "indirect|The talks failed|Tom Hale|Tom Hale|-|according to\n");
	CHECK_QUOTES("According to Tom Hale, the talks failed.",
				 "indirect|the talks failed|Tom Hale|Tom Hale|-|According to\n");
	/* an infinitive is no report */
	CHECK_QUOTES("Tom Hale vowed to rebuild the bridge.", "");
}

UNIT_TEST(quotes_scare_quotes_and_titles_are_not_quotes)
{
	CHECK_QUOTES("The so-called “reform” failed. She watched “High Noon” again.", "");
	/* quoted words with a source are a partial quote */
	CHECK_QUOTES("The mayor gave a speech on Monday. Critics called the plan “a costly mistake” and left.",
				 "partial|a costly mistake|Critics|Critics|-|called\n");
}

UNIT_TEST(quotes_use_the_callers_entities)
{
	/* the tagger says Merkel (token 4) is Angela Merkel (tokens 0-1), a person */
	const char *text = "Angela Merkel arrived. Merkel said the talks had failed.";
	pa_quote_entity entities[2] = {
		{{0, 2}, {0, 2}, PA_ENTITY_PERSON},
		{{4, 1}, {0, 2}, PA_ENTITY_PERSON},
	};
	char		got[1024];

	describe_quotes_with(text, strlen(text), entities, 2, got, sizeof(got));
	CHECK_EQ_STR(got, "indirect|the talks had failed|Merkel|Angela Merkel|-|said\n");
}

UNIT_TEST(quotes_link_the_callers_entities_to_the_nearest_fuller_form)
{
	/*
	 * Canonical ranges left empty: Gonzalez (token 16) is the nearest earlier
	 * Gonzalez, Lazaro Gonzalez; the U.S. prefix leaves the agency's name;
	 * Eig, which the tagger missed, is still linked to Spencer Eig.
	 */
	const char *text = "Juan Gonzalez arrived. Spencer Eig and Lazaro Gonzalez of the U.S. "
		"Immigration Service met. Gonzalez said the talks had failed. "
		"Eig said the boy would stay.";
	pa_quote_entity entities[5] = {
		{{0, 2}, {0, 0}, PA_ENTITY_PERSON},
		{{4, 2}, {0, 0}, PA_ENTITY_PERSON},
		{{7, 2}, {0, 0}, PA_ENTITY_PERSON},
		{{11, 3}, {0, 0}, PA_ENTITY_ORG},
		{{16, 1}, {0, 0}, PA_ENTITY_PERSON},
	};
	char		got[1024];

	describe_quotes_with(text, strlen(text), entities, 5, got, sizeof(got));
	CHECK_EQ_STR(got, "indirect|the talks had failed|Gonzalez|Lazaro Gonzalez|-|said\n"
				 "indirect|the boy would stay|Eig|Spencer Eig|-|said\n");
}

UNIT_TEST(quotes_positions_and_paragraphs)
{
	const char *text = "The council met.\n\n“We will win,” Ana Ruiz said.";
	pa_arena	arena;
	pa_document doc;
	pa_quote_list list;
	size_t		bad = 0;

	pa_arena_init(&arena, unit_allocator());
	CHECK(pa_document_analyze(&doc, text, strlen(text), &arena, NULL, &bad) == PA_OK);
	CHECK(pa_quotes_extract(&doc, NULL, 0, &arena, NULL, &list) == PA_OK);
	CHECK_EQ_LONG(list.count, 1);
	if (list.count == 1)
	{
		const pa_quote *q = &list.items[0];

		CHECK_EQ_LONG(q->kind, PA_QUOTE_DIRECT);
		CHECK_EQ_LONG(q->paragraph, 1);
		CHECK_EQ_LONG(q->sentence, 1);
		CHECK_EQ_LONG(doc.tokens.tokens[q->quote.first].cstart, 19);
		CHECK_EQ_LONG(doc.tokens.tokens[q->quote.first + q->quote.count - 1].cend, 31);
	}
	pa_arena_release(&arena);
}

UNIT_TEST(quotes_empty_and_markless_text)
{
	CHECK_QUOTES("", "");
	CHECK_QUOTES("The council met on Monday and adjourned.", "");
	CHECK_QUOTES("\"\"\"\"\" '' `` “ ” „", "");
}

UNIT_TEST(quotes_words_at_the_end_of_the_text)
{
	/* a cue, a role and a long title as the last words, without a full stop */
	CHECK_QUOTES_AT_END("\"The talks failed,\" Tom Hale said",
						"direct|The talks failed,|Tom Hale|Tom Hale|-|said\n");
	CHECK_QUOTES_AT_END("\"We acted quickly,\" Interior Ministry spokeswoman Ana Ruiz acknowledged",
						"direct|We acted quickly,|Ana Ruiz|Ana Ruiz|Interior Ministry spokeswoman|"
						"acknowledged\n");
	CHECK_QUOTES_AT_END("\"Peace is possible,\" said Secretary-General Ban Ki-moon",
						"direct|Peace is possible,|Ban Ki-moon|Ban Ki-moon|Secretary-General|said\n");
	CHECK_QUOTES_AT_END("The mayor said", "");
}

UNIT_TEST(quotes_subjects_around_clauses_and_appositions)
{
	/* the antecedent of a relative clause before the cue */
	CHECK_QUOTES("Committee members who spoke on condition of anonymity said the vote was delayed.",
				 "indirect|the vote was delayed|Committee members|Committee members|-|said\n");
	/* a person named before "of the" body */
	CHECK_QUOTES("Bishop Henry Mansell of the Archdiocese of Buffalo said the shooting was an act of madness.",
				 "indirect|the shooting was an act of madness|Henry Mansell|Henry Mansell|Bishop|said\n");
	/* members of a body speak for themselves */
	CHECK_QUOTES("Officials of the Transport Ministry said the road would reopen.",
				 "indirect|the road would reopen|Officials of the Transport Ministry|"
				 "Officials of the Transport Ministry|-|said\n");
	/* a name in apposition to a description subject, past a relative clause */
	CHECK_QUOTES("The union leader, Tom Hale, who joined the union in 1990, said the strike would end.",
				 "indirect|the strike would end|Tom Hale|Tom Hale|The union leader|said\n");
	/* an inverted speaker after the clause */
	CHECK_QUOTES("The talks are over, said Tom Hale, a union leader.",
				 "indirect|The talks are over|Tom Hale|Tom Hale|a union leader|said\n");
	/* a possessor before the name is a role */
	CHECK_QUOTES("“It is over,” said Westfield College’s Tom Hale.",
				 "direct|It is over,|Tom Hale|Tom Hale|Westfield College’s|said\n");
}

UNIT_TEST(quotes_participles_and_passives)
{
	/* an opening participle takes the subject of the main clause */
	CHECK_QUOTES("Calling the plan “a disaster,” Senator Tom Hale said it would fail.",
				 "partial|a disaster,|Tom Hale|Tom Hale|Senator|Calling\n"
				 "indirect|it would fail|Tom Hale|Tom Hale|Senator|said\n");
	/* being asked is no speaking: the quote belongs to the one who said so */
	CHECK_QUOTES("Tom Hale said he remembered being asked to “find a way out.”",
				 "partial|find a way out.|Tom Hale|Tom Hale|-|said\n");
}

UNIT_TEST(quotes_plural_pronouns)
{
	CHECK_QUOTES("Many residents said they would leave. “We have no choice,” they said.",
				 "indirect|they would leave|Many residents|residents|-|said\n"
				 "direct|We have no choice,|they|residents|-|said\n");
	/* with no earlier speaker, they is the nearest group named before */
	CHECK_QUOTES("The Cuban Americans of the city gather every Sunday.\n\n“We will not forget,” they said.",
				 "direct|We will not forget,|they|Cuban Americans|-|said\n");
}

UNIT_TEST(quotes_country_speaks_for_its_government)
{
	/* a country, or its government, is the government the document names with its adjective */
	CHECK_QUOTES("The Moldovan government met on Monday. On Tuesday, Moldova said the border would stay open.",
				 "indirect|the border would stay open|Moldova|Moldovan government|-|said\n");
	CHECK_QUOTES("The Moldovan government met on Monday. After the talks, Moldova's government said it was pleased.",
				 "indirect|it was pleased|Moldova's government|Moldovan government|-|said\n");
	/* with no such phrase, the country stays itself */
	CHECK_QUOTES("The talks ended on Monday. On Tuesday, Moldova said the border would stay open.",
				 "indirect|the border would stay open|Moldova|Moldova|-|said\n");
}

UNIT_TEST(quotes_descriptions_keep_shares_and_agents)
{
	/* a share keeps its number */
	CHECK_QUOTES("About 62 percent of the voters said they were undecided.",
				 "indirect|they were undecided|About 62 percent of the voters|62 percent of the voters|-|said\n");
	/* a short description takes the introducing phrase with its agent */
	CHECK_QUOTES("“The dam leaked for weeks,” said an engineer quoted by the newspaper.\n\n"
				 "“It was too costly,” the engineer said.",
				 "direct|The dam leaked for weeks,|an engineer|engineer|-|said\n"
				 "direct|It was too costly,|the engineer|engineer quoted by the newspaper|-|said\n");
	/* a clause after the phrase is no agent */
	CHECK_QUOTES("The dam leaked for weeks. An engineer quoted by the newspaper blamed the builders.\n\n"
				 "“It was too costly,” the engineer said.",
				 "direct|It was too costly,|the engineer|engineer|-|said\n");
	/* a statement speaks for the one who issued it */
	CHECK_QUOTES("Tom Hale said in a statement that the plant would close. "
				 "“We regret the decision,” the statement said.",
				 "indirect|the plant would close|Tom Hale|Tom Hale|-|said\n"
				 "direct|We regret the decision,|the statement|Tom Hale|-|said\n");
	/* a letter speaks for the one who signed it */
	CHECK_QUOTES("The mayor read out a letter signed by Tom Hale. “We will rebuild,” the letter said.",
				 "direct|We will rebuild,|the letter|Tom Hale|-|said\n");
}

UNIT_TEST(quotes_a_relative_shares_the_family_name)
{
	CHECK_QUOTES("Anna Weber's father said the farm would be sold. Karl Weber bought it in 1970.",
				 "indirect|the farm would be sold|Anna Weber's father|Karl Weber|-|said\n");
	/* a woman of that name is nobody's father */
	CHECK_QUOTES("Anna Weber's father said the farm would be sold. Maria Weber bought it in 1970.",
				 "indirect|the farm would be sold|Anna Weber's father|Anna Weber's father|-|said\n");
}

UNIT_TEST(quotes_subject_phrases_around_adjuncts)
{
	/* an adjunct before the cue is no speaker; an adverb ends the subject */
	CHECK_QUOTES("The neighbours thus far have refused to talk, and in recent weeks said they would move.",
				 "indirect|they would move|The neighbours|neighbours|-|said\n");
	/* a place with its region inside a prepositional phrase */
	CHECK_QUOTES("The police in the Dayton, Ohio, area said the road was closed.",
				 "indirect|the road was closed|The police in the Dayton, Ohio, area|"
				 "police in the Dayton, Ohio, area|-|said\n");
}

UNIT_TEST(quotes_partial_after_an_earlier_quote_of_its_sentence)
{
	/* the cue before the sentence's first quote, not the one of the next clause */
	CHECK_QUOTES("Ana Ruiz said the plan “shows our resolve” to voters “to build the bridge,” "
				 "and the work starts soon, Tom Hale said.",
				 "partial|shows our resolve|Ana Ruiz|Ana Ruiz|-|said\n"
				 "partial|to build the bridge,|Ana Ruiz|Ana Ruiz|-|said\n");
}
