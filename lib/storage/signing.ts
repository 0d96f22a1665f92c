// HMAC-signed, expiring links for the local backend: /api/files/<key>?exp=<unix>&sig=<hex>[&name=...].
// The signature covers the key, the expiry and the download name, so none can be altered.
import { createHmac, timingSafeEqual } from "node:crypto";

export const FILES_ROUTE = "/api/files/";

function signature(secret: string, key: string, exp: number, name: string | undefined): string {
  return createHmac("sha256", secret).update(`${key}\n${exp}\n${name ?? ""}`).digest("hex");
}

/** An app-relative signed URL for `key`, valid until `exp` (unix seconds). */
export function signFileUrl(secret: string, key: string, exp: number, downloadName?: string): string {
  const params = new URLSearchParams({ exp: String(exp), sig: signature(secret, key, exp, downloadName) });
  if (downloadName) params.set("name", downloadName);
  const path = key.split("/").map(encodeURIComponent).join("/");
  return `${FILES_ROUTE}${path}?${params.toString()}`;
}

export type SignatureCheck = { ok: true; downloadName?: string } | { ok: false; reason: "invalid" | "expired" };

/** Checks a link's signature first (a forged link is "invalid" even when also expired), then its expiry. */
export function verifyFileSignature(secret: string, key: string, params: URLSearchParams, nowMs: number): SignatureCheck {
  const expRaw = params.get("exp") ?? "";
  const sig = params.get("sig") ?? "";
  const name = params.get("name") ?? undefined;
  if (!/^\d{1,12}$/.test(expRaw) || !/^[0-9a-f]{64}$/.test(sig)) return { ok: false, reason: "invalid" };
  const exp = Number(expRaw);
  const expected = Buffer.from(signature(secret, key, exp, name), "hex");
  if (!timingSafeEqual(expected, Buffer.from(sig, "hex"))) return { ok: false, reason: "invalid" };
  if (exp * 1000 <= nowMs) return { ok: false, reason: "expired" };
  return { ok: true, downloadName: name };
}
