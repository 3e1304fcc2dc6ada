import { formatIssue, type DataIssue } from "@/lib/checks/data-issue";

export type DraftIssuesProps = { issues: readonly DataIssue[]; title?: string };

/** The problems of a draft or an action, one a line, as `npm run check-data` words them. */
export function DraftIssues({ issues, title = "This draft cannot be read:" }: DraftIssuesProps) {
  return (
    <div role="alert" className="rounded border border-accent bg-surface p-4">
      <p className="font-semibold text-accent">{title}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 font-mono text-sm break-words">
        {issues.map((issue, index) => (
          <li key={index}>{formatIssue(issue)}</li>
        ))}
      </ul>
    </div>
  );
}
