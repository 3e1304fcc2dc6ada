import { Link } from "@/components/site-link";
import { formatIssue } from "@/lib/checks/data-issue";
import type { DraftSummary } from "@/lib/review/draft-files";

export type DraftListProps = { drafts: readonly DraftSummary[] };

/** Every draft with how many of its records wait for review; broken drafts say why. */
export function DraftList({ drafts }: DraftListProps) {
  if (drafts.length === 0) {
    return (
      <div className="rounded border border-rule bg-surface p-6">
        <p className="font-semibold">No drafts to review.</p>
        <p className="mt-2 text-muted">
          <code>npm run ingest -- &lt;article.txt&gt; --published YYYY-MM-DD</code> writes one to <code>data/drafts/</code>.
        </p>
      </div>
    );
  }
  return (
    <ul className="divide-y divide-rule border-y border-rule" aria-label="Drafts">
      {drafts.map((draft) => (
        <li key={draft.id} className="py-4">
          {draft.ok ? (
            <>
              <Link href={`/review/${draft.id}`} className="font-serif text-xl font-semibold">
                {draft.title}
              </Link>
              <p className="mt-1 text-sm text-muted">
                <span className="font-mono">{draft.id}</span> · published {draft.published} ·{" "}
                {draft.total === 0 ? (
                  "every record reviewed"
                ) : (
                  <>
                    {draft.counts.pending} pending, {draft.counts.accepted} marked accepted, {draft.counts.rejected} marked rejected
                  </>
                )}
              </p>
            </>
          ) : (
            <>
              <p className="font-serif text-xl font-semibold">
                <span className="font-mono">{draft.id}</span> <span className="text-base text-accent">cannot be read</span>
              </p>
              <ul className="mt-1 list-disc pl-5 font-mono text-sm break-words text-muted">
                {draft.issues.map((issue, index) => (
                  <li key={index}>{formatIssue(issue)}</li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
