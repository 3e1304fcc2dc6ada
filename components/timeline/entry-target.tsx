"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { TIMELINE_PATH } from "@/lib/params/timeline-href";

export type EntryTargetProps = {
  /** Changes with every view (the query string), so the effect runs after each navigation. */
  viewKey: string;
  /** The paged list this runs on: the timeline (the default) or the corrections log; both take `?entry=<id>`. */
  path?: string;
};

const HIGHLIGHT = "is-highlighted";
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Keeps `/timeline#<id>` (and `/corrections#<id>`) working for every entry. If the entry is on this page it is highlighted
 * (client navigations do not update `:target`); if not, the page holding it is opened via `?entry=<id>`.
 */
export function EntryTarget({ viewKey, path = TIMELINE_PATH }: EntryTargetProps) {
  const router = useRouter();

  useEffect(() => {
    function applyHash() {
      const id = decodeURIComponent(window.location.hash.slice(1));
      for (const element of document.querySelectorAll(`.${HIGHLIGHT}`)) element.classList.remove(HIGHLIGHT);
      if (!id || !SLUG.test(id)) return;
      const element = document.getElementById(id);
      if (element) {
        element.classList.add(HIGHLIGHT);
        const box = element.getBoundingClientRect();
        if (box.top < 0 || box.top > window.innerHeight) element.scrollIntoView({ block: "start" });
        return;
      }
      const query = new URLSearchParams(window.location.search);
      // Only once: if the server could not place the entry either, its notice explains why.
      if (query.has("entry")) return;
      query.delete("p");
      query.delete("page");
      query.set("entry", id);
      router.replace(`${path}?${query.toString()}#${id}`);
    }
    applyHash();
    window.addEventListener("hashchange", applyHash);
    return () => window.removeEventListener("hashchange", applyHash);
  }, [viewKey, path, router]);

  return null;
}
