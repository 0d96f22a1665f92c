// Product image upload (multipart: file, alt). Thin: the handler in server/catalog does the work.
import { getActor } from "@/app/_lib/session";
import { getDb } from "@/lib/db";
import { clientIp } from "@/server/auth";
import { handleProductImageUpload } from "@/server/catalog/upload-handlers";

type Params = { params: Promise<{ id: string }> };

export async function POST(req: Request, { params }: Params) {
  return handleProductImageUpload(req, (await params).id, { db: getDb(), actor: await getActor(), ip: clientIp(req.headers) });
}
