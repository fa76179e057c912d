-- pg_article 0.1.0 -> 0.2.0: no SQL object changes; the library and the entity model do.
\echo Use "ALTER EXTENSION pg_article UPDATE TO '0.2.0'" to load this file. \quit

-- The entity model and lexicons of 0.2.0 tag some names differently, so
-- stored results of the entity functions (indexes and generated columns over
-- article_entities, article_entity_keys or article_analyze) were computed
-- by the old model: rebuild them.
DO $$
BEGIN
	RAISE NOTICE 'pg_article 0.2.0 ships a new entity model: REINDEX indexes and recompute stored columns built on article_entities, article_entity_keys or article_analyze';
END
$$;
