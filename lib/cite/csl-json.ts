import { z } from "zod";
import type { CitationFields } from "./citation-fields";
import { citationKey } from "./bibtex";

const DatePartsSchema = z.object({ "date-parts": z.array(z.array(z.number().int())) });

/** The CSL-JSON item this site writes (Citation Style Language 1.0.2 input data), the fields it uses. */
export const CslItemSchema = z.object({
  id: z.string(),
  type: z.literal("webpage"),
  title: z.string(),
  author: z.array(z.object({ literal: z.string() })),
  "container-title": z.string(),
  publisher: z.string(),
  genre: z.string(),
  issued: DatePartsSchema.optional(),
  accessed: DatePartsSchema,
  version: z.string(),
  URL: z.string(),
  note: z.string().optional(),
});
export type CslItem = z.infer<typeof CslItemSchema>;

function dateParts(isoDate: string): z.infer<typeof DatePartsSchema> {
  return { "date-parts": [[Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)), Number(isoDate.slice(8, 10))]] };
}

/** A record as a CSL-JSON list of one item, which Zotero, Pandoc and citeproc read. */
export function cslItems(fields: CitationFields, { origin, accessed }: { origin: string; accessed: string }): CslItem[] {
  return [
    {
      id: citationKey(fields),
      type: "webpage",
      title: fields.title,
      author: [{ literal: fields.siteName }],
      "container-title": fields.siteName,
      publisher: fields.siteName,
      genre: fields.kindLabel,
      ...(fields.date ? { issued: dateParts(fields.date) } : {}),
      accessed: dateParts(accessed),
      version: fields.version ?? "original",
      URL: `${origin}${fields.path}`,
      ...(fields.reportedBy.length > 0 ? { note: `As reported by ${fields.reportedBy.join("; ")}` } : {}),
    },
  ];
}
