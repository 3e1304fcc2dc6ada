import { createHash } from "node:crypto";
import path from "node:path";
import type { ArticleFrontMatter } from "../schema/article";
import { slugify } from "./slug";

/** The article's title: given, else its first line (a headline in pasted news text), shortened. */
export function titleFrom(body: string): string {
  const first = body.split("\n").map((line) => line.trim()).find((line) => line !== "") ?? "Untitled article";
  return first.length <= 160 ? first : `${first.slice(0, 159).replace(/\s+\S*$/, "")}…`;
}

/** `seedFile` must look like `name.txt`: the input's name where it does, else a safe spelling of it. */
export function seedFileName(inputPath: string): { seedFile: string; renamed: boolean } {
  const base = path.basename(inputPath);
  if (/^[\w.-]+\.txt$/.test(base)) return { seedFile: base, renamed: false };
  const safe = `${base.replace(/\.txt$/i, "").replace(/[^\w.-]+/g, "_") || "article"}.txt`;
  return { seedFile: safe, renamed: true };
}

/** Front matter for a new article: id from --id or the title and date, sha256 of the exact text. */
export function makeFrontMatter(input: {
  body: string;
  inputPath: string;
  published: string;
  publishedEvidence: string[];
  id?: string;
  title?: string;
  outlet?: string;
}): ArticleFrontMatter {
  const title = input.title ?? titleFrom(input.body);
  const { seedFile, renamed } = seedFileName(input.inputPath);
  return {
    id: input.id ?? `${slugify(title, 6) || "article"}-${input.published}`,
    title,
    outlet: input.outlet ?? null,
    published: input.published,
    publishedEvidence: input.publishedEvidence,
    seedFile,
    seedSha256: createHash("sha256").update(input.body, "utf8").digest("hex"),
    notes: [
      ...(input.title ? [] : ["The title is the first line of the text (ingest); check it."]),
      ...(input.outlet ? [] : ["No outlet given to ingest; set it only if the text names one."]),
      ...(renamed ? [`Copied from the input file "${path.basename(input.inputPath)}".`] : []),
    ],
  };
}

/** The `.md` file: YAML front matter (strings JSON-quoted, as the other articles) and the text byte for byte. */
export function articleFile(front: ArticleFrontMatter, body: string): string {
  const lines = [
    "---",
    `id: ${JSON.stringify(front.id)}`,
    `title: ${JSON.stringify(front.title)}`,
    `outlet: ${front.outlet === null ? "null" : JSON.stringify(front.outlet)}`,
    `published: ${JSON.stringify(front.published)}`,
    ...(front.publishedLatest ? [`publishedLatest: ${JSON.stringify(front.publishedLatest)}`] : []),
    "publishedEvidence:",
    ...front.publishedEvidence.map((item) => `  - ${JSON.stringify(item)}`),
    `seedFile: ${JSON.stringify(front.seedFile)}`,
    `seedSha256: ${JSON.stringify(front.seedSha256)}`,
    ...(front.notes.length === 0 ? ["notes: []"] : ["notes:", ...front.notes.map((note) => `  - ${JSON.stringify(note)}`)]),
    "---",
  ];
  return `${lines.join("\n")}\n${body}`;
}
