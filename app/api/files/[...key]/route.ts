// Serves a stored file through an expiring signed link (lib/storage/signing.ts): 403 when the
// signature is wrong, 410 once expired, 404 when the file is gone. No session needed: the link is the grant.
import { contentDisposition, fileSigningSecret, getStorage, isValidKey, verifyFileSignature } from "@/lib/storage";

type Params = { params: Promise<{ key: string[] }> };

function problem(status: number, message: string) {
  return Response.json({ error: { message, domainCode: status === 404 ? "NOT_FOUND" : "FORBIDDEN", fieldErrors: null } }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(req: Request, { params }: Params) {
  const key = (await params).key.join("/");
  const secret = fileSigningSecret();
  if (!isValidKey(key) || !secret) return problem(403, "This link is not valid.");
  const check = verifyFileSignature(secret, key, new URL(req.url).searchParams, Date.now());
  if (!check.ok) return check.reason === "expired" ? problem(410, "This link has expired. Open the document again to get a fresh link.") : problem(403, "This link is not valid.");
  const blob = await getStorage().get(key);
  if (!blob) return problem(404, "This file no longer exists.");
  return new Response(new Uint8Array(blob.bytes), {
    headers: {
      "Content-Type": blob.contentType,
      "Content-Length": String(blob.bytes.byteLength),
      "Content-Disposition": contentDisposition(check.downloadName ? "attachment" : "inline", check.downloadName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
