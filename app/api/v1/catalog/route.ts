// GET /api/v1/catalog: the public catalog as JSON for integrators, with the shop's query parameters
// (?q=&category=&certification=&origin=&inStock=1&sort=&page=&pageSize=). Invalid parameters -> 400.
import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { httpStatusOf, isDomainError } from "@/lib/errors";
import { parseCatalogParams, resolveStorefrontHub, searchCatalog } from "@/server/catalog/storefront";

export async function GET(req: Request) {
  const db = getDb();
  const hub = await resolveStorefrontHub(db);
  if (!hub) return NextResponse.json({ error: { code: "NOT_FOUND", message: "The shop has no hub yet." } }, { status: 404 });
  try {
    const page = await searchCatalog(db, hub.id, parseCatalogParams(new URL(req.url).searchParams, { strict: true }));
    return NextResponse.json(
      { hub: { slug: hub.slug, name: hub.name, currency: hub.currency }, ...page },
      { headers: { "cache-control": "public, max-age=0, s-maxage=30, stale-while-revalidate=60" } },
    );
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return NextResponse.json({ error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors ?? null } }, { status: httpStatusOf[error.code] });
  }
}
