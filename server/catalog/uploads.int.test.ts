// Uploads end to end through the multipart handlers: images become three webp variants; wrong
// types, oversized files and expired certificates are refused with field errors and leave nothing
// behind (no row, no file); certificate documents are served only through expiring signed links.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getFile } from "@/app/api/files/[...key]/route";
import { GET as getMedia } from "@/app/media/[...key]/route";
import { fileSigningSecret, LocalDiskStorage, setStorage } from "@/lib/storage";
import { resolveActor, type Actor } from "../identity/actor";
import { callerAs } from "../testing/caller";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { makeHub, makeOrganisation, makeUser } from "../testing/factories";
import { certificateDocumentLink } from "./certifications";
import { as, makeCatalogBasics, makeProductWithSku } from "./testing";
import { handleCertificationCreate, handleCertificationUpdate, handleProductImageUpload } from "./upload-handlers";

let t: TestDatabase;
let hubId: string;
let planner: { userId: string; membershipId: string };
let actor: Actor;
let storage: LocalDiskStorage;
let productId: string;
const dir = mkdtempSync(path.join(os.tmpdir(), "furrow-uploads-"));

function filesIn(root: string): string[] {
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)));
  } catch {
    return [];
  }
}

function form(fields: Record<string, string>, file?: { field: string; bytes: Uint8Array; name: string; type: string }) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  if (file) body.set(file.field, new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
  return new Request("http://test/api/upload", { method: "POST", body });
}

async function json(res: Response) {
  return { status: res.status, body: (await res.json()) as { error?: { message: string; domainCode: string; fieldErrors: Record<string, string[]> | null } } & Record<string, unknown> };
}

const deps = () => ({ db: t.db, actor, storage });
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestDatabase();
  hubId = (await makeHub(t.db)).id;
  planner = as(await makeUser(t.db, hubId, "PLANNER"));
  actor = (await resolveActor(t.db, planner))!;
  storage = new LocalDiskStorage({ dir, signingSecret: fileSigningSecret() });
  setStorage(storage);
  productId = (await makeProductWithSku(t.db, hubId, await makeCatalogBasics(t.db, hubId))).product.id;
});
afterAll(async () => {
  setStorage(null);
  rmSync(dir, { recursive: true, force: true });
  await t.drop();
});

