"use client";
// A product's images: upload with progress (validated and resized on the server), alt text,
// order (move earlier/later), delete.
import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { ArrowLeft, ArrowRight, ImagePlus, Trash2 } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Dialog, EmptyState, Field, FormAlert, Input, useToast } from "@/components/ui";
import type { FieldErrors } from "@/lib/errors";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import type { ImageRow } from "@/server/catalog/product-detail";
import { uploadForm } from "./upload";

type Props = { productId: string; images: ImageRow[]; onChanged: () => void };

function UploadForm({ productId, onUploaded }: { productId: string; onUploaded: () => void }) {
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setErrors({});
    setMessage(null);
    setProgress(0);
    const result = await uploadForm(`/api/catalog/products/${productId}/images`, data, { onProgress: setProgress });
    setProgress(null);
    if (!result.ok) {
      setErrors(result.error.fieldErrors);
      if (Object.keys(result.error.fieldErrors).length === 0) setMessage(result.error.message);
      return;
    }
    formRef.current?.reset();
    toast.success("Image uploaded", { description: "Thumbnail, card and large versions were made." });
    onUploaded();
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-3 rounded-lg border border-dashed border-line-strong p-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start" aria-label="Upload an image">
      {message && <FormAlert className="sm:col-span-3">{message}</FormAlert>}
      <Field label="Image file" required errors={errors.file} hint="JPEG, PNG or WebP, up to 8 MB.">
        <Input name="file" type="file" accept="image/jpeg,image/png,image/webp" className="py-1.5" />
      </Field>
      <Field label="Alt text" required errors={errors.alt} hint="What the photo shows, for screen readers.">
        <Input name="alt" autoComplete="off" />
      </Field>
      <div className="flex flex-col gap-2 sm:pt-6">
        <Button type="submit" icon={<ImagePlus aria-hidden />} loading={progress !== null}>
          Upload
        </Button>
        {progress !== null && (
          <progress className="h-1.5 w-full accent-furrow-700" max={1} value={progress} aria-label="Upload progress">
            {Math.round(progress * 100)} %
          </progress>
        )}
      </div>
    </form>
  );
}

function AltEditor({ image, onSaved }: { image: ImageRow; onSaved: () => void }) {
  const trpc = useTRPC();
  const toast = useToast();
  const save = useMutation(trpc.catalog.images.updateAlt.mutationOptions());
  const [alt, setAlt] = useState(image.alt);
  const errors = fieldErrorsOf(save.error).alt;
  return (
    <form
      noValidate
      className="flex items-end gap-1.5"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ id: image.id, alt }, { onSuccess: () => (toast.success("Alt text saved"), onSaved()) });
      }}
    >
      <Field label="Alt text" errors={errors} className="min-w-0 flex-1">
        <Input dense value={alt} onChange={(e) => setAlt(e.target.value)} />
      </Field>
      <Button size="sm" type="submit" variant="secondary" loading={save.isPending} disabled={alt === image.alt}>
        Save
      </Button>
    </form>
  );
}

export function ProductImages({ productId, images, onChanged }: Props) {
  const trpc = useTRPC();
  const toast = useToast();
  const [deleting, setDeleting] = useState<ImageRow | null>(null);
  const onError = { onError: (e: unknown) => toast.error(messageOf(e)) };
  const reorder = useMutation(trpc.catalog.images.reorder.mutationOptions(onError));
  const remove = useMutation(trpc.catalog.images.delete.mutationOptions(onError));

  function move(index: number, by: -1 | 1) {
    const ids = images.map((i) => i.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    reorder.mutate({ productId, imageIds: ids }, { onSuccess: onChanged });
  }

  return (
    <div className="space-y-4">
      <UploadForm productId={productId} onUploaded={onChanged} />
      {images.length === 0 ? (
        <EmptyState compact title="No images yet" text="The first image is the one shoppers see in the catalog." />
      ) : (
        <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Product images in display order">
          {images.map((image, i) => (
            <li key={image.id} className="overflow-hidden rounded-lg border border-line bg-surface">
              {/* eslint-disable-next-line @next/next/no-img-element -- a pre-sized 480px webp variant */}
              <img src={image.urls.card} alt={image.alt} className="aspect-[4/3] w-full bg-muted object-cover" loading="lazy" />
              <div className="space-y-2 p-2.5">
                <p className="text-xs text-ink-muted">
                  {i === 0 ? "Main image · " : `#${i + 1} · `}
                  {image.width} × {image.height} px
                </p>
                <AltEditor image={image} onSaved={onChanged} />
                <div className="flex justify-between gap-1">
                  <div className="flex gap-1">
                    <Button size="sm" variant="ghost" icon={<ArrowLeft aria-hidden />} aria-label={`Move image ${i + 1} earlier`} disabled={i === 0 || reorder.isPending} onClick={() => move(i, -1)} />
                    <Button size="sm" variant="ghost" icon={<ArrowRight aria-hidden />} aria-label={`Move image ${i + 1} later`} disabled={i === images.length - 1 || reorder.isPending} onClick={() => move(i, 1)} />
                  </div>
                  <Button size="sm" variant="ghost" icon={<Trash2 aria-hidden />} onClick={() => setDeleting(image)} aria-label={`Delete image ${i + 1}`}>
                    Delete
                  </Button>
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
      <Dialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title="Delete this image?"
        description="The image and its resized versions are removed for good."
        size="sm"
        footer={
          <>
            <Button variant="secondary" onClick={() => setDeleting(null)}>
              Keep it
            </Button>
            <Button
              variant="danger"
              loading={remove.isPending}
              onClick={() => deleting && remove.mutate({ id: deleting.id }, { onSuccess: () => (toast.success("Image deleted"), setDeleting(null), onChanged()) })}
            >
              Delete image
            </Button>
          </>
        }
      >
        {deleting && <p className="text-ink-muted">“{deleting.alt}”</p>}
      </Dialog>
    </div>
  );
}
