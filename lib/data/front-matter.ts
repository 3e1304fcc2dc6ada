import { CORE_SCHEMA, load } from "js-yaml";

/** The YAML between the opening and closing `---` lines, and the text after them. */
export type FrontMatterParts = { yaml: string; body: string };

const OPEN = "---\n";
const CLOSE = "\n---";

/**
 * Splits a Markdown file into its front matter and body by the rules gray-matter applied here before (the
 * article hashes were taken against its bodies): the block runs from the opening `---` line to the next
 * line starting `---`; the body starts after that line's `---`, less one line break (`\r\n`, `\n` or `\r`),
 * and is empty when no line closes the block. Undefined when the text does not open with a `---` line.
 */
export function splitFrontMatter(text: string): FrontMatterParts | undefined {
  if (!text.startsWith(OPEN)) return undefined;
  // Kept from gray-matter: the search starts at the opening line's own line break, so an empty block closes at once.
  const rest = text.slice(OPEN.length - 1);
  const close = rest.indexOf(CLOSE);
  if (close === -1) return { yaml: rest, body: "" };
  let body = rest.slice(close + CLOSE.length);
  if (body.startsWith("\r")) body = body.slice(1);
  if (body.startsWith("\n")) body = body.slice(1);
  return { yaml: rest.slice(0, close), body };
}

/**
 * The front matter's fields, with js-yaml's core schema: no timestamp type, so an unquoted date stays the
 * text it is written as and the date check sees it (the default schema read `2025-02-30` as a Date of
 * 2 March, and the impossible date passed). Throws js-yaml's error on invalid YAML; an empty block gives `{}`.
 */
export function parseFrontMatter(yaml: string): unknown {
  return load(yaml, { schema: CORE_SCHEMA }) ?? {};
}
