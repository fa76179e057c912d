-- pg_article 0.2.0 -> 0.3.0: no SQL object changes; the library's rules do.
\echo Use "ALTER EXTENSION pg_article UPDATE TO '0.3.0'" to load this file. \quit

-- 0.3.0 tags the place of a dateline as a location and its agency as an
-- organisation, and gives some paragraphs new roles (bylines without "By",
-- follow links, photo credits), so stored results of the entity functions
-- and of article_paragraphs and article_analyze (indexes and generated
-- columns over them) were computed by the old rules: rebuild them.
DO $$
BEGIN
	RAISE NOTICE 'pg_article 0.3.0 changes entity and paragraph results: REINDEX indexes and recompute stored columns built on article_entities, article_entity_keys, article_paragraphs or article_analyze';
END
$$;
