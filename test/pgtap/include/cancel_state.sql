-- pg_temp.cancel_state(query): the SQLSTATE of a query that is expected to
-- be cancelled, or 'completed'.  PL/pgSQL's OTHERS, and so throws_ok, does
-- not catch query_canceled.  Included by the suites with \ir.
CREATE FUNCTION pg_temp.cancel_state(query text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE query;
  RETURN 'completed';
EXCEPTION WHEN query_canceled THEN
  RETURN SQLSTATE;
END;
$$;
