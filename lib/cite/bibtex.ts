import type { CitationFields } from "./citation-fields";
import { versionText } from "./format-citation";

const BIBTEX_SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  "#": "\\#",
  _: "\\_",
  $: "\\$",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Text as a BibTeX value: LaTeX's special characters escaped, so a quote cannot break the entry. */
export function bibtexText(text: string): string {
  return text.replace(/[\\{}%&#_$~^]/g, (char) => BIBTEX_SPECIALS[char]!);
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The entry's key: site, kind and id (ids are slugs, so the key needs no escaping). */
export function citationKey(fields: Pick<CitationFields, "kind" | "id">): string {
  return `ceasefire-tracker:${fields.kind}:${fields.id}`;
}

/**
 * One `@misc` entry (biblatex reads `date`, `urldate` and `version`; plain BibTeX `year`, `month`,
 * `howpublished` and `note`). Titles are double-braced so styles keep their capitals.
 */
export function bibtexEntry(fields: CitationFields, { origin, accessed }: { origin: string; accessed: string }): string {
  const url = `${origin}${fields.path}`;
  const note = [`${fields.kindLabel}`, versionText(fields), fields.reportedBy.length > 0 ? `As reported by ${fields.reportedBy.join("; ")}` : undefined]
    .filter(Boolean)
    .join(". ");
  const lines: [string, string][] = [
    ["title", `{${bibtexText(fields.title)}}`],
    ["author", `{${bibtexText(fields.siteName)}}`],
    ["organization", bibtexText(fields.siteName)],
    ...(fields.date
      ? ([
          ["year", fields.date.slice(0, 4)],
          ["month", MONTHS[Number(fields.date.slice(5, 7)) - 1]!],
          ["date", fields.date],
        ] as [string, string][])
      : []),
    ["version", fields.version ?? "original"],
    ["url", url],
    ["howpublished", `\\url{${url}}`],
    ["urldate", accessed],
    ["note", `${bibtexText(note)}.`],
  ];
  return `@misc{${citationKey(fields)},\n${lines.map(([name, value]) => `  ${name} = {${value}}`).join(",\n")}\n}\n`;
}
