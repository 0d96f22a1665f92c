// Public API of the identity context for other contexts, jobs and the app.
export { SYSTEM_USER_ID, resolveActor, systemActor, type Actor, type SessionClaims } from "./actor";
export { recordAudit, type AuditEntry } from "./audit";
export { authenticate } from "./sign-in";
export { listMyMemberships, type MembershipOption } from "./directory";
