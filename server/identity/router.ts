// identity: sign-up, the caller's memberships, user and role administration, audit log.
import { z } from "zod";
import { authedProcedure, permittedProcedure, publicProcedure, router, serviceCtx } from "../trpc";
import { hubSummary, listAuditLog, listMyMemberships, listOrganisations } from "./directory";
import { grantRole, revokeRole } from "./memberships";
import { signUpConsumer } from "./sign-up";
import { acceptInvite } from "./tokens";
import { listTeam } from "./team";
import { inviteUser, listUsers, reissueInvite, setUserActive } from "./users";
import { ZAcceptInviteInput, ZAuditListInput, ZGrantRoleInput, ZInviteUserInput, ZMembershipRef, ZOrganisationListInput, ZSignUpInput, ZTeamInput, ZUserListInput, ZUserRef } from "./schema";

export const identityRouter = router({
  signUp: publicProcedure.input(ZSignUpInput).mutation(({ ctx, input }) => signUpConsumer(ctx.db, input, ctx.ip)),
  acceptInvite: publicProcedure.input(ZAcceptInviteInput).mutation(({ ctx, input }) => acceptInvite(ctx.db, input, ctx.ip, ctx.now())),
  me: authedProcedure.input(z.void()).query(async ({ ctx }) => ({
    actor: ctx.actor,
    memberships: await listMyMemberships(ctx.db, ctx.actor.userId),
  })),
  users: router({
    list: permittedProcedure("users:read").input(ZUserListInput).query(({ ctx, input }) => listUsers(serviceCtx(ctx), input)),
    invite: permittedProcedure("users:manage").input(ZInviteUserInput).mutation(({ ctx, input }) => inviteUser(serviceCtx(ctx), input)),
    reissueInvite: permittedProcedure("users:manage").input(ZUserRef).mutation(({ ctx, input }) => reissueInvite(serviceCtx(ctx), input)),
    grantRole: permittedProcedure("users:manage").input(ZGrantRoleInput).mutation(({ ctx, input }) => grantRole(serviceCtx(ctx), input)),
    revokeRole: permittedProcedure("users:manage").input(ZMembershipRef).mutation(({ ctx, input }) => revokeRole(serviceCtx(ctx), input)),
    deactivate: permittedProcedure("users:manage").input(ZUserRef).mutation(({ ctx, input }) => setUserActive(serviceCtx(ctx), input, false)),
    reactivate: permittedProcedure("users:manage").input(ZUserRef).mutation(({ ctx, input }) => setUserActive(serviceCtx(ctx), input, true)),
  }),
  organisations: router({
    summary: permittedProcedure("organisations:read").input(z.void()).query(({ ctx }) => hubSummary(serviceCtx(ctx))),
    team: authedProcedure.input(ZTeamInput).query(({ ctx, input }) => listTeam(serviceCtx(ctx), input)),
    list: permittedProcedure("organisations:read").input(ZOrganisationListInput).query(({ ctx, input }) => listOrganisations(serviceCtx(ctx), input)),
  }),
  audit: router({
    list: permittedProcedure("audit:read").input(ZAuditListInput).query(({ ctx, input }) => listAuditLog(serviceCtx(ctx), input)),
  }),
});
