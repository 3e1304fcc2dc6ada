// The feed formats' own rules, written from their specifications (not from lib/feeds), so tests can
// check what the site writes against them: Atom 1.0 (RFC 4287) and JSON Feed 1.1.
//
// Atom: no RelaxNG validator runs offline here without a native build (libxmljs) or a hand conversion of
// RFC 4287's compact schema to the XML syntax xmllint-wasm reads, so the document is checked for
// well-formedness by fast-xml-parser and then against RFC 4287's element rules below.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { z } from "zod";

const ATOM_NS = "http://www.w3.org/2005/Atom";
/** RFC 3339 date-time, as atom:updated and JSON Feed dates require (RFC 4287 §3.3). */
const Rfc3339 = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, "is not an RFC 3339 date-time");
/** An absolute IRI (atom:id must be one, RFC 4287 §4.2.6). */
const AbsoluteIri = z.string().refine((value) => /^[a-z][a-z0-9+.-]*:/i.test(value.trim()) && URL.canParse(value.trim()), "is not an absolute IRI");

/** A text construct (§3.1): plain, or with `type` text, html or xhtml. */
const TextConstruct = z.union([z.string(), z.object({ "#text": z.string(), "@_type": z.enum(["text", "html", "xhtml"]).optional() })]);
const Person = z.object({ name: z.string().min(1), uri: AbsoluteIri.optional(), email: z.string().optional() });
const Link = z.object({ "@_href": z.string().min(1), "@_rel": z.string().optional(), "@_type": z.string().optional() });

/** atom:entry (§4.1.2): exactly one id, title and updated; at most one summary, content and published. */
const AtomEntry = z.object({
  id: AbsoluteIri,
  title: TextConstruct,
  updated: Rfc3339,
  published: Rfc3339.optional(),
  author: z.array(Person).optional(),
  link: z.array(Link).optional(),
  summary: TextConstruct.optional(),
  content: TextConstruct.optional(),
});

/** atom:feed (§4.1.1): exactly one id, title and updated; authors here or on every entry. */
const AtomFeed = z
  .object({
    "@_xmlns": z.literal(ATOM_NS),
    id: AbsoluteIri,
    title: TextConstruct,
    updated: Rfc3339,
    subtitle: TextConstruct.optional(),
    author: z.array(Person).optional(),
    link: z.array(Link).optional(),
    entry: z.array(AtomEntry).default([]),
  })
  .superRefine((feed, ctx) => {
    if (!feed.author?.length && feed.entry.some((entry) => !entry.author?.length)) {
      ctx.addIssue({ code: "custom", message: "atom:feed needs an atom:author unless every entry has one (§4.1.1)" });
    }
    feed.entry.forEach((entry, index) => {
      const alternates = (entry.link ?? []).filter((link) => (link["@_rel"] ?? "alternate") === "alternate");
      if (!entry.content && alternates.length === 0) ctx.addIssue({ code: "custom", path: ["entry", index], message: "an entry without content needs a rel=alternate link (§4.1.1)" });
    });
  });
export type AtomDocument = z.infer<typeof AtomFeed>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => ["entry", "link", "author"].includes(name) });

/** Parses an Atom document, failing with the reason when it is not well-formed XML or breaks RFC 4287. */
export function parseAtom(xml: string): AtomDocument {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) throw new Error(`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`);
  const document = z.object({ feed: z.unknown() }).parse(parser.parse(xml));
  return AtomFeed.parse(document.feed);
}

/** The text of a text construct. */
export function atomText(value: z.infer<typeof TextConstruct>): string {
  return typeof value === "string" ? value : value["#text"];
}

const JsonFeedAuthor = z.object({ name: z.string().optional(), url: z.url().optional(), avatar: z.url().optional() }).refine((author) => Object.keys(author).length > 0, "an author needs at least one field");

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): required fields and formats. */
export const JsonFeedSpec = z.object({
  version: z.literal("https://jsonfeed.org/version/1.1"),
  title: z.string(),
  home_page_url: z.url().optional(),
  feed_url: z.url().optional(),
  description: z.string().optional(),
  icon: z.url().optional(),
  favicon: z.url().optional(),
  authors: z.array(JsonFeedAuthor).optional(),
  language: z.string().optional(),
  expired: z.boolean().optional(),
  items: z.array(
    z
      .object({
        id: z.string().min(1),
        url: z.url().optional(),
        external_url: z.url().optional(),
        title: z.string().optional(),
        content_html: z.string().optional(),
        content_text: z.string().optional(),
        summary: z.string().optional(),
        image: z.url().optional(),
        date_published: Rfc3339.optional(),
        date_modified: Rfc3339.optional(),
        authors: z.array(JsonFeedAuthor).optional(),
        tags: z.array(z.string()).optional(),
        language: z.string().optional(),
      })
      .refine((item) => item.content_html !== undefined || item.content_text !== undefined, "an item needs content_html or content_text"),
  ),
});

/** CSL-JSON items (citation-style-language/schema, csl-data.json): the fields this site's files use. */
export const CslDataSpec = z.array(
  z.object({
    id: z.union([z.string(), z.number()]),
    type: z.enum(["article", "article-journal", "article-newspaper", "book", "dataset", "entry", "post", "report", "webpage"]),
    title: z.string().optional(),
    URL: z.string().optional(),
    author: z.array(z.union([z.object({ literal: z.string() }), z.object({ family: z.string(), given: z.string().optional() })])).optional(),
    issued: z.object({ "date-parts": z.array(z.array(z.number().int()).min(1).max(3)).min(1).max(2) }).optional(),
    accessed: z.object({ "date-parts": z.array(z.array(z.number().int()).min(1).max(3)).min(1).max(2) }).optional(),
  }),
);
