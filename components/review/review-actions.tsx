"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { formatIssue, type DataIssue } from "@/lib/checks/data-issue";
import type { ReviewCollection } from "@/lib/review/review-collections";
import { useHydrated } from "../timeline/use-hydrated";

export type ReviewActionsProps = { draftId: string; collection: ReviewCollection; recordId: string; noun: string; json: string };

type Result = { ok: boolean; message: string; issues: DataIssue[] };

const BUTTON = "rounded border px-3 py-1.5 text-sm font-semibold disabled:opacity-50";

/** Accept, Edit (the record as JSON, checked by the server) and Reject for one drafted record. */
export function ReviewActions({ draftId, collection, recordId, noun, json }: ReviewActionsProps) {
  const router = useRouter();
  const [isEditing, setEditing] = useState(false);
  const [text, setText] = useState(json);
  // Until React has hydrated, a click would do nothing: the buttons stay disabled so none is lost.
  const isReady = useHydrated();
  const [isBusy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const editorId = useId();
  const errorId = useId();

  async function send(action: "accept" | "reject" | "edit", record?: unknown) {
    setBusy(true);
    setResult(null);
    try {
      const response = await fetch(`/review/${encodeURIComponent(draftId)}/action`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ action, collection, recordId, record }),
      });
      const body = (await response.json()) as Result;
      if (body.ok) {
        // The page reads the draft again; the message survives the card leaving it.
        router.replace(`/review/${encodeURIComponent(draftId)}?done=${encodeURIComponent(body.message)}`, { scroll: false });
        router.refresh();
        setEditing(false);
      }
      setResult(body);
    } catch (error) {
      setResult({ ok: false, message: `the request failed: ${(error as Error).message}`, issues: [] });
    } finally {
      setBusy(false);
    }
  }

  function saveEdit() {
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      setResult({ ok: false, message: `not saved: the text is not JSON (${(error as Error).message})`, issues: [] });
      return;
    }
    void send("edit", record);
  }

  return (
    <div className="mt-4">
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={isBusy || !isReady} onClick={() => void send("accept")} className={`${BUTTON} border-ink bg-ink text-bg`} aria-label={`Accept ${noun} ${recordId}`}>
          Accept
        </button>
        <button type="button" disabled={isBusy || !isReady} onClick={() => setEditing(!isEditing)} aria-expanded={isEditing} aria-controls={editorId} className={`${BUTTON} border-rule`} aria-label={`Edit ${noun} ${recordId}`}>
          Edit
        </button>
        <button type="button" disabled={isBusy || !isReady} onClick={() => void send("reject")} className={`${BUTTON} border-accent text-accent`} aria-label={`Reject ${noun} ${recordId}`}>
          Reject
        </button>
      </div>
      {isEditing ? (
        <div id={editorId} className="mt-3">
          <label htmlFor={`${editorId}-text`} className="text-sm font-semibold">
            The {noun} as JSON (its review notes are kept)
          </label>
          <textarea
            id={`${editorId}-text`}
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={14}
            spellCheck={false}
            aria-invalid={result !== null && !result.ok}
            aria-describedby={result && !result.ok ? errorId : undefined}
            className="mt-1 block w-full rounded border border-rule bg-bg p-2 font-mono text-xs text-ink"
          />
          <div className="mt-2 flex gap-2">
            <button type="button" disabled={isBusy || !isReady} onClick={saveEdit} className={`${BUTTON} border-ink bg-ink text-bg`}>
              Save
            </button>
            <button type="button" disabled={isBusy || !isReady} onClick={() => { setEditing(false); setText(json); setResult(null); }} className={`${BUTTON} border-rule`}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <div aria-live="polite">
        {result && !result.ok ? (
          <div id={errorId} role="alert" className="mt-3 rounded border border-accent p-3 text-sm">
            <p className="font-semibold text-accent">{result.message}</p>
            {result.issues.length > 0 ? (
              <ul className="mt-1 list-disc pl-5 font-mono text-xs break-words">
                {result.issues.map((issue, index) => (
                  <li key={index}>{formatIssue(issue)}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
