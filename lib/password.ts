// Password hashing (argon2id, OWASP parameters) and the password rules shown at sign-up.
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

const ARGON2_OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;

/** Length first (NIST 800-63B), plus one letter and one digit, and not the email itself. */
export const ZPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(128, "Use at most 128 characters")
  .refine((p) => /[A-Za-z]/.test(p), "Include at least one letter")
  .refine((p) => /\d/.test(p), "Include at least one digit")
  .refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()), "This password is too common");

const COMMON_PASSWORDS = new Set(["password1234", "123456789abc", "qwerty123456", "letmein12345", "welcome12345", "password123!"]);

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** Constant-time verification; false for a malformed hash rather than throwing. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
