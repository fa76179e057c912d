/*
 * evaluate.c: span counting for the trainer (see evaluate.h).
 */
#include "evaluate.h"

#include "ner_tags.h"

/* End (exclusive) of the span that starts at i. */
static size_t
span_end(const uint8_t *tags, size_t n, size_t i)
{
	size_t		j = i + 1;

	while (j < n && tags[j] == ner_inside_tag(ner_tag_type(tags[i])))
		j++;
	return j;
}

/* Counts gold, found and exactly matching spans. */
void
count_spans(const uint8_t *gold, const uint8_t *pred, size_t n, span_counts *counts)
{
	for (size_t i = 0; i < n; i++)
	{
		int			g = gold[i] != 0 && ner_tag_is_begin(gold[i]);
		int			p = pred[i] != 0 && ner_tag_is_begin(pred[i]);

		counts->gold += g;
		counts->found += p;
		if (g && p && gold[i] == pred[i] && span_end(gold, n, i) == span_end(pred, n, i))
			counts->correct++;
	}
}

/* F1 of the counts. */
double
span_f1(const span_counts *c)
{
	if (c->gold == 0 || c->found == 0 || c->correct == 0)
		return 0;
	return 2.0 * c->correct / (double) (c->gold + c->found);
}
