import { respondWithEtag } from "../http/etag";
import { siteOrigin } from "../site";
import { bibtexEntry } from "./bibtex";
import { CitableKindSchema, type CitableKind } from "./citable-kind";
import type { CitationFields } from "./citation-fields";
import { cslItems } from "./csl-json";

/** The two download formats: extension → content type. */
const FORMATS = {
  bib: "application/x-bibtex; charset=utf-8",
  json: "application/vnd.citationstyles.csl+json; charset=utf-8",
} as const;
type CitationFormat = keyof typeof FORMATS;

/** `/cite/<kind>/<id>.bib|.json`, read: the kind, id and format, or `undefined` for any other address. */
export function parseCitationPath(kind: string, file: string): { kind: CitableKind; id: string; format: CitationFormat } | undefined {
  const match = /^([a-z0-9-]+)\.(bib|json)$/.exec(file);
  const parsedKind = CitableKindSchema.safeParse(kind);
  if (!match || !parsedKind.success) return undefined;
  return { kind: parsedKind.data, id: match[1]!, format: match[2] as CitationFormat };
}

/** Where a record's citation can be downloaded. */
export function citationDownloadHref(fields: Pick<CitationFields, "kind" | "id">, format: CitationFormat): string {
  return `/cite/${fields.kind}/${fields.id}.${format}`;
}

/**
 * A citation file, as an attachment named for the record. It carries the day it was downloaded as the
 * accessed date, so shared caches keep it an hour at most.
 */
export function citationResponse(request: Request, fields: CitationFields | undefined, format: CitationFormat, now = new Date()): Response {
  if (!fields) {
    return new Response("Not found: no record of that kind has that id.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const options = { origin: siteOrigin(request.headers), accessed: now.toISOString().slice(0, 10) };
  const body = format === "bib" ? bibtexEntry(fields, options) : `${JSON.stringify(cslItems(fields, options), null, 2)}\n`;
  return respondWithEtag(request, {
    status: 200,
    body,
    headers: {
      "Content-Type": FORMATS[format],
      "Content-Disposition": `attachment; filename="${fields.kind}-${fields.id}.${format === "bib" ? "bib" : "csl.json"}"`,
      "Cache-Control": "public, max-age=300, s-maxage=3600",
    },
  });
}
