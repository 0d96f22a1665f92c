"use client";
// Picks an organisation of one kind: type to search (server-side), choose from the matches.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Field, Input, Select } from "@/components/ui";

type Props = { kind: string; value: string; onChange: (id: string) => void; errors?: string[] };

export function OrganisationPicker({ kind, value, onChange, errors }: Props) {
  const trpc = useTRPC();
  const [q, setQ] = useState("");
  const orgs = useQuery(trpc.identity.organisations.list.queryOptions({ pageSize: 50, page: 0, sort: { id: "name", desc: false }, filters: { kind, ...(q ? { q } : {}) } }));
  const options = (orgs.data?.rows ?? []).map((o) => ({ value: o.id, label: `${o.name} (${o.code})${o.parentName ? ` · ${o.parentName}` : ""}` }));
  return (
    <div className="space-y-2">
      <Field label={`Find a ${kind.toLowerCase()}`} hint={orgs.data ? `${orgs.data.total} match${orgs.data.total === 1 ? "" : "es"}` : "Loading…"}>
        <Input value={q} onChange={(e) => setQ(e.target.value)} placeholder="Name or code" dense />
      </Field>
      <Field label="Organisation" required errors={errors}>
        <Select value={value} onChange={(e) => onChange(e.target.value)} options={options} placeholder="Choose…" />
      </Field>
    </div>
  );
}
