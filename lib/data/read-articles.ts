import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ArticleSchema, type Article } from "../schema/article";
import type { DataIssue } from "../checks/data-issue";
import { parseFrontMatter, splitFrontMatter } from "./front-matter";
import { zodIssues } from "./read-fixture";
import { compiledSchema } from "../schema/compiled";

/** Reads every `articles/*.md`: front matter validated, body checked byte-for-byte against the seed hash. */
export function readArticles(dataDir: string): { articles: Article[]; issues: DataIssue[] } {
  const dir = path.join(dataDir, "articles");
  const issues: DataIssue[] = [];
  const articles: Article[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".md")).sort();
  } catch {
    return { articles, issues: [{ file: "articles/", path: "", reason: "folder is missing" }] };
  }
  if (names.length === 0) issues.push({ file: "articles/", path: "", reason: "no articles found" });

  const schema = compiledSchema(ArticleSchema);
  for (const name of names) {
    const file = `articles/${name}`;
    // Resolved at run time: left to the bundler, this join matched every *.md under the project (11,000
    // generated benchmark articles) and slowed the build; next.config.ts traces data/ explicitly instead.
    const text = readFileSync(path.join(/*turbopackIgnore: true*/ dir, name), "utf8");
    const parts = splitFrontMatter(text);
    if (!parts) {
      issues.push({ file, path: "", reason: "must start with YAML front matter between '---' lines" });
      continue;
    }
    let data: unknown;
    try {
      data = parseFrontMatter(parts.yaml);
    } catch (error) {
      issues.push({ file, path: "front matter", reason: `invalid YAML: ${(error as Error).message.split("\n")[0]}` });
      continue;
    }
    const raw = { ...(data as Record<string, unknown>), body: parts.body };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      issues.push(...zodIssues(file, parsed.error, raw));
      continue;
    }
    const article = parsed.data;
    if (`${article.id}.md` !== name) {
      issues.push({ file, path: "id", reason: `id "${article.id}" must match the file name` });
    }
    const digest = createHash("sha256").update(article.body, "utf8").digest("hex");
    if (digest !== article.seedSha256) {
      issues.push({ file, path: "body", reason: `text differs from seed ${article.seedFile} (sha256 mismatch): article texts must stay verbatim` });
    }
    articles.push(article);
  }
  return { articles, issues };
}
