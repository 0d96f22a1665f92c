// Create a certification with an optional document (multipart). Thin over server/catalog.
import { getActor } from "@/app/_lib/session";
import { getDb } from "@/lib/db";
import { clientIp } from "@/server/auth";
import { handleCertificationCreate } from "@/server/catalog/upload-handlers";

export async function POST(req: Request) {
  return handleCertificationCreate(req, { db: getDb(), actor: await getActor(), ip: clientIp(req.headers) });
}
