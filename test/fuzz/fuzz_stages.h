/*
 * fuzz_stages.h: the later core stages under the fuzzer: dates
 * (pa_dates_find, with a publication date taken from the input and with
 * none) and quotes (pa_quotes_extract, no entities) on an analysed document.
 */
#ifndef FUZZ_STAGES_H
#define FUZZ_STAGES_H

#include "document.h"

/*
 * Runs each stage on doc and checks its results (spans, offsets, sentence
 * indexes, order), that a second run agrees, that running out of memory
 * part-way gives PA_ERR_NOMEM and that a cancel request gives PA_CANCELLED.
 */
void		fuzz_check_stages(const pa_document *doc, const uint8_t *data, size_t size);

#endif							/* FUZZ_STAGES_H */
