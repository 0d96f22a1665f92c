"use client";

import { useEffect, useRef, type MouseEvent } from "react";

/**
 * Drives a native <dialog> as a modal from an `open` prop: showModal() gives the browser's focus trap,
 * inert background, Esc-to-close and focus return. Also closes on a click on the backdrop.
 */
export function useModalDialog(open: boolean, onClose: () => void, closeOnBackdrop = true) {
  const ref = useRef<HTMLDialogElement>(null);
  const pressedOnBackdrop = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // A click that started inside the panel and ended on the backdrop (text selection) must not close it.
  function onMouseDown(event: MouseEvent<HTMLDialogElement>) {
    pressedOnBackdrop.current = event.target === event.currentTarget;
  }

  function onClick(event: MouseEvent<HTMLDialogElement>) {
    if (closeOnBackdrop && pressedOnBackdrop.current && event.target === event.currentTarget) onClose();
    pressedOnBackdrop.current = false;
  }

  return { ref, dialogProps: { onMouseDown, onClick, onClose } };
}
