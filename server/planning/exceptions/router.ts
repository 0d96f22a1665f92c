// shortages: the planner works a week's exceptions; customers see and decline substitutions.
import { parseOrThrow } from "@/lib/validate";
import { permittedProcedure, router, serviceCtx } from "../../trpc";
import { approveProposals, declineSubstitution, dismissException } from "./decide";
import { proposeForShortage } from "./propose";
import { exceptionProposals, exceptionsForWeek, substitutionsOnMyOrder } from "./queries";
import { ZApprove, ZDismiss, ZExceptionRef, ZExceptionsOfWeek, ZOrderRef, ZProposalRef } from "./schema";

const read = permittedProcedure("planning:portal");
const run = permittedProcedure("planning:run");
const own = permittedProcedure("account:own");

export const shortagesRouter = router({
  list: read.input(ZExceptionsOfWeek).query(({ ctx, input }) => exceptionsForWeek(serviceCtx(ctx), input)),
  proposals: read.input(ZExceptionRef).query(({ ctx, input }) => exceptionProposals(serviceCtx(ctx), input)),
  propose: run.input(ZExceptionRef).mutation(({ ctx, input }) => proposeForShortage(serviceCtx(ctx), input)),
  approve: run.input(ZApprove).mutation(({ ctx, input }) => approveProposals(serviceCtx(ctx), input)),
  dismiss: run.input(ZDismiss).mutation(({ ctx, input }) => dismissException(serviceCtx(ctx), parseOrThrow(ZDismiss, input))),
  mine: own.input(ZOrderRef).query(({ ctx, input }) => substitutionsOnMyOrder(serviceCtx(ctx), input)),
  decline: own.input(ZProposalRef).mutation(({ ctx, input }) => declineSubstitution(serviceCtx(ctx), input)),
});
