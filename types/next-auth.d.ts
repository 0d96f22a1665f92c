import "next-auth";

declare module "next-auth" {
  interface Session {
    userId: string | null;
    membershipId: string | null;
  }
}
