// The process-wide blob storage chosen from the environment: S3 when S3_BUCKET is set, otherwise
// local disk under FURROW_DATA_DIR/uploads (the same data dir scripts/with-db.ts uses) or UPLOADS_DIR.
import path from "node:path";
import { env } from "@/lib/env";
import { LocalDiskStorage } from "./local";
import { S3Storage } from "./s3";
import type { BlobStorage } from "./types";

export type { BlobStorage, SignedUrlOptions, StoredBlob } from "./types";
export { LocalDiskStorage } from "./local";
export { S3Storage } from "./s3";
export { PUBLIC_IMAGES_PREFIX, PRIVATE_PREFIX, contentDisposition, isPublicImageKey, isValidKey, publicMediaUrl } from "./keys";
export { FILES_ROUTE, signFileUrl, verifyFileSignature } from "./signing";

/** The secret that signs local file links. */
export function fileSigningSecret(): string | undefined {
  return env.FILE_SIGNING_SECRET ?? env.NEXTAUTH_SECRET;
}

/** Where the local backend keeps blobs. */
export function localUploadsDir(): string {
  if (env.UPLOADS_DIR) return path.resolve(env.UPLOADS_DIR);
  return path.resolve(env.FURROW_DATA_DIR ?? ".data", "uploads");
}

function fromEnv(): BlobStorage {
  if (env.S3_BUCKET) {
    return new S3Storage({
      bucket: env.S3_BUCKET,
      region: env.S3_REGION ?? "us-east-1",
      endpoint: env.S3_ENDPOINT,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
    });
  }
  return new LocalDiskStorage({ dir: localUploadsDir(), signingSecret: fileSigningSecret() });
}

const globalForStorage = globalThis as unknown as { furrowStorage?: BlobStorage };

/** The storage every service uses unless one is passed in. */
export function getStorage(): BlobStorage {
  globalForStorage.furrowStorage ??= fromEnv();
  return globalForStorage.furrowStorage;
}

/** Replaces the process-wide storage (tests point it at a temporary directory); null resets it. */
export function setStorage(storage: BlobStorage | null): void {
  globalForStorage.furrowStorage = storage ?? undefined;
}
