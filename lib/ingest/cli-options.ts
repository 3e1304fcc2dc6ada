import { parseArgs } from "node:util";
import { IsoDateSchema, SlugSchema } from "../schema/primitives";

/** What `npm run ingest` was asked to do. */
export type IngestOptions = {
  file: string;
  published?: string;
  id?: string;
  title?: string;
  outlet?: string;
  dryRun: boolean;
  json: boolean;
  force: boolean;
};

export const INGEST_USAGE =
  "usage: npm run ingest -- <article.txt> --published YYYY-MM-DD [--id ID] [--title T] [--outlet NAME] [--dry-run] [--json] [--force]";

/** The command line read into options, or a message saying what is wrong with it. */
export function parseIngestArgs(args: readonly string[]): { ok: true; options: IngestOptions } | { ok: false; message: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        published: { type: "string" },
        id: { type: "string" },
        title: { type: "string" },
        outlet: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    // parseArgs names the unknown or malformed option; its message is for people already.
    return { ok: false, message: (error as Error).message.split("\n")[0]! };
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) return { ok: false, message: "no article file given" };
  if (positionals.length > 1) return { ok: false, message: `one article at a time (got ${positionals.length} files: ${positionals.join(", ")})` };
  if (values.published !== undefined && !IsoDateSchema.safeParse(values.published).success) {
    return { ok: false, message: `--published "${values.published}" is not a real date written YYYY-MM-DD` };
  }
  if (values.id !== undefined && !SlugSchema.safeParse(values.id).success) {
    return { ok: false, message: `--id "${values.id}" must be a lower-case slug (a-z, 0-9, single hyphens)` };
  }
  for (const name of ["title", "outlet"] as const) {
    if (values[name] !== undefined && values[name].trim() === "") return { ok: false, message: `--${name} is empty` };
  }
  return {
    ok: true,
    options: {
      file: positionals[0]!,
      ...(values.published !== undefined ? { published: values.published } : {}),
      ...(values.id !== undefined ? { id: values.id } : {}),
      ...(values.title !== undefined ? { title: values.title.trim() } : {}),
      ...(values.outlet !== undefined ? { outlet: values.outlet.trim() } : {}),
      dryRun: values["dry-run"],
      json: values.json,
      force: values.force,
    },
  };
}