describe("product images", () => {
  it("stores an upright, metadata-free webp in three widths plus the private original", async () => {
    // 2000 x 1000 pixels, EXIF orientation 6 (rotate 90°): upright it is 1000 wide and 2000 high.
    const jpeg = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: "#c0392b" } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const res = await json(await handleProductImageUpload(form({ alt: "Cherry tomatoes on the vine" }, { field: "file", bytes: jpeg, name: "toms.jpg", type: "image/jpeg" }), productId, deps()));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ width: 1000, height: 2000, position: 0 });
    const image = await t.db.productImage.findFirstOrThrow({ where: { productId } });
    const variants = image.variants as Record<string, string>;
    for (const [name, width] of [["thumb", 160], ["card", 480], ["large", 1200]] as const) {
      const blob = await storage.get(variants[name]!);
      expect(blob?.contentType).toBe("image/webp");
      const meta = await sharp(blob!.bytes).metadata();
      // Never enlarged: the 1000-pixel-wide upright image stays 1000 wide for "large".
      expect([meta.format, meta.width, meta.height]).toEqual(["webp", Math.min(width, 1000), Math.min(width, 1000) * 2]);
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
    }
    expect(filesIn(dir).filter((f) => !f.startsWith(".meta"))).toHaveLength(4);
    // The public variant is served by /media with immutable caching; the original is not.
    const media = await getMedia(new Request("http://test"), { params: Promise.resolve({ key: variants.card!.split("/") }) });
    expect(media.status).toBe(200);
    expect(media.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const original = await getMedia(new Request("http://test"), { params: Promise.resolve({ key: image.originalKey.split("/") }) });
    expect(original.status).toBe(404);
  });

  it("produces the exact variant widths for a large landscape image", async () => {
    const png = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: "#27ae60" } }).png().toBuffer();
    const res = await json(await handleProductImageUpload(form({ alt: "Basil" }, { field: "file", bytes: png, name: "basil.png", type: "image/png" }), productId, deps()));
    expect(res.body).toMatchObject({ variants: { thumb: { width: 160, height: 107 }, card: { width: 480, height: 320 }, large: { width: 1200, height: 800 } }, position: 1 });
  });

  it("refuses wrong types, empty alt and oversize files: 400 with a field error, nothing stored", async () => {
    const before = { files: filesIn(dir).sort(), rows: await t.db.productImage.count() };
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#000" } }).gif().toBuffer();
    const cases = [
      { fields: { alt: "A PDF pretending" }, file: { field: "file", bytes: PDF, name: "photo.jpg", type: "image/jpeg" }, field: "file", message: /not a JPEG, PNG or WebP image/ },
      { fields: { alt: "A GIF" }, file: { field: "file", bytes: gif, name: "anim.gif", type: "image/gif" }, field: "file", message: /not a JPEG, PNG or WebP/ },
      { fields: { alt: "Truncated" }, file: { field: "file", bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]), name: "broken.jpg", type: "image/jpeg" }, field: "file", message: /could not be read/ },
      { fields: { alt: "   " }, file: { field: "file", bytes: gif, name: "x.gif", type: "image/gif" }, field: "alt", message: /Describe the image/ },
      { fields: { alt: "No file" }, file: undefined, field: "file", message: /Choose an image/ },
      { fields: { alt: "Too big" }, file: { field: "file", bytes: new Uint8Array(9 * 1024 * 1024), name: "big.png", type: "image/png" }, field: "file", message: /larger than 8 MB/ },
    ];
    for (const c of cases) {
      const res = await json(await handleProductImageUpload(form(c.fields, c.file), productId, deps()));
      expect(res.status, c.fields.alt).toBe(400);
      expect(res.body.error?.domainCode).toBe("VALIDATION");
      expect(res.body.error?.fieldErrors?.[c.field]?.[0]).toMatch(c.message);
    }
    expect(filesIn(dir).sort()).toEqual(before.files);
    expect(await t.db.productImage.count()).toBe(before.rows);
  });

  it("answers 401 without a session, 403 without catalog:manage, 404 for another hub's product", async () => {
    const png = await sharp({ create: { width: 50, height: 50, channels: 3, background: "#fff" } }).png().toBuffer();
    const upload = () => form({ alt: "x" }, { field: "file", bytes: png, name: "x.png", type: "image/png" });
    expect((await handleProductImageUpload(upload(), productId, { ...deps(), actor: null })).status).toBe(401);
    const warehouse = (await resolveActor(t.db, as(await makeUser(t.db, hubId, "WAREHOUSE"))))!;
    const denied = await json(await handleProductImageUpload(upload(), productId, { ...deps(), actor: warehouse }));
    expect([denied.status, denied.body.error?.domainCode]).toEqual([403, "FORBIDDEN"]);
    const otherHub = (await makeHub(t.db)).id;
    const foreign = await makeProductWithSku(t.db, otherHub, await makeCatalogBasics(t.db, otherHub));
    expect((await handleProductImageUpload(upload(), foreign.product.id, deps())).status).toBe(404);
  });

  it("reorders, edits alt text and deletes an image with its files", async () => {
    const caller = callerAs(t.db, planner);
    const detail = await caller.catalog.products.get({ id: productId });
    const ids = detail.images.map((i) => i.id);
    expect(detail.images[0]!.urls.thumb).toMatch(/^\/media\/public\/images\/products\//);
    await caller.catalog.images.reorder({ productId, imageIds: [...ids].reverse() });
    expect((await caller.catalog.products.get({ id: productId })).images.map((i) => i.id)).toEqual([...ids].reverse());
    await expect(caller.catalog.images.updateAlt({ id: ids[0]!, alt: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await caller.catalog.images.updateAlt({ id: ids[0]!, alt: "Tomatoes, close up" });
    const victim = await t.db.productImage.findUniqueOrThrow({ where: { id: ids[0]! } });
    await caller.catalog.images.delete({ id: victim.id });
    expect(await t.db.productImage.findUnique({ where: { id: victim.id } })).toBeNull();
    for (const key of [victim.originalKey, ...Object.values(victim.variants as Record<string, string>)]) expect(await storage.get(key)).toBeNull();
  });
});

describe("certifications", () => {
  let farmId: string;
  beforeAll(async () => {
    farmId = (await makeOrganisation(t.db, hubId, "FARM")).id;
  });
  const fields = (over: Record<string, string> = {}) => ({ organisationId: farmId, scheme: "EU_ORGANIC", issuer: "Skal Biocontrole", number: `NL-BIO-01-${Math.floor(Math.random() * 1e6)}`, validFrom: isoDay(-200), validTo: isoDay(165), ...over });

  it("refuses an expired certificate and a wrong file type with field errors, writing nothing", async () => {
    const before = { files: filesIn(dir).sort(), rows: await t.db.certification.count(), audit: await t.db.auditLog.count() };
    const expired = await json(await handleCertificationCreate(form(fields({ validFrom: "2024-01-01", validTo: "2025-06-30" }), { field: "document", bytes: PDF, name: "cert.pdf", type: "application/pdf" }), deps()));
    expect(expired.status).toBe(400);
    expect(expired.body.error?.fieldErrors?.validTo).toEqual(["This certificate expired on 30 Jun 2025. Only current certificates can be uploaded."]);
    expect(expired.body.error?.message).toMatch(/expired on 30 Jun 2025/);
    const html = new TextEncoder().encode("<!doctype html><script>alert(1)</script>");
    const wrongType = await json(await handleCertificationCreate(form(fields(), { field: "document", bytes: html, name: "cert.pdf", type: "application/pdf" }), deps()));
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error?.fieldErrors?.document).toEqual(["“cert.pdf” is not a PDF, JPEG or PNG file"]);
    const both = await json(await handleCertificationCreate(form(fields({ validTo: "2025-01-31", validFrom: "2024-01-01" }), { field: "document", bytes: html, name: "x.doc", type: "application/msword" }), deps()));
    expect(Object.keys(both.body.error?.fieldErrors ?? {}).sort()).toEqual(["document", "validTo"]);
    const badDates = await json(await handleCertificationCreate(form(fields({ validFrom: "2027-02-30", validTo: "soon" })), deps()));
    expect(Object.keys(badDates.body.error?.fieldErrors ?? {}).sort()).toEqual(["validFrom", "validTo"]);
    expect(filesIn(dir).sort()).toEqual(before.files);
    expect({ rows: await t.db.certification.count(), audit: await t.db.auditLog.count() }).toEqual({ rows: before.rows, audit: before.audit });
  });

  it("creates a certificate with its PDF, refuses a duplicate number, and links through signed URLs", async () => {
    const input = fields();
    const created = await json(await handleCertificationCreate(form(input, { field: "document", bytes: PDF, name: "Skal 2026.pdf", type: "application/pdf" }), deps()));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const row = await t.db.certification.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ documentName: "Skal 2026.pdf", documentContentType: "application/pdf", createdById: planner.userId });
    const dup = await json(await handleCertificationCreate(form({ ...input, organisationId: farmId }), deps()));
    expect(dup.body.error?.fieldErrors?.number?.[0]).toMatch(/already registered/);

    const caller = callerAs(t.db, planner);
    const list = await caller.catalog.certifications.list({ page: 0, pageSize: 25, sort: null, filters: { status: "VALID" } });
    expect(list.rows.find((r) => r.id === id)).toMatchObject({ status: "VALID", organisationKind: "FARM", documentName: "Skal 2026.pdf" });
    const { url } = await caller.catalog.certifications.documentUrl({ id });
    const res = await getFile(new Request(`http://test${url}`), { params: Promise.resolve({ key: new URL(url, "http://test").pathname.replace("/api/files/", "").split("/") }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);

    // Storefront link: current certificates only.
    expect(await certificateDocumentLink(t.db, hubId, id)).toMatch(/^\/api\/files\/private\/certifications\//);
    expect(await certificateDocumentLink(t.db, "another-hub", id)).toBeNull();
    expect(await certificateDocumentLink(t.db, hubId, id, new Date(Date.now() + 400 * 86_400_000))).toBeNull();
    // Staff of another role cannot ask for a link at all.
    const warehouse = as(await makeUser(t.db, hubId, "WAREHOUSE"));
    await expect(callerAs(t.db, warehouse).catalog.certifications.documentUrl({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("serves signed links: tampered 403, expired 410, download name as attachment", async () => {
    const key = "private/certifications/test/doc.pdf";
    await storage.put(key, PDF, "application/pdf");
    const call = (url: string) => getFile(new Request(`http://test${url}`), { params: Promise.resolve({ key: new URL(url, "http://test").pathname.replace("/api/files/", "").split("/") }) });
    const named = await storage.signedUrl(key, { expiresInSeconds: 600, downloadName: "Organic.pdf" });
    const ok = await call(named);
    expect([ok.status, ok.headers.get("content-disposition")]).toEqual([200, `attachment; filename="Organic.pdf"; filename*=UTF-8''Organic.pdf`]);
    const tampered = named.replace(/sig=([0-9a-f])/, (_m, c: string) => `sig=${c === "0" ? "1" : "0"}`);
    expect((await call(tampered)).status).toBe(403);
    expect((await call(named.replace("doc.pdf", "other.pdf"))).status).toBe(403);
    expect((await call(`/api/files/${key}`)).status).toBe(403);
    const stale = new LocalDiskStorage({ dir, signingSecret: fileSigningSecret(), now: () => Date.now() - 3600_000 });
    const expired = await call(await stale.signedUrl(key, { expiresInSeconds: 600 }));
    expect(expired.status).toBe(410);
    expect(((await expired.json()) as { error: { message: string } }).error.message).toMatch(/expired/);
  });

  it("updates: a replacement document swaps the file; moving validTo into the past is refused", async () => {
    const created = await json(await handleCertificationCreate(form(fields(), { field: "document", bytes: PDF, name: "old.pdf", type: "application/pdf" }), deps()));
    const id = created.body.id as string;
    const oldKey = (await t.db.certification.findUniqueOrThrow({ where: { id } })).documentKey!;
    const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#fff" } }).png().toBuffer();
    const row = await t.db.certification.findUniqueOrThrow({ where: { id } });
    const base = { organisationId: farmId, scheme: "EU_ORGANIC", issuer: "Skal", number: row.number, validFrom: isoDay(-200), validTo: isoDay(165) };
    const updated = await handleCertificationUpdate(form(base, { field: "document", bytes: png, name: "scan.png", type: "image/png" }), id, deps());
    expect(updated.status).toBe(200);
    const after = await t.db.certification.findUniqueOrThrow({ where: { id } });
    expect([after.issuer, after.documentContentType, after.documentName]).toEqual(["Skal", "image/png", "scan.png"]);
    expect(await storage.get(oldKey)).toBeNull();
    const past = await json(await handleCertificationUpdate(form({ ...base, validTo: isoDay(-1) }), id, deps()));
    expect(past.body.error?.fieldErrors?.validTo?.[0]).toMatch(/expired on/);
    expect((await t.db.certification.findUniqueOrThrow({ where: { id } })).validTo).toEqual(after.validTo);
    await callerAs(t.db, planner).catalog.certifications.delete({ id });
    expect(await storage.get(after.documentKey!)).toBeNull();
  });
});
