// Blobs as files under a directory (default .data/uploads). The content type lives in a sidecar
// under .meta/ (keys never start with a dot, so the two trees cannot collide).
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { assertValidKey } from "./keys";
import { signFileUrl } from "./signing";
import type { BlobStorage, SignedUrlOptions, StoredBlob } from "./types";

export type LocalDiskOptions = { dir: string; signingSecret: string | undefined; now?: () => number };

export class LocalDiskStorage implements BlobStorage {
  readonly kind = "local" as const;
  readonly dir: string;
  private readonly secret: string | undefined;
  private readonly now: () => number;

  constructor(opts: LocalDiskOptions) {
    this.dir = path.resolve(opts.dir);
    this.secret = opts.signingSecret;
    this.now = opts.now ?? Date.now;
  }

  private paths(key: string) {
    assertValidKey(key);
    return { file: path.join(this.dir, key), meta: path.join(this.dir, ".meta", `${key}.json`) };
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const { file, meta } = this.paths(key);
    await writeAtomically(meta, JSON.stringify({ contentType }));
    await writeAtomically(file, bytes);
  }

  async get(key: string): Promise<StoredBlob | null> {
    const { file, meta } = this.paths(key);
    try {
      const [bytes, metaJson] = await Promise.all([readFile(file), readFile(meta, "utf8")]);
      const { contentType } = JSON.parse(metaJson) as { contentType: string };
      return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), contentType };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const { file, meta } = this.paths(key);
    await rm(file, { force: true });
    await rm(meta, { force: true });
  }

  async signedUrl(key: string, opts: SignedUrlOptions): Promise<string> {
    assertValidKey(key);
    if (!this.secret) throw new Error("FILE_SIGNING_SECRET (or NEXTAUTH_SECRET) must be set to sign file links");
    const exp = Math.floor(this.now() / 1000) + Math.max(1, Math.floor(opts.expiresInSeconds));
    return signFileUrl(this.secret, key, exp, opts.downloadName);
  }
}

/** Write to a temporary name, then rename: a reader never sees half a file. */
async function writeAtomically(target: string, data: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  await writeFile(tmp, data);
  await rename(tmp, target);
}
