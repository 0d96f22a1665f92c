// The one interface every blob backend implements (local disk by default, S3-compatible when configured).

export type StoredBlob = { bytes: Uint8Array; contentType: string };

export type SignedUrlOptions = {
  /** How long the link works, in seconds. */
  expiresInSeconds: number;
  /** File name offered to the browser (Content-Disposition: attachment); inline when omitted. */
  downloadName?: string;
};

export type BlobStorage = {
  /** Which backend this is ("local" or "s3"), for logs and health pages. */
  readonly kind: "local" | "s3";
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The blob, or null when no blob has this key. */
  get(key: string): Promise<StoredBlob | null>;
  /** Removes the blob; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** A URL that serves the blob until it expires, without any session. */
  signedUrl(key: string, opts: SignedUrlOptions): Promise<string>;
};
