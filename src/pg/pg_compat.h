/*
 * pg_compat.h: what the binding needs from PostgreSQL 15 and later, for the
 * older servers it also builds on (13 and 14).
 */
#ifndef PA_PG_COMPAT_H
#define PA_PG_COMPAT_H

#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/tuplestore.h"

#if PG_VERSION_NUM < 150000

/*
 * Sets up a set-returning call in materialize mode: a tuplestore for the
 * rows and the result row type, both kept in the per-query memory context.
 * Only the flags value 0 is used by the binding.
 */
static inline void
InitMaterializedSRF(FunctionCallInfo fcinfo, bits32 flags)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext caller_context;
	TupleDesc	row_type;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	if (!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("materialize mode required, but it is not allowed in this context")));

	caller_context = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	if (get_call_result_type(fcinfo, NULL, &row_type) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = tuplestore_begin_heap((rsinfo->allowedModes & SFRM_Materialize_Random) != 0,
												 false, work_mem);
	rsinfo->setDesc = CreateTupleDescCopy(row_type);
	MemoryContextSwitchTo(caller_context);
}

#elif PG_VERSION_NUM < 150001

/* 15.0 shipped the same routine under its first name. */
#define InitMaterializedSRF(fcinfo, flags) SetSingleFuncCall((fcinfo), (flags))

#endif

#endif							/* PA_PG_COMPAT_H */
