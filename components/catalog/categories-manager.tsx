"use client";
// Category tree: siblings in display order (move up/down), edit, delete when empty.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ArrowDown, ArrowUp, Pencil, Plus, Trash2 } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { Badge, Button, Card, CardDescription, CardHeader, CardTitle, EmptyState, useToast } from "@/components/ui";
import { messageOf } from "@/lib/trpc-errors";
import type { CategoryRow } from "@/server/catalog/categories";
import { CategoryDialog } from "./category-dialog";

type Node = CategoryRow & { depth: number; siblings: string[] };

/** Depth-first order with each row's depth and the ids of its siblings (for reordering). */
function flatten(categories: CategoryRow[]): Node[] {
  const byParent = new Map<string | null, CategoryRow[]>();
  for (const c of categories) byParent.set(c.parentId, [...(byParent.get(c.parentId) ?? []), c]);
  const out: Node[] = [];
  const walk = (parentId: string | null, depth: number) => {
    const level = byParent.get(parentId) ?? [];
    for (const c of level) {
      out.push({ ...c, depth, siblings: level.map((s) => s.id) });
      if (depth < 20) walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export function CategoriesManager({ categories }: { categories: CategoryRow[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [dialog, setDialog] = useState<{ category: CategoryRow | null } | null>(null);
  const onError = { onError: (e: unknown) => toast.error(messageOf(e)) };
  const reorder = useMutation(trpc.catalog.categories.reorder.mutationOptions(onError));
  const remove = useMutation(trpc.catalog.categories.delete.mutationOptions(onError));
  const nodes = flatten(categories);

  function move(node: Node, by: -1 | 1) {
    const ids = [...node.siblings];
    const i = ids.indexOf(node.id);
    ids.splice(i, 1);
    ids.splice(i + by, 0, node.id);
    reorder.mutate({ parentId: node.parentId, ids }, { onSuccess: () => router.refresh() });
  }

  return (
    <Card>
      <CardHeader actions={<Button size="sm" icon={<Plus aria-hidden />} onClick={() => setDialog({ category: null })}>New category</Button>}>
        <CardTitle>Categories</CardTitle>
        <CardDescription>The storefront shows them in this order. Only empty categories can be deleted.</CardDescription>
      </CardHeader>
      {nodes.length === 0 ? (
        <EmptyState compact title="No categories yet" />
      ) : (
        <ul className="divide-y divide-line" aria-label="Categories">
          {nodes.map((node) => {
            const i = node.siblings.indexOf(node.id);
            const empty = node.productCount === 0 && node.childCount === 0;
            return (
              <li key={node.id} className="flex items-center gap-2 px-4 py-2" style={{ paddingLeft: `${1 + node.depth * 1.5}rem` }}>
                <span className="min-w-0 flex-1">
                  <span className="font-medium">{node.name}</span> <span className="font-mono text-xs text-ink-muted">/{node.slug}</span>
                </span>
                <Badge tone={node.productCount ? "info" : "neutral"}>{node.productCount} products</Badge>
                <Button size="sm" variant="ghost" icon={<ArrowUp aria-hidden />} aria-label={`Move ${node.name} up`} disabled={i === 0 || reorder.isPending} onClick={() => move(node, -1)} />
                <Button size="sm" variant="ghost" icon={<ArrowDown aria-hidden />} aria-label={`Move ${node.name} down`} disabled={i === node.siblings.length - 1 || reorder.isPending} onClick={() => move(node, 1)} />
                <Button size="sm" variant="ghost" icon={<Pencil aria-hidden />} aria-label={`Edit ${node.name}`} onClick={() => setDialog({ category: node })} />
                <Button
                  size="sm"
                  variant="ghost"
                  icon={<Trash2 aria-hidden />}
                  aria-label={empty ? `Delete ${node.name}` : `${node.name} is not empty and cannot be deleted`}
                  title={empty ? undefined : "Move its products and subcategories first"}
                  disabled={!empty || remove.isPending}
                  onClick={() => remove.mutate({ id: node.id }, { onSuccess: () => (toast.success(`${node.name} deleted`), router.refresh()) })}
                />
              </li>
            );
          })}
        </ul>
      )}
      <CategoryDialog open={dialog !== null} category={dialog?.category ?? null} categories={categories} onClose={() => setDialog(null)} onSaved={() => router.refresh()} />
    </Card>
  );
}
