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

#define MAT_SRF_USE_EXPECTED_DESC 0x01

/*
 * Sets up a set-returning call in materialize mode: a tuplestore for the
 * rows and the caller's expected row type, both in the per-query memory
 * context.  The binding always passes MAT_SRF_USE_EXPECTED_DESC, the only
 * flag this stand-in knows.
 */
static inline void
InitMaterializedSRF(FunctionCallInfo fcinfo, bits32 flags)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext caller_context;

	Assert(flags == MAT_SRF_USE_EXPECTED_DESC);
	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	if (!(rsinfo->allowedModes & SFRM_Materialize) || rsinfo->expectedDesc == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("materialize mode required, but it is not allowed in this context")));

	caller_context = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = tuplestore_begin_heap((rsinfo->allowedModes & SFRM_Materialize_Random) != 0,
											  false, work_mem);
	rsinfo->setDesc = CreateTupleDescCopy(rsinfo->expectedDesc);
	MemoryContextSwitchTo(caller_context);
}

#elif PG_VERSION_NUM < 150001

/* 15.0 shipped the same routine and flag under their first names. */
#define InitMaterializedSRF(fcinfo, flags) SetSingleFuncCall((fcinfo), (flags))
#define MAT_SRF_USE_EXPECTED_DESC 0x01

#endif

/* make_range() gained an error-context argument in PostgreSQL 16. */
#if PG_VERSION_NUM >= 160000
#define pa_make_range(typcache, lower, upper) make_range((typcache), (lower), (upper), false, NULL)
#else
#define pa_make_range(typcache, lower, upper) make_range((typcache), (lower), (upper), false)
#endif

#endif							/* PA_PG_COMPAT_H */
