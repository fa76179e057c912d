/*
 * ner_text.h: the forms of a token that the entity tagger and the lexicon
 * look at: the lower-case form and the shape (Merkel -> Xx, U.S. -> X.X.).
 */
#ifndef PA_NER_TEXT_H
#define PA_NER_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* Tokens longer than this many bytes are keyed by their bytes as they are. */
#define NER_KEY_LOWER_MAX 200

/* Longest shape ner_shape writes, in bytes. */
#define NER_SHAPE_MAX 16

/* Lower case of an ASCII byte; with digits_as_zero a digit becomes 0. */
static inline char
ner_ascii_lower(unsigned char c, int digits_as_zero)
{
	if (c >= 'A' && c <= 'Z')
		return (char) (c + 32);
	if (digits_as_zero && c >= '0' && c <= '9')
		return '0';
	return (char) c;
}

/* Shape letter of an ASCII byte (see ner_shape). */
static inline char
ner_ascii_shape(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return 'X';
	if (c >= 'a' && c <= 'z')
		return 'x';
	if (c >= '0' && c <= '9')
		return 'd';
	return (char) c;
}

/*
 * Writes the lower case of the UTF-8 string s[0..n) to buf, which has room
 * for 2 * n + 4 bytes; with digits_as_zero every ASCII digit becomes 0.
 * Returns the length written.
 */
size_t		ner_lower(const char *s, size_t n, int digits_as_zero, char *buf);

/*
 * Writes the shape of s[0..n) to buf (NER_SHAPE_MAX bytes): X upper, x lower,
 * c other letters, d digits, ASCII punctuation as itself, o anything else;
 * runs of one class longer than max_run are cut to max_run.
 */
size_t		ner_shape(const char *s, size_t n, int max_run, char *buf);

/* Byte length of the first count code points of s[0..n) (or n). */
size_t		ner_prefix_bytes(const char *s, size_t n, int count);

/* Byte offset where the last count code points of s[0..n) begin (or 0). */
size_t		ner_suffix_start(const char *s, size_t n, int count);

/*
 * The key under which the lexicon and the document features match a token:
 * the hash of its lower-case form.
 */
uint64_t	ner_token_key(const char *s, size_t n);

#endif							/* PA_NER_TEXT_H */
