import { z } from "zod";
import { toSafeJson } from "../api/api-response";
import { SITE_NAME } from "../site";
import { entryHtml, feedSubtitle } from "./entry-html";
import { dayTimestamp, feedHref, type FeedModel } from "./feed-model";

const AuthorSchema = z.object({ name: z.string().min(1), url: z.url().optional() });

/**
 * The JSON Feed 1.1 document this site writes (https://www.jsonfeed.org/version/1.1/), the fields it
 * uses. Written here rather than by the `feed` package, whose JSON output is version 1 (`author`, no
 * `authors` or `language`).
 */
export const JsonFeedSchema = z.object({
  version: z.literal("https://jsonfeed.org/version/1.1"),
  title: z.string(),
  home_page_url: z.url(),
  feed_url: z.url(),
  description: z.string(),
  favicon: z.url(),
  language: z.string(),
  authors: z.array(AuthorSchema),
  items: z.array(
    z.object({
      id: z.string(),
      url: z.url(),
      title: z.string(),
      content_html: z.string(),
      summary: z.string(),
      date_published: z.string(),
      date_modified: z.string(),
      authors: z.array(AuthorSchema).optional(),
    }),
  ),
});
export type JsonFeed = z.infer<typeof JsonFeedSchema>;

/** A feed as JSON Feed 1.1; ids are the absolute permalinks, as in the Atom feed. */
export function jsonFeed(model: FeedModel, origin: string): JsonFeed {
  const absolute = (path: string) => new URL(path, origin).href;
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: `${model.title} · ${SITE_NAME}`,
    home_page_url: absolute(model.pagePath),
    feed_url: absolute(feedHref(model.feedPath, model.query, "json")),
    description: feedSubtitle(model.subtitle, model.notices),
    favicon: absolute("/favicon.ico"),
    language: "en-GB",
    authors: [{ name: SITE_NAME, url: absolute("/") }],
    items: model.entries.map((entry) => {
      const url = absolute(entry.path);
      return {
        id: url,
        url,
        title: entry.title,
        content_html: entryHtml(entry),
        summary: entry.summary,
        date_published: dayTimestamp(entry.published),
        date_modified: dayTimestamp(entry.updated),
        ...(entry.authors.length > 0 ? { authors: entry.authors.map((name) => ({ name })) } : {}),
      };
    }),
  };
}

/** The JSON Feed as text; `<` and `>` escaped as in the API, the same value to any JSON parser. */
export function jsonFeedText(model: FeedModel, origin: string): string {
  return toSafeJson(jsonFeed(model, origin));
}
