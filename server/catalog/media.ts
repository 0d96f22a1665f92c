// Uploaded files are judged by their content, never by the name or the browser's type: the magic
// bytes (file-type) must be an allowed format, and images must also decode (sharp metadata).
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { DomainError } from "@/lib/errors";
import { IMAGE_VARIANTS, type ImageVariant } from "./image-urls";

export type UploadedFile = { bytes: Uint8Array; name: string };

export const IMAGE_MAX_BYTES = 8 * 1024 * 1024;
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
const IMAGE_TYPES = { "image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp" } as const;
const DOCUMENT_TYPES = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" } as const;
// A decompression bomb (tiny file, huge canvas) is refused before sharp allocates it.
const MAX_PIXELS = 50_000_000;

function fileProblem(field: string, message: string): DomainError {
  return new DomainError("VALIDATION", message, { fieldErrors: { [field]: [message] } });
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/** The sniffed type of an allowed document (PDF, JPEG, PNG) or a field error. */
export async function checkDocument(file: UploadedFile, field = "document"): Promise<{ contentType: keyof typeof DOCUMENT_TYPES; ext: string }> {
  if (file.bytes.byteLength === 0) throw fileProblem(field, "The file is empty");
  if (file.bytes.byteLength > DOCUMENT_MAX_BYTES) throw fileProblem(field, `The document is larger than ${mb(DOCUMENT_MAX_BYTES)}`);
  const type = await fileTypeFromBuffer(file.bytes);
  if (!type || !(type.mime in DOCUMENT_TYPES)) throw fileProblem(field, `“${file.name}” is not a PDF, JPEG or PNG file`);
  const contentType = type.mime as keyof typeof DOCUMENT_TYPES;
  return { contentType, ext: DOCUMENT_TYPES[contentType] };
}

export type CheckedImage = { contentType: keyof typeof IMAGE_TYPES; width: number; height: number };

/** Checks an image upload: size, magic bytes, and that sharp can read it as the same format. */
export async function checkImage(file: UploadedFile, field = "file"): Promise<CheckedImage> {
  if (file.bytes.byteLength === 0) throw fileProblem(field, "The file is empty");
  if (file.bytes.byteLength > IMAGE_MAX_BYTES) throw fileProblem(field, `The image is larger than ${mb(IMAGE_MAX_BYTES)}`);
  const type = await fileTypeFromBuffer(file.bytes);
  if (!type || !(type.mime in IMAGE_TYPES)) throw fileProblem(field, `“${file.name}” is not a JPEG, PNG or WebP image`);
  const contentType = type.mime as keyof typeof IMAGE_TYPES;
  try {
    const meta = await sharp(file.bytes, { limitInputPixels: MAX_PIXELS }).metadata();
    if (meta.format !== IMAGE_TYPES[contentType] || !meta.width || !meta.height) throw new Error("format mismatch");
    return { contentType, width: meta.autoOrient.width, height: meta.autoOrient.height };
  } catch {
    throw fileProblem(field, `“${file.name}” could not be read as an image (damaged, or larger than ${MAX_PIXELS / 1_000_000} megapixels)`);
  }
}

export type RenderedVariant = { bytes: Uint8Array; width: number; height: number };

/**
 * The webp variants: rotated upright by EXIF, scaled to the variant width keeping the aspect ratio
 * (never enlarged), metadata stripped (sharp drops EXIF/GPS unless asked to keep it).
 */
export async function renderVariants(bytes: Uint8Array): Promise<Record<ImageVariant, RenderedVariant>> {
  const entries = await Promise.all(
    (Object.entries(IMAGE_VARIANTS) as [ImageVariant, number][]).map(async ([name, width]) => {
      const out = await sharp(bytes, { limitInputPixels: MAX_PIXELS })
        .autoOrient()
        .resize({ width, withoutEnlargement: true })
        .webp({ quality: name === "thumb" ? 70 : 80 })
        .toBuffer({ resolveWithObject: true });
      return [name, { bytes: new Uint8Array(out.data), width: out.info.width, height: out.info.height }] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<ImageVariant, RenderedVariant>;
}
