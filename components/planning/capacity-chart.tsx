"use client";
// Per cluster: declared capacity, what is expected at the coordinator's confidence, and what the
// plan allocated (and bought as contract surplus). Bars, with the figures in a hidden table.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { CapacityClusterRow } from "@/server/planning/capacity-view";

const n = (v: number) => v.toLocaleString("en-GB");

export function CapacityChart({ clusters, demandUnits }: { clusters: CapacityClusterRow[]; demandUnits: number }) {
  const data = clusters.map((c) => ({ name: c.name, capacity: c.capacityUnits, expected: c.expectedUnits, allocated: c.allocatedUnits, surplus: c.surplusUnits }));
  return (
    <figure>
      <div className="h-64 w-full" role="img" aria-label={`Capacity against allocation per cluster; demand of the week ${n(demandUnits)} units`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--color-line)" vertical={false} />
            <XAxis dataKey="name" tick={{ fontSize: 11 }} interval={0} />
            <YAxis tick={{ fontSize: 11 }} width={56} tickFormatter={n} />
            <Tooltip formatter={(v, name) => [n(v as number), name]} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="capacity" name="Declared capacity" fill="var(--color-neutral-line, #c9cec4)" isAnimationActive={false} />
            <Bar dataKey="expected" name="Expected (at confidence)" fill="var(--color-info)" fillOpacity={0.45} isAnimationActive={false} />
            <Bar dataKey="allocated" name="Allocated" fill="var(--color-success)" isAnimationActive={false} />
            <Bar dataKey="surplus" name="Contract surplus" fill="var(--color-warning)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>Capacity and allocation per cluster (units)</caption>
        <thead><tr><th scope="col">Cluster</th><th scope="col">Declared</th><th scope="col">Expected</th><th scope="col">Allocated</th><th scope="col">Surplus</th></tr></thead>
        <tbody>{data.map((d) => <tr key={d.name}><th scope="row">{d.name}</th><td>{n(d.capacity)}</td><td>{n(d.expected)}</td><td>{n(d.allocated)}</td><td>{n(d.surplus)}</td></tr>)}</tbody>
      </table>
    </figure>
  );
}
