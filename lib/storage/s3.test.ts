// S3 backend: the presigned GET is built by the real SDK offline (presigning needs no network).
// put/get/delete need a reachable bucket, which this machine has not; they are thin SDK calls.
import { describe, expect, it } from "vitest";
import { S3Storage } from "./s3";

const storage = new S3Storage({
  bucket: "furrow-media",
  region: "eu-west-1",
  endpoint: "https://s3.example.test",
  accessKeyId: "AKIAEXAMPLEKEY00001",
  secretAccessKey: "example-secret-access-key-0000000000000",
  forcePathStyle: true,
});

describe("S3Storage.signedUrl", () => {
  it("presigns a path-style GET with expiry and download name", async () => {
    const url = new URL(await storage.signedUrl("private/certs/c1/doc.pdf", { expiresInSeconds: 600, downloadName: "Organic cert.pdf" }));
    expect(url.origin).toBe("https://s3.example.test");
    expect(url.pathname).toBe("/furrow-media/private/certs/c1/doc.pdf");
    const q = url.searchParams;
    expect(q.get("X-Amz-Algorithm")).toBe("AWS4-HMAC-SHA256");
    expect(q.get("X-Amz-Expires")).toBe("600");
    expect(q.get("X-Amz-Credential")).toMatch(/^AKIAEXAMPLEKEY00001\/\d{8}\/eu-west-1\/s3\/aws4_request$/);
    expect(q.get("X-Amz-Signature")).toMatch(/^[0-9a-f]{64}$/);
    expect(q.get("response-content-disposition")).toBe(`attachment; filename="Organic cert.pdf"; filename*=UTF-8''Organic%20cert.pdf`);
  });

  it("uses virtual-hosted style without forcePathStyle and inline disposition without a name", async () => {
    const hosted = new S3Storage({ bucket: "furrow-media", region: "eu-west-1", accessKeyId: "AKIAEXAMPLEKEY00001", secretAccessKey: "example-secret-access-key-0000000000000" });
    const url = new URL(await hosted.signedUrl("public/images/p/i/thumb.webp", { expiresInSeconds: 60 }));
    expect(url.host).toBe("furrow-media.s3.eu-west-1.amazonaws.com");
    expect(url.pathname).toBe("/public/images/p/i/thumb.webp");
    expect(url.searchParams.get("X-Amz-Expires")).toBe("60");
    expect(url.searchParams.get("response-content-disposition")).toBe("inline");
  });

  it("rejects unsafe keys before calling the SDK", async () => {
    await expect(storage.signedUrl("../secret", { expiresInSeconds: 60 })).rejects.toThrow(/Invalid storage key/);
  });
});
