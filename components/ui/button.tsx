import Link from "next/link";
import type { ComponentProps, ComponentPropsWithRef, MouseEvent, ReactNode } from "react";
import { LoaderCircle } from "lucide-react";
import { cn } from "./cn";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "sm" | "md";

const base =
  "inline-flex shrink-0 items-center justify-center gap-1.5 whitespace-nowrap rounded-md font-medium transition-colors select-none " +
  "disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:cursor-not-allowed [&_svg]:size-4 [&_svg]:shrink-0";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-furrow-700 text-white shadow-xs hover:bg-furrow-800 active:bg-furrow-900",
  secondary: "border border-line-strong bg-surface text-ink shadow-xs hover:bg-subtle active:bg-muted",
  ghost: "text-ink-muted hover:bg-subtle hover:text-ink active:bg-muted",
  danger: "bg-danger text-white shadow-xs hover:bg-danger-fg active:bg-danger-fg",
};

const sizes: Record<ButtonSize, string> = {
  sm: "h-8 px-2.5 text-[13px]",
  md: "h-9 px-3.5 text-sm",
};

/** Class string for anything that should look like a button (links, file-input labels). */
export function buttonClasses(opts: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return cn(base, variants[opts.variant ?? "primary"], sizes[opts.size ?? "md"], opts.className);
}

export type ButtonProps = ComponentPropsWithRef<"button"> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner, sets aria-busy and ignores clicks (focus stays on the button). */
  loading?: boolean;
  /** Icon element shown before the label; replaced by the spinner while loading. */
  icon?: ReactNode;
};

/** The app's button; defaults to type="button" so it never submits a form by accident. */
export function Button({ variant, size, loading = false, icon, className, type = "button", onClick, children, ...rest }: ButtonProps) {
  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    // aria-disabled rather than disabled while loading, so keyboard focus is not thrown away.
    if (loading) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }

  return (
    <button
      type={type}
      className={buttonClasses({ variant, size, className: cn(loading && "cursor-progress opacity-80", className) })}
      aria-busy={loading || undefined}
      aria-disabled={loading || undefined}
      onClick={handleClick}
      {...rest}
    >
      {loading ? <LoaderCircle aria-hidden className="animate-spin" /> : icon}
      {children}
    </button>
  );
}

export type LinkButtonProps = ComponentProps<typeof Link> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  icon?: ReactNode;
};

/** A next/link styled as a button, for navigation that looks like an action. */
export function LinkButton({ variant, size, icon, className, children, ...rest }: LinkButtonProps) {
  return (
    <Link className={buttonClasses({ variant, size, className })} {...rest}>
      {icon}
      {children}
    </Link>
  );
}
