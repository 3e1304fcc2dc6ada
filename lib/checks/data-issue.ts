import { countNoun } from "../format/words";

/** One problem found in the data: which file, where inside it, and why. */
export type DataIssue = {
  file: string;
  /** Location inside the file, e.g. `[3].sources[0].quote`; empty for the whole file. */
  path: string;
  reason: string;
};

export function formatIssue(issue: DataIssue): string {
  return issue.path ? `${issue.file}: ${issue.path}: ${issue.reason}` : `${issue.file}: ${issue.reason}`;
}

/** Thrown by the loader when any check fails; the message lists every issue, one a line. */
export class DataValidationError extends Error {
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    const lines = issues.map((issue) => `  - ${formatIssue(issue)}`);
    super(`Invalid data (${countNoun(issues.length, "issue", "issues")}):\n${lines.join("\n")}`);
    this.name = "DataValidationError";
    this.issues = issues;
  }
}

/** Renders a zod/JSON path array as `[3].sources[0].quote`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === "number") return `[${key}]`;
      const name = String(key);
      return index === 0 ? name : `.${name}`;
    })
    .join("");
}
