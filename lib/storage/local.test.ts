// Local disk backend: round trip, missing keys, unsafe keys, and signed links (valid, tampered, expired).
import { mkdtempSync, rmSync } from "node:fs";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LocalDiskStorage } from "./local";
import { verifyFileSignature } from "./signing";

const dir = mkdtempSync(path.join(os.tmpdir(), "furrow-storage-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SECRET = "unit-test-signing-secret-0123456789";
let clock = Date.UTC(2026, 10, 22, 12, 0, 0);
const storage = new LocalDiskStorage({ dir, signingSecret: SECRET, now: () => clock });

function parse(url: string) {
  const u = new URL(url, "http://local");
  const key = u.pathname.replace(/^\/api\/files\//, "").split("/").map(decodeURIComponent).join("/");
  return { key, params: u.searchParams };
}

describe("LocalDiskStorage", () => {
  it("stores, reads and deletes a blob with its content type", async () => {
    await storage.put("private/docs/a.pdf", new TextEncoder().encode("%PDF-1.7 hello"), "application/pdf");
    expect(existsSync(path.join(dir, "private/docs/a.pdf"))).toBe(true);
    const blob = await storage.get("private/docs/a.pdf");
    expect(blob?.contentType).toBe("application/pdf");
    expect(new TextDecoder().decode(blob!.bytes)).toBe("%PDF-1.7 hello");
    await storage.delete("private/docs/a.pdf");
    expect(await storage.get("private/docs/a.pdf")).toBeNull();
    await expect(storage.delete("private/docs/a.pdf")).resolves.toBeUndefined();
  });

  it("refuses keys that could escape the directory", async () => {
    for (const key of ["../etc/passwd", "/abs", "a//b", "a/../b", ".meta/x", "a/.hidden", "a b"]) {
      await expect(storage.put(key, new Uint8Array([1]), "text/plain")).rejects.toThrow(/Invalid storage key/);
    }
  });

  it("signs links that verify until they expire and fail when altered", async () => {
    const url = await storage.signedUrl("private/certs/c1/doc.pdf", { expiresInSeconds: 600, downloadName: "Organic 2026.pdf" });
    expect(url).toMatch(/^\/api\/files\/private\/certs\/c1\/doc\.pdf\?exp=\d+&sig=[0-9a-f]{64}&name=/);
    const { key, params } = parse(url);
    expect(verifyFileSignature(SECRET, key, params, clock)).toEqual({ ok: true, downloadName: "Organic 2026.pdf" });
    // Another key, another name, another expiry or another secret: invalid.
    expect(verifyFileSignature(SECRET, "private/certs/c2/doc.pdf", params, clock)).toEqual({ ok: false, reason: "invalid" });
    const renamed = new URLSearchParams(params);
    renamed.set("name", "other.pdf");
    expect(verifyFileSignature(SECRET, key, renamed, clock)).toEqual({ ok: false, reason: "invalid" });
    const later = new URLSearchParams(params);
    later.set("exp", String(Number(params.get("exp")) + 3600));
    expect(verifyFileSignature(SECRET, key, later, clock)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyFileSignature("another-secret-0123456789abcdef", key, params, clock)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyFileSignature(SECRET, key, new URLSearchParams("exp=abc&sig=zz"), clock)).toEqual({ ok: false, reason: "invalid" });
    // Ten minutes later the genuine link has expired.
    expect(verifyFileSignature(SECRET, key, params, clock + 600_000)).toEqual({ ok: false, reason: "expired" });
    clock += 1000;
  });

  it("cannot sign without a secret", async () => {
    const unsigned = new LocalDiskStorage({ dir, signingSecret: undefined });
    await expect(unsigned.signedUrl("private/x", { expiresInSeconds: 60 })).rejects.toThrow(/FILE_SIGNING_SECRET/);
  });
});
