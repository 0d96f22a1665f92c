// Multipart uploads with progress (fetch cannot report upload progress; XMLHttpRequest can).
// Errors come back in the tRPC error shape, so forms read field errors the same way.
import type { FieldErrors } from "@/lib/errors";

export type UploadError = { message: string; domainCode: string | null; fieldErrors: FieldErrors };
export type UploadResult<T> = { ok: true; data: T } | { ok: false; status: number; error: UploadError };

/** Sends `form` to `url`; `onProgress` receives 0..1 while the body uploads. */
export function uploadForm<T>(url: string, form: FormData, opts: { method?: "POST" | "PATCH"; onProgress?: (fraction: number) => void } = {}): Promise<UploadResult<T>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open(opts.method ?? "POST", url);
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) opts.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as ({ error?: Partial<UploadError> } & T) | null;
      if (xhr.status >= 200 && xhr.status < 300) return resolve({ ok: true, data: body as T });
      const error = body?.error;
      resolve({ ok: false, status: xhr.status, error: { message: error?.message ?? `Upload failed (${xhr.status}).`, domainCode: error?.domainCode ?? null, fieldErrors: error?.fieldErrors ?? {} } });
    };
    xhr.onerror = () => resolve({ ok: false, status: 0, error: { message: "The upload was interrupted. Check your connection and try again.", domainCode: null, fieldErrors: {} } });
    xhr.send(form);
  });
}
