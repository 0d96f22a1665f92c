// Shortage handling: proposals (substitutes or credits), the planner's decision, the customer's answer.
export { proposeForShortage, type ProposeResult } from "./propose";
export { approveProposals, declineSubstitution, dismissException } from "./decide";
export { exceptionProposals, exceptionsForWeek, substitutionsForOrderMail, substitutionsOnMyOrder, type ExceptionRow, type MySubstitution, type OrderSubstitutionLine, type ProposalRow } from "./queries";
export { EXCEPTION_EVENTS } from "./events";
