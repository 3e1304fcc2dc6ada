"use client";

import { useEffect } from "react";

/**
 * Lets Escape close an open citation pop-up without moving focus or the pointer (WCAG 1.4.13).
 * The pop-ups themselves are CSS; this only toggles a data attribute, so without script they
 * still open and close with hover and focus.
 */
export function CitationDismiss() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      document.querySelectorAll(".cite:hover, .cite:focus-within").forEach((cite) => cite.setAttribute("data-dismissed", ""));
    };
    const onLeave = (event: Event) => {
      const cite = event.target instanceof Element ? event.target.closest(".cite") : null;
      const next = event instanceof FocusEvent || event instanceof PointerEvent ? event.relatedTarget : null;
      if (cite && !(next instanceof Node && cite.contains(next))) cite.removeAttribute("data-dismissed");
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("focusout", onLeave);
    document.addEventListener("pointerout", onLeave);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("focusout", onLeave);
      document.removeEventListener("pointerout", onLeave);
    };
  }, []);
  return null;
}
