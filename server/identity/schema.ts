// Inputs and outputs of the identity context.
import { z } from "zod";
import { ZTableQuery } from "@/lib/paging";
import { ZPassword } from "@/lib/password";
import { ROLES } from "@/lib/rbac";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address")
  .max(254, "Email is too long")
  .pipe(z.email("Enter a valid email address"));
export const ZName = z.string().trim().min(2, "Enter a name of at least 2 characters").max(120, "Name is too long");
export const ZRole = z.enum(ROLES);
export const ZId = z.string().min(1).max(64);

export const ZSignUpInput = z
  .object({
    name: ZName,
    email: ZEmail,
    password: ZPassword,
    confirmPassword: z.string(),
    hubSlug: z.string().max(64).optional(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "Passwords do not match" })
  .refine((v) => !v.password.toLowerCase().includes(v.email.split("@")[0]!.toLowerCase()) || v.email.split("@")[0]!.length < 4, {
    path: ["password"],
    message: "Do not use your email name in the password",
  });
export type TSignUpInput = z.infer<typeof ZSignUpInput>;

export const ZSignInInput = z.object({ email: ZEmail, password: z.string().min(1, "Enter your password").max(128) });

export const ZInviteUserInput = z.object({
  email: ZEmail,
  name: ZName,
  role: ZRole,
  organisationId: ZId.nullable().default(null),
});
export type TInviteUserInput = z.infer<typeof ZInviteUserInput>;

export const ZGrantRoleInput = z.object({ userId: ZId, role: ZRole, organisationId: ZId.nullable().default(null) });
export type TGrantRoleInput = z.infer<typeof ZGrantRoleInput>;

export const ZMembershipRef = z.object({ membershipId: ZId });
export const ZUserRef = z.object({ userId: ZId });

export const ZAcceptInviteInput = z
  .object({ token: z.string().min(20).max(200), password: ZPassword, confirmPassword: z.string() })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "Passwords do not match" });

export const ZUserListInput = ZTableQuery;
export const ZAuditListInput = ZTableQuery;
export const ZOrganisationListInput = ZTableQuery;

export const ZTeamInput = z.object({ organisationId: ZId.optional() });
