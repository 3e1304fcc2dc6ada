"use client";

import { useEffect, useRef, useState } from "react";

/** `copied` for a moment after a copy; `manual` where the clipboard refused and the reader must copy. */
export type CopyStatus = "idle" | "copied" | "manual";

/** How long a "copied" confirmation stays visible. */
const CONFIRM_MS = 2500;

/** The clipboard write and its confirmation, shared by every copy button. `copy` resolves to the status it set. */
export function useClipboard(): { status: CopyStatus; copy: (text: string) => Promise<CopyStatus> } {
  const [status, setStatus] = useState<CopyStatus>("idle");
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function copy(text: string): Promise<CopyStatus> {
    window.clearTimeout(timer.current);
    try {
      if (!navigator.clipboard?.writeText) throw new Error("Clipboard API unavailable");
      await navigator.clipboard.writeText(text);
      setStatus("copied");
      timer.current = window.setTimeout(() => setStatus("idle"), CONFIRM_MS);
      return "copied";
    } catch {
      setStatus("manual");
      return "manual";
    }
  }
  return { status, copy };
}
