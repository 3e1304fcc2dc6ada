"use client";

import { useRef } from "react";
import type { CitationFields } from "@/lib/cite/citation-fields";
import { localDay, plainCitation } from "@/lib/cite/format-citation";
import { useHydrated } from "@/components/timeline/use-hydrated";
import { useClipboard } from "@/components/use-clipboard";

export type CitationTextProps = {
  fields: CitationFields;
  /** SITE_URL's origin, or "" when unset: the page's own origin is then filled in by the browser. */
  origin: string;
};

/**
 * The plain-text citation and its copy button. Without JavaScript the text is there to select (with the
 * accessed date as a placeholder); once scripts run, the reader's date and this site's address are
 * filled in and the button appears.
 */
export function CitationText({ fields, origin }: CitationTextProps) {
  const isHydrated = useHydrated();
  const { status, copy } = useClipboard();
  const textRef = useRef<HTMLParagraphElement>(null);

  const text = isHydrated
    ? plainCitation(fields, { origin: origin || window.location.origin, accessed: localDay(new Date()) })
    : plainCitation(fields, { origin });

  function selectText() {
    const node = textRef.current;
    const selection = window.getSelection();
    if (!node || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(node);
    selection.removeAllRanges();
    selection.addRange(range);
  }

  async function copyCitation() {
    // Where the clipboard cannot be used, select the text so one keystroke copies it.
    if ((await copy(text)) === "manual") selectText();
  }

  return (
    <>
      <p ref={textRef} className="cite-text select-text [overflow-wrap:anywhere] rounded bg-surface-2 px-3 py-2 font-serif text-base leading-relaxed text-ink">
        {text}
      </p>
      {isHydrated ? (
        <p className="mt-2 flex flex-wrap items-center gap-3">
          <button type="button" onClick={copyCitation} className="entry-action">
            Copy citation<span className="sr-only"> of “{fields.title}”</span>
          </button>
          <span role="status" aria-live="polite" className="text-muted">
            {status === "copied" ? "Citation copied" : status === "manual" ? "Selected: press Ctrl+C (⌘C) to copy" : ""}
          </span>
        </p>
      ) : null}
    </>
  );
}
