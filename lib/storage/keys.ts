// Storage keys: slash-separated, URL-safe segments. Keys under PUBLIC_IMAGES_PREFIX may be served
// to anyone (/media); everything else only through expiring signed links.

export const PUBLIC_IMAGES_PREFIX = "public/images/";
export const PRIVATE_PREFIX = "private/";

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** True for keys made of safe segments (no "..", no leading slash, no odd characters). */
export function isValidKey(key: string): boolean {
  if (key.length === 0 || key.length > 512) return false;
  return key.split("/").every((segment) => SEGMENT.test(segment) && !segment.includes(".."));
}

/** Throws on an unsafe key: keys come from our own code, so a bad one is a bug, not user input. */
export function assertValidKey(key: string): void {
  if (!isValidKey(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
}

export function isPublicImageKey(key: string): boolean {
  return key.startsWith(PUBLIC_IMAGES_PREFIX) && isValidKey(key);
}

/** The app-relative URL of a public image variant (served by app/media with immutable caching). */
export function publicMediaUrl(key: string): string {
  return `/media/${key}`;
}

/** A Content-Disposition header value; the ASCII fallback plus RFC 5987 UTF-8 name. */
export function contentDisposition(kind: "inline" | "attachment", fileName?: string): string {
  if (!fileName) return kind;
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
