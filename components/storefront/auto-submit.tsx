"use client";

import { useEffect, useRef } from "react";

/**
 * Progressive enhancement for the catalog's GET form: submits when a select or checkbox changes
 * (without JavaScript the form's Apply button does it), and leaves empty fields out of the URL.
 */
export function AutoSubmit() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const onChange = (event: Event) => {
      const target = event.target as HTMLElement;
      if (target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === "checkbox")) form.requestSubmit();
    };
    const onSubmit = () => {
      const empty = [...form.elements].filter((el): el is HTMLInputElement | HTMLSelectElement => (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) && el.name !== "" && el.value === "" && !el.disabled);
      for (const el of empty) el.disabled = true;
      setTimeout(() => empty.forEach((el) => (el.disabled = false)), 0);
    };
    form.addEventListener("change", onChange);
    form.addEventListener("submit", onSubmit);
    return () => {
      form.removeEventListener("change", onChange);
      form.removeEventListener("submit", onSubmit);
    };
  }, []);
  return <span ref={ref} hidden />;
}
