"use client";

import { useEffect, useRef, useState } from "react";
import { useClipboard } from "../use-clipboard";
import { useHydrated } from "./use-hydrated";

export type CopyLinkProps = {
  /** Site-relative permalink of the entry, e.g. `/timeline?entry=x#x`. */
  href: string;
  /** Entry title, so each control has a distinct accessible name. */
  title: string;
};

/**
 * Copies an entry's absolute URL. Without JavaScript it is a plain link to the permalink; where the
 * clipboard cannot be used it shows the URL, selected, for the reader to copy.
 */
export function CopyLink({ href, title }: CopyLinkProps) {
  const isHydrated = useHydrated();
  const { status, copy: copyText } = useClipboard();
  const [absolute, setAbsolute] = useState("");
  const fieldRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (status === "manual") fieldRef.current?.select();
  }, [status]);

  async function copy() {
    const url = new URL(href, window.location.href).href;
    setAbsolute(url);
    await copyText(url);
  }

  // .entry-action is defined in globals.css.
  const controlClass = "no-print entry-action";

  return (
    <span className="copy-link inline-flex flex-wrap items-center gap-2">
      {isHydrated ? (
        <button type="button" onClick={copy} className={controlClass}>
          <LinkIcon />
          Copy link<span className="sr-only"> to “{title}”</span>
        </button>
      ) : (
        <a href={href} className={controlClass}>
          <LinkIcon />
          Permalink<span className="sr-only"> to “{title}”</span>
        </a>
      )}
      <span role="status" aria-live="polite" className="text-sm text-muted">
        {status === "copied" ? "Link copied" : status === "manual" ? "Copy this link:" : ""}
      </span>
      {status === "manual" ? (
        <input
          ref={fieldRef}
          readOnly
          value={absolute}
          aria-label={`Link to “${title}”`}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full min-w-0 rounded border border-rule bg-bg px-2 py-1 font-mono text-xs text-ink sm:w-80"
        />
      ) : null}
    </span>
  );
}

function LinkIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
      <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1" />
      <path d="M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1" />
    </svg>
  );
}
