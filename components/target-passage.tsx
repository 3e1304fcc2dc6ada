"use client";

import { useEffect } from "react";

/**
 * Marks the highlight a link pointed at (`/sources/<id>#q-…`). CSS `:target` covers full page loads,
 * but a client-side navigation from another page updates the URL without updating `:target`.
 */
export function TargetPassage() {
  useEffect(() => {
    const apply = () => {
      document.querySelectorAll(".quote-mark.is-target").forEach((mark) => mark.classList.remove("is-target"));
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id) return;
      document.getElementById(id)?.closest("mark")?.classList.add("is-target");
    };
    apply();
    window.addEventListener("hashchange", apply);
    return () => window.removeEventListener("hashchange", apply);
  }, []);
  return null;
}
