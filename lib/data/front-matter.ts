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
  return parseSimpleFrontMatter(yaml) ?? load(yaml, { schema: CORE_SCHEMA }) ?? {};
}

const SCALAR_LINE = /^([A-Za-z][A-Za-z0-9]*): ("(?:[^"\\]|\\.)*"|null|\[.*\])$/;
const LIST_KEY_LINE = /^([A-Za-z][A-Za-z0-9]*):$/;
const LIST_ITEM_LINE = /^ {2}- ("(?:[^"\\]|\\.)*")$/;
/** What js-yaml refuses anywhere in a document (its NON_PRINTABLE), plus tabs and carriage returns: left to js-yaml. */
const LEFT_TO_YAML = /[\t\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** A JSON string, `null` or array of strings, read by JSON.parse; undefined for anything else. */
function jsonValue(text: string): string | null | string[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (value === null || typeof value === "string") return value;
  return Array.isArray(value) && value.every((item) => typeof item === "string") ? value : undefined;
}

/**
 * The front matter as js-yaml reads it, for the one form our files use: `key: "string"`, `key: null`,
 * `key: ["string", …]` and `key:` over `  - "string"` lines, each key once. A double-quoted YAML scalar on
 * one line escapes as JSON does (YAML's escapes are a superset), so JSON.parse reads it the same. Undefined
 * for anything else (comments, plain scalars, other escapes, a repeated key…), which js-yaml then reads,
 * so every other document, and every error message, stays js-yaml's. js-yaml cost a third of reading an
 * article at 1000x the data.
 */
export function parseSimpleFrontMatter(yaml: string): Record<string, unknown> | undefined {
  if (LEFT_TO_YAML.test(yaml)) return undefined;
  const lines = yaml.split("\n");
  // The block starts at the opening line's own line break.
  let i = lines[0] === "" ? 1 : 0;
  if (i >= lines.length) return undefined;
  const fields: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => {
    if (Object.hasOwn(fields, key)) return false;
    fields[key] = value;
    return true;
  };
  while (i < lines.length) {
    const line = lines[i]!;
    const scalar = SCALAR_LINE.exec(line);
    if (scalar) {
      const value = jsonValue(scalar[2]!);
      if (value === undefined || !set(scalar[1]!, value)) return undefined;
      i += 1;
      continue;
    }
    const listKey = LIST_KEY_LINE.exec(line);
    if (!listKey) return undefined;
    const items: string[] = [];
    for (i += 1; i < lines.length; i += 1) {
      const item = LIST_ITEM_LINE.exec(lines[i]!);
      if (!item) break;
      const value = jsonValue(item[1]!);
      if (typeof value !== "string") return undefined;
      items.push(value);
    }
    // A key with no items is null in YAML: rare enough to leave to js-yaml.
    if (items.length === 0 || !set(listKey[1]!, items)) return undefined;
  }
  return fields;
}
