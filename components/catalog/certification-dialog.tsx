"use client";
// Create or edit a certification; the optional document (PDF, JPEG, PNG) goes up as multipart with
// progress. The server refuses expired certificates and wrong file types with field errors.
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Dialog, Field, FormAlert, Input, Select, useToast } from "@/components/ui";
import type { FieldErrors } from "@/lib/errors";
import type { CertificationRow } from "@/server/catalog/certification-list";
import { SCHEME_OPTIONS } from "./labels";
import { uploadForm } from "./upload";

type Props = { open: boolean; certification: CertificationRow | null; onClose: () => void; onSaved: () => void };

export function CertificationDialog({ open, certification, onClose, onSaved }: Props) {
  const trpc = useTRPC();
  const toast = useToast();
  const holders = useQuery({ ...trpc.catalog.certifications.holders.queryOptions(), enabled: open });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const c = certification;

  function close() {
    setErrors({});
    setMessage(null);
    setProgress(null);
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("document");
    if (file instanceof File && file.size === 0) data.delete("document");
    setErrors({});
    setMessage(null);
    setProgress(0);
    const url = c ? `/api/catalog/certifications/${c.id}` : "/api/catalog/certifications";
    const result = await uploadForm<{ id: string }>(url, data, { method: c ? "PATCH" : "POST", onProgress: setProgress });
    setProgress(null);
    if (!result.ok) {
      setErrors(result.error.fieldErrors);
      setMessage(Object.keys(result.error.fieldErrors).length ? "Please correct the highlighted fields." : result.error.message);
      return;
    }
    toast.success(c ? "Certification saved" : "Certification added");
    onSaved();
    close();
  }

  const holderOptions = (holders.data ?? []).map((h) => ({ value: h.id, label: `${h.name} (${h.kind === "FARM" ? "farm" : "cluster"})` }));
  return (
    <Dialog open={open} onClose={close} title={c ? `Edit certificate ${c.number}` : "Add a certification"} description="Only current certificates can be registered." size="lg" closeOnBackdrop={false}>
      <form key={c?.id ?? "new"} onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Certification">
        {message && <FormAlert>{message}</FormAlert>}
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Farm or cluster" required errors={errors.organisationId}>
            <Select name="organisationId" defaultValue={c?.organisationId ?? ""} placeholder={holders.isPending ? "Loading…" : "Choose…"} options={holderOptions} key={holderOptions.length} />
          </Field>
          <Field label="Scheme" required errors={errors.scheme}>
            <Select name="scheme" defaultValue={c?.scheme ?? "EU_ORGANIC"} options={SCHEME_OPTIONS} />
          </Field>
          <Field label="Issuer" required errors={errors.issuer} hint="The certifying body, e.g. Skal Biocontrole">
            <Input name="issuer" defaultValue={c?.issuer ?? ""} autoComplete="off" />
          </Field>
          <Field label="Certificate number" required errors={errors.number}>
            <Input name="number" defaultValue={c?.number ?? ""} className="font-mono" autoComplete="off" />
          </Field>
          <Field label="Valid from" required errors={errors.validFrom}>
            <Input name="validFrom" type="date" defaultValue={c?.validFrom ?? ""} />
          </Field>
          <Field label="Valid to" required errors={errors.validTo}>
            <Input name="validTo" type="date" defaultValue={c?.validTo ?? ""} />
          </Field>
        </div>
        <Field
          label={c?.documentName ? "Replace the document" : "Certificate document"}
          errors={errors.document}
          hint={c?.documentName ? `Current: ${c.documentName}. PDF, JPEG or PNG, up to 10 MB.` : "Optional. PDF, JPEG or PNG, up to 10 MB."}
        >
          <Input name="document" type="file" accept="application/pdf,image/jpeg,image/png" className="py-1.5" />
        </Field>
        {progress !== null && (
          <progress className="h-1.5 w-full accent-furrow-700" max={1} value={progress} aria-label="Upload progress">
            {Math.round(progress * 100)} %
          </progress>
        )}
        <div className="flex justify-end gap-2 pt-2">
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" loading={progress !== null}>
            {c ? "Save certification" : "Add certification"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
