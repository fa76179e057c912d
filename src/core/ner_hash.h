/*
 * ner_hash.h: the 64-bit hashes behind the entity tagger's sparse features
 * and the lexicon trie.  A feature is the hash of a template number and
 * the hashes of the values it combines, so features are hashed once per
 * token and never built as strings.  The functions are fixed: a trained
 * model stores hashes, so changing them means retraining.
 */
#ifndef PA_NER_HASH_H
#define PA_NER_HASH_H

#include <stddef.h>
#include <stdint.h>

#define NER_HASH_SEED UINT64_C(0xcbf29ce484222325)

/* The splitmix64 finaliser: spreads every input bit over the result. */
static inline uint64_t
ner_mix(uint64_t x)
{
	x ^= x >> 30;
	x *= UINT64_C(0xbf58476d1ce4e5b9);
	x ^= x >> 27;
	x *= UINT64_C(0x94d049bb133111eb);
	x ^= x >> 31;
	return x;
}

/* Hash of a byte string (FNV-1a over the bytes, then mixed). */
static inline uint64_t
ner_hash_bytes(const char *s, size_t n)
{
	uint64_t	h = NER_HASH_SEED;

	for (size_t i = 0; i < n; i++)
	{
		h ^= (unsigned char) s[i];
		h *= UINT64_C(0x100000001b3);
	}
	return ner_mix(h ^ n);
}

/* Feature of one value under template t. */
static inline uint64_t
ner_feat1(unsigned t, uint64_t a)
{
	return ner_mix(a + UINT64_C(0x9e3779b97f4a7c15) * (t + 1));
}

/* Feature of two values under template t. */
static inline uint64_t
ner_feat2(unsigned t, uint64_t a, uint64_t b)
{
	return ner_feat1(t, ner_mix(a) ^ (b * UINT64_C(0xff51afd7ed558ccd)));
}

#endif							/* PA_NER_HASH_H */
