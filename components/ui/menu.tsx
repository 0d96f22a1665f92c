"use client";

import { createContext, use, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { Check } from "lucide-react";
import { cn } from "./cn";

type MenuContextValue = { close: (returnFocus: boolean) => void };
const MenuContext = createContext<MenuContextValue | null>(null);

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return Array.from(menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])') ?? []);
}

export type MenuProps = {
  /** Content of the trigger button. */
  trigger: ReactNode;
  /** Accessible name for the trigger when its content alone is not descriptive. */
  label?: string;
  align?: "start" | "end";
  /** Shows the trigger as busy (e.g. while a switch is in flight) and blocks opening. */
  busy?: boolean;
  triggerClassName?: string;
  menuClassName?: string;
  children: ReactNode;
};

/**
 * Menu button (WAI-ARIA APG pattern): aria-expanded trigger, arrow keys / Home / End move between items,
 * Esc closes and returns focus, Tab or an outside click closes.
 */
export function Menu({ trigger, label, align = "start", busy = false, triggerClassName, menuClassName, children }: MenuProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const focusLastOnOpen = useRef(false);
  const buttonId = useId();
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const items = menuItems(menuRef.current);
    const checked = items.find((el) => el.getAttribute("aria-checked") === "true");
    (focusLastOnOpen.current ? items.at(-1) : (checked ?? items[0]))?.focus();
    focusLastOnOpen.current = false;

    function onPointerDown(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }

  function onTriggerKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (!busy && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      event.preventDefault();
      focusLastOnOpen.current = event.key === "ArrowUp";
      setOpen(true);
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const items = menuItems(menuRef.current);
    const index = items.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number | undefined> = {
      ArrowDown: (index + 1) % items.length,
      ArrowUp: (index - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      items[moves[event.key]!]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") {
      close(false);
    }
  }

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={label}
        aria-busy={busy || undefined}
        aria-disabled={busy || undefined}
        onClick={() => !busy && setOpen((o) => !o)}
        onKeyDown={onTriggerKeyDown}
        className={cn("flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-ink hover:bg-subtle aria-busy:cursor-progress", triggerClassName)}
      >
        {trigger}
      </button>
      {open && (
        <MenuContext value={{ close }}>
          <div
            ref={menuRef}
            id={menuId}
            role="menu"
            aria-labelledby={buttonId}
            onKeyDown={onMenuKeyDown}
            className={cn(
              "absolute top-full z-40 mt-1 max-h-[70dvh] min-w-56 max-w-[calc(100vw-1.5rem)] animate-fade-in overflow-y-auto rounded-lg border border-line bg-surface p-1 shadow-lg",
              align === "end" ? "right-0" : "left-0",
              menuClassName,
            )}
          >
            {children}
          </div>
        </MenuContext>
      )}
    </div>
  );
}

export type MenuItemProps = {
  onSelect: () => void;
  /** Makes this a menuitemradio; the checked one gets a tick and initial focus. */
  checked?: boolean;
  icon?: ReactNode;
  disabled?: boolean;
  className?: string;
  children: ReactNode;
};

/** One action in a Menu; closes the menu, returns focus to its button, then runs onSelect. */
export function MenuItem({ onSelect, checked, icon, disabled = false, className, children }: MenuItemProps) {
  const menu = use(MenuContext);
  const isRadio = checked !== undefined;
  return (
    <button
      type="button"
      role={isRadio ? "menuitemradio" : "menuitem"}
      aria-checked={isRadio ? checked : undefined}
      aria-disabled={disabled || undefined}
      tabIndex={-1}
      onClick={() => {
        if (disabled) return;
        menu?.close(true);
        onSelect();
      }}
      className={cn(
        "flex w-full items-start gap-2 rounded-md px-2.5 py-2 text-left text-sm text-ink",
        "hover:bg-subtle focus:bg-furrow-50 focus-visible:-outline-offset-2 aria-disabled:cursor-not-allowed aria-disabled:opacity-50",
        "[&_svg]:mt-0.5 [&_svg]:size-4 [&_svg]:shrink-0 [&_svg]:text-ink-subtle",
        className,
      )}
    >
      {isRadio ? <Check aria-hidden className={cn(!checked && "invisible")} /> : icon}
      <span className="min-w-0 flex-1">{children}</span>
    </button>
  );
}

/** Non-interactive heading text inside a Menu (e.g. the signed-in user's name and email). */
export function MenuLabel({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <div role="presentation" className={cn("px-2.5 py-2 text-xs text-ink-muted", className)}>
      {children}
    </div>
  );
}

/** Thin rule between groups of menu items. */
export function MenuSeparator() {
  return <div role="separator" className="-mx-1 my-1 h-px bg-line" />;
}
