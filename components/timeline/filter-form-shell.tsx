"use client";

import { useRouter } from "next/navigation";
import { useEffect, useLayoutEffect, useRef, useTransition } from "react";
import { TIMELINE_PATH } from "@/lib/params/timeline-href";

export type FilterFormShellProps = {
  /** The form's fields, rendered on the server. */
  children: React.ReactNode;
  /** Disclosure label on narrow screens, e.g. "Filters · 2 active". */
  summary: string;
  /** Current values by field name, as the server understood the URL; fields follow them after navigation. */
  values: Record<string, readonly string[]>;
};

/** Typing pauses this long before the results update. */
const TYPING_DELAY_MS = 350;
/** Viewport from which the filters sit beside the list instead of in a closed disclosure. */
const WIDE_QUERY = "(min-width: 64rem)";

/** The form's fields as a query string, leaving out blanks and defaults so URLs stay short. */
function serialise(form: HTMLFormElement): string {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== "string") continue;
    const trimmed = value.trim();
    if (!trimmed || (name === "order" && trimmed === "newest")) continue;
    query.append(name, trimmed);
  }
  return query.toString();
}

/**
 * The form as the reader left it when it asked for a new view. Each view of the timeline is its own
 * cached page (proxy.ts), so the page, this form included, mounts afresh when the view arrives; the
 * new form takes back the open disclosure, the focused field and its caret, and anything typed since.
 */
type CarryOver = { url: string; open: boolean; focus?: { name: string; start: number | null; end: number | null }; typed: Record<string, string> };
let carryOver: CarryOver | undefined;

function snapshot(form: HTMLFormElement, details: HTMLDetailsElement | null, url: string): CarryOver {
  const focused = document.activeElement;
  const typed: Record<string, string> = {};
  for (const element of Array.from(form.elements)) {
    if (element instanceof HTMLInputElement && element.name && (element.type === "search" || element.type === "text" || element.type === "date")) {
      typed[element.name] = element.value;
    }
  }
  return {
    url,
    open: details?.open ?? false,
    focus:
      focused instanceof HTMLInputElement && focused.form === form && focused.name
        ? { name: focused.name, start: focused.type === "search" || focused.type === "text" ? focused.selectionStart : null, end: focused.type === "search" || focused.type === "text" ? focused.selectionEnd : null }
        : undefined,
    typed,
  };
}

/**
 * A plain GET form (it works without JavaScript) that, once hydrated, applies each change by
 * navigating to the serialised URL: the server still does the filtering.
 */
export function FilterFormShell({ children, summary, values }: FilterFormShellProps) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const valuesKey = JSON.stringify(values);

  function navigate(mode: "push" | "replace") {
    window.clearTimeout(timer.current);
    const form = formRef.current;
    if (!form) return;
    const query = serialise(form);
    const url = query ? `${TIMELINE_PATH}?${query}` : TIMELINE_PATH;
    carryOver = snapshot(form, detailsRef.current, url);
    startTransition(() => router[mode](url, { scroll: false }));
  }

  /** Keeps the carry-over current while a view is on its way: typing and moving between fields. */
  function track() {
    if (carryOver && formRef.current) carryOver = snapshot(formRef.current, detailsRef.current, carryOver.url);
  }

  function onChange(event: React.FormEvent<HTMLFormElement>) {
    track();
    const field = event.target as HTMLInputElement;
    // Typed values (text, dates) settle first; one history entry per pause, not per key.
    if (field.type === "search" || field.type === "text" || field.type === "date") {
      if (field.type === "date" && !field.validity.valid) return;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => navigate("replace"), TYPING_DELAY_MS);
    } else {
      navigate("push");
    }
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate("push");
  }

  // A view this form asked for has arrived as a new page: restore the reader's place in the form.
  useLayoutEffect(() => {
    const carried = carryOver;
    const form = formRef.current;
    carryOver = undefined;
    if (!carried || !form || `${window.location.pathname}${window.location.search}` !== carried.url) return;
    if (carried.open && detailsRef.current) detailsRef.current.open = true;
    let typedSince = false;
    for (const [name, value] of Object.entries(carried.typed)) {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLInputElement && field.value !== value) {
        field.value = value;
        typedSince = true;
      }
    }
    const focus = carried.focus && form.elements.namedItem(carried.focus.name);
    if (focus instanceof HTMLInputElement) {
      focus.focus({ preventScroll: true });
      if (carried.focus?.start != null) focus.setSelectionRange(carried.focus.start, carried.focus.end ?? carried.focus.start);
    }
    // Keys pressed while the view loaded still count: ask for the view they describe.
    if (typedSince) timer.current = window.setTimeout(() => navigate("replace"), TYPING_DELAY_MS);
    // Runs once per mount; navigate only reads refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // After a navigation the form did not make (a removed filter, Back), show what the URL now says.
  // Not on first render: the fields already match, and a box ticked before hydration must stay ticked.
  const syncedKey = useRef(valuesKey);
  useEffect(() => {
    const form = formRef.current;
    if (!form || syncedKey.current === valuesKey) return;
    syncedKey.current = valuesKey;
    const current = JSON.parse(valuesKey) as Record<string, string[]>;
    for (const element of Array.from(form.elements)) {
      if (!(element instanceof HTMLInputElement) || !element.name) continue;
      const wanted = current[element.name] ?? [];
      if (element.type === "checkbox") element.checked = wanted.includes(element.value);
      else if (element !== document.activeElement) element.value = wanted[0] ?? "";
    }
  }, [valuesKey]);

  // Beside the list on wide screens; a closed disclosure above it on phones.
  useEffect(() => {
    const wide = window.matchMedia(WIDE_QUERY);
    const apply = () => {
      if (wide.matches && detailsRef.current) detailsRef.current.open = true;
    };
    apply();
    wide.addEventListener("change", apply);
    return () => {
      wide.removeEventListener("change", apply);
      window.clearTimeout(timer.current);
    };
  }, []);

  return (
    <details ref={detailsRef} className="timeline-filters rounded border border-rule bg-surface lg:border-0 lg:bg-transparent">
      <summary className="cursor-pointer select-none px-4 py-3 font-medium">{summary}</summary>
      <form
        ref={formRef}
        action={TIMELINE_PATH}
        method="get"
        aria-label="Filter the timeline"
        // timeline.css dims the results while this is set.
        aria-busy={isPending}
        onChange={onChange}
        onKeyUp={track}
        onFocus={track}
        onSubmit={onSubmit}
        className="space-y-6 px-4 pb-4 lg:px-0"
      >
        {children}
      </form>
    </details>
  );
}
