import { z } from "zod";
import { ZIsoWeek } from "../../commerce/subscriptions/schema";

const id = z.string().trim().min(1, "Required").max(64);
export const ZExceptionsOfWeek = z.object({ isoWeek: ZIsoWeek, planRunId: id.optional() });
export const ZExceptionRef = z.object({ exceptionId: id });
export const ZApprove = z.object({ exceptionId: id, creditAll: z.boolean().optional() });
export const ZDismiss = z.object({ exceptionId: id, note: z.string().max(500) });
export const ZOrderRef = z.object({ orderId: id });
export const ZProposalRef = z.object({ proposalId: id });
