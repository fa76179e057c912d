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

/* One byte into a running hash that started at NER_HASH_SEED (FNV-1a). */
static inline uint64_t
ner_hash_step(uint64_t h, unsigned char c)
{
	return (h ^ c) * UINT64_C(0x100000001b3);
}

/* The hash of n bytes from their running hash. */
static inline uint64_t
ner_hash_finish(uint64_t h, size_t n)
{
	return ner_mix(h ^ n);
}

/* Hash of a byte string (FNV-1a over the bytes, then mixed). */
static inline uint64_t
ner_hash_bytes(const char *s, size_t n)
{
	uint64_t	h = NER_HASH_SEED;

	for (size_t i = 0; i < n; i++)
		h = ner_hash_step(h, (unsigned char) s[i]);
	return ner_hash_finish(h, n);
}

/* Feature of one value under template t. */
static inline uint64_t
ner_feat1(unsigned t, uint64_t a)
{
	return ner_mix(a + UINT64_C(0x9e3779b97f4a7c15) * (t + 1));
}

/* Feature of two values under template t, the first given as ner_mix(a). */
static inline uint64_t
ner_feat2_mixed(unsigned t, uint64_t mixed_a, uint64_t b)
{
	return ner_feat1(t, mixed_a ^ (b * UINT64_C(0xff51afd7ed558ccd)));
}

/* Feature of two values under template t. */
static inline uint64_t
ner_feat2(unsigned t, uint64_t a, uint64_t b)
{
	return ner_feat2_mixed(t, ner_mix(a), b);
}

#endif							/* PA_NER_HASH_H */
