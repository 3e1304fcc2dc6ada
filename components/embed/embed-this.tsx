"use client";

import { useId, useState, useSyncExternalStore } from "react";
import { embedSnippet } from "@/lib/share/embed-snippet";

export type EmbedThisProps = {
  /** Site-relative address of the embed, e.g. `/embed/events/<id>`. */
  path: string;
  /** The frame's title attribute, e.g. "Ceasefire Tracker: <event title>". */
  title: string;
  height: number;
  /** The site's public origin when the build knows it (SITE_URL); otherwise the page's own, once scripts run. */
  origin?: string;
};

/** The page's origin never changes while it is open. */
const noSubscription = () => () => {};

/**
 * "Embed this": the `<iframe>` snippet for this view, to copy. Without JavaScript (and without SITE_URL)
 * the snippet's address stays relative to this site, and says so.
 */
export function EmbedThis({ path, title, height, origin }: EmbedThisProps) {
  const pageOrigin = useSyncExternalStore(noSubscription, () => origin ?? window.location.origin, () => origin);
  const [status, setStatus] = useState("");
  const fieldId = useId();
  const snippet = embedSnippet({ src: `${pageOrigin ?? ""}${path}`, title, height });

  async function copy() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error("Clipboard API unavailable");
      await navigator.clipboard.writeText(snippet);
      setStatus("Copied");
    } catch {
      setStatus("Select the code above and copy it");
    }
  }

  return (
    <details className="embed-this no-print text-sm">
      <summary className="cursor-pointer font-medium">Embed this</summary>
      <div className="mt-2 space-y-2">
        <label className="block text-muted" htmlFor={fieldId}>
          Paste this HTML into your page to show this view in a frame{pageOrigin ? "" : " (add this site’s address before the /embed path)"}:
        </label>
        <textarea
          id={fieldId}
          readOnly
          rows={4}
          value={snippet}
          onFocus={(event) => event.currentTarget.select()}
          className="block w-full rounded border border-rule bg-bg p-2 font-mono text-xs text-ink"
        />
        <p className="flex items-center gap-3">
          <button type="button" onClick={copy} className="entry-action">
            Copy code
          </button>
          <span role="status" aria-live="polite" className="text-muted">
            {status}
          </span>
        </p>
      </div>
    </details>
  );
}
