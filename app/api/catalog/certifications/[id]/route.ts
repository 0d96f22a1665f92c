// Update a certification, optionally replacing its document (multipart). Thin over server/catalog.
import { getActor } from "@/app/_lib/session";
import { getDb } from "@/lib/db";
import { clientIp } from "@/server/auth";
import { handleCertificationUpdate } from "@/server/catalog/upload-handlers";

type Params = { params: Promise<{ id: string }> };

export async function PATCH(req: Request, { params }: Params) {
  return handleCertificationUpdate(req, (await params).id, { db: getDb(), actor: await getActor(), ip: clientIp(req.headers) });
}
