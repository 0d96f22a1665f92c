// Public product image variants (keys under PUBLIC_IMAGES_PREFIX only). Keys embed the image id
// and never change content, so browsers and CDNs may cache them for a year.
import { getStorage, isPublicImageKey } from "@/lib/storage";

type Params = { params: Promise<{ key: string[] }> };

export async function GET(_req: Request, { params }: Params) {
  const key = (await params).key.join("/");
  if (!isPublicImageKey(key)) return new Response("Not found", { status: 404 });
  const blob = await getStorage().get(key);
  if (!blob) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(new Uint8Array(blob.bytes), {
    headers: {
      "Content-Type": blob.contentType,
      "Content-Length": String(blob.bytes.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
