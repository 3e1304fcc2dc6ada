import { readFileSync } from "node:fs";
import type { z } from "zod";
import { formatPath, type DataIssue } from "../checks/data-issue";

export type ReadResult<T> = { value: T; issues: DataIssue[] } | { value: undefined; issues: DataIssue[] };

/** Where in `text` a character offset falls, as "line L, column C" for JSON syntax errors. */
function describeOffset(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match?.[1]) return message;
  const offset = Number(match[1]);
  const before = text.slice(0, offset).split("\n");
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return `${message.replace(/ in JSON at position \d+.*$/, "")} at line ${line}, column ${column}`;
}

/** Reads one JSON fixture and validates it; never throws, returns issues instead. */
export function readJsonFixture<S extends z.ZodType>(
  absolutePath: string,
  displayName: string,
  schema: S,
): ReadResult<z.infer<S>> {
  let text: string;
  try {
    text = readFileSync(absolutePath, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file is missing" : String(error);
    return { value: undefined, issues: [{ file: displayName, path: "", reason }] };
  }

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = `invalid JSON: ${describeOffset(text, (error as Error).message)}`;
    return { value: undefined, issues: [{ file: displayName, path: "", reason }] };
  }

  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return { value: undefined, issues: zodIssues(displayName, parsed.error, raw) };
  }
  return { value: parsed.data, issues: [] };
}

/** Converts zod's issues to ours, naming the record's id where it has one so the entry is easy to find. */
export function zodIssues(file: string, error: z.ZodError, raw: unknown): DataIssue[] {
  return error.issues.map((issue) => {
    const first = issue.path[0];
    const record = typeof first === "number" && Array.isArray(raw) ? (raw[first] as { id?: unknown }) : undefined;
    const idHint = record && typeof record.id === "string" ? ` (id "${record.id}")` : "";
    const reason = issue.code === "invalid_type" && issue.message.includes("undefined") ? "required field is missing" : issue.message;
    return { file, path: `${formatPath(issue.path)}${idHint}`, reason };
  });
}
