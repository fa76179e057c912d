/*
 * model_write.h: turning the trainer's averaged weights into a model file
 * (ner_model.h): quantised to 16-bit integers, rows whose every weight
 * rounds below a threshold dropped, kept rows placed in the slot table.
 */
#ifndef TRAIN_MODEL_WRITE_H
#define TRAIN_MODEL_WRITE_H

#include "weights.h"

typedef struct model_image
{
	void	   *data;			/* malloc'd, 16-byte aligned */
	size_t		len;
	size_t		kept;			/* features kept */
} model_image;

/*
 * Builds the file image from ws->avg, keeping rows with some |weight| of at
 * least min_quanta quanta, at most max_load of the slots used.
 */
int			model_build(const weights *ws, const char *description, int min_quanta,
						double max_load, model_image *out);

/*
 * Appends a vocabulary of the given words (distinct) to a built image: the
 * summed word features of each, read from the image's own slots.  Words
 * whose sums do not fit 16 bits are left out.  Returns 0 on failure.
 */
int			model_add_vocabulary(model_image *image, const ner_token *const *words, size_t count,
								 double max_load);

/* Writes an image to path; returns 0 with a message on stderr. */
int			model_save(const model_image *image, const char *path);

#endif							/* TRAIN_MODEL_WRITE_H */
