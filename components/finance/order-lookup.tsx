"use client";
// Jump to an order's money trail by its number.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button, Field, Input } from "@/components/ui";

export function OrderLookup() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const number = String(new FormData(event.currentTarget).get("number") ?? "").trim().toUpperCase();
    if (!number) return setError("Enter an order number");
    router.push(`/ops/finance/orders/${encodeURIComponent(number)}`);
  }
  return (
    <form onSubmit={onSubmit} className="flex items-end gap-2" noValidate>
      <Field label="Order number" errors={error ? [error] : undefined} className="flex-1">
        <Input name="number" placeholder="FR-0001234" autoComplete="off" onChange={() => setError(null)} />
      </Field>
      <Button type="submit" variant="secondary">Open</Button>
    </form>
  );
}
