import type { ComponentPropsWithRef, ReactNode } from "react";
import { cn } from "./cn";

/** Bordered white panel that groups related content. */
export function Card({ className, ...props }: ComponentPropsWithRef<"div">) {
  return <div className={cn("rounded-lg border border-line bg-surface shadow-xs", className)} {...props} />;
}

export type CardHeaderProps = Omit<ComponentPropsWithRef<"div">, "title"> & {
  /** Right-aligned buttons or links. */
  actions?: ReactNode;
};

/** Card top row: title/description on the left, optional actions on the right. */
export function CardHeader({ className, actions, children, ...props }: CardHeaderProps) {
  return (
    <div className={cn("flex items-start justify-between gap-3 border-b border-line px-4 py-3", className)} {...props}>
      <div className="min-w-0 flex-1">{children}</div>
      {actions && <div className="flex shrink-0 items-center gap-2">{actions}</div>}
    </div>
  );
}

export type CardTitleProps = ComponentPropsWithRef<"h2"> & { as?: "h2" | "h3" | "h4" };

/** Card heading; an h2 by default, pick `as` to fit the page's heading outline. */
export function CardTitle({ as: Tag = "h2", className, ...props }: CardTitleProps) {
  return <Tag className={cn("text-sm font-semibold text-ink", className)} {...props} />;
}

/** Secondary line under a CardTitle. */
export function CardDescription({ className, ...props }: ComponentPropsWithRef<"p">) {
  return <p className={cn("mt-0.5 text-[13px] text-ink-muted", className)} {...props} />;
}

/** Padded card content area. */
export function CardBody({ className, ...props }: ComponentPropsWithRef<"div">) {
  return <div className={cn("px-4 py-4 text-sm", className)} {...props} />;
}

/** Muted bottom row of a card, usually for buttons. */
export function CardFooter({ className, ...props }: ComponentPropsWithRef<"div">) {
  return <div className={cn("flex items-center justify-end gap-2 rounded-b-lg border-t border-line bg-subtle px-4 py-3", className)} {...props} />;
}
