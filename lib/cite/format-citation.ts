import { formatFactDate } from "../format/format-date";
import type { CitationFields } from "./citation-fields";

/** Shown where the reader's accessed date goes until the page fills it in (or when scripts do not run). */
export const ACCESSED_PLACEHOLDER = "[date accessed]";

const day = (isoDate: string) => formatFactDate({ date: isoDate, precision: "day" });

/** "Version of 3 December 2026" (its latest correction) or "Original version". */
export function versionText(fields: Pick<CitationFields, "version">): string {
  return fields.version ? `Version of ${day(fields.version)}` : "Original version";
}

/**
 * The plain-text citation, in the author-date shape of APA's entries for web pages: site as author, the
 * record's date ("n.d." for an actor), title and kind, "as reported by" its sources, the version,
 * the permalink and the accessed date. `origin` makes the permalink absolute; `accessed` is a YYYY-MM-DD day.
 */
export function plainCitation(fields: CitationFields, { origin, accessed }: { origin: string; accessed?: string | undefined }): string {
  const sentences = [
    `${fields.siteName}. (${fields.dateText ?? "n.d."}). ${fields.title} [${fields.kindLabel}].`,
    fields.reportedBy.length > 0 ? `As reported by ${fields.reportedBy.join("; ")}.` : undefined,
    `${versionText(fields)}.`,
    `${origin}${fields.path}`,
    `Accessed ${accessed ? day(accessed) : ACCESSED_PLACEHOLDER}.`,
  ];
  return sentences.filter(Boolean).join(" ");
}

/** Today as the reader's calendar has it, `YYYY-MM-DD`. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
