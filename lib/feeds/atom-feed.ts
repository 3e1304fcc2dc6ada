import { Feed } from "feed";
import { escapeHtml } from "../format/escape-html";
import { SITE_NAME } from "../site";
import { entryHtml, feedSubtitle } from "./entry-html";
import { dayTimestamp, feedHref, type FeedModel } from "./feed-model";

/**
 * An Atom 1.0 document (RFC 4287) for a feed, written by the `feed` package. Ids are the absolute
 * permalinks, so a corrected record keeps its id and only its `updated` changes: readers show an
 * update, not a new item. `origin` is SITE_URL's, else the request's.
 */
export function atomFeed(model: FeedModel, origin: string): string {
  const absolute = (path: string) => new URL(path, origin).href;
  const feed = new Feed({
    id: absolute(model.pagePath),
    title: `${model.title} · ${SITE_NAME}`,
    description: feedSubtitle(model.subtitle, model.notices),
    link: absolute(model.pagePath),
    feedLinks: { atom: absolute(feedHref(model.feedPath, model.query, "atom")) },
    updated: new Date(dayTimestamp(model.updated)),
    author: { name: SITE_NAME, link: absolute("/") },
    language: "en-GB",
    favicon: absolute("/favicon.ico"),
    // No version in the output: the body, and so its ETag, stays the same across dependency updates.
    generator: SITE_NAME,
  });
  for (const entry of model.entries) {
    const url = absolute(entry.path);
    feed.addItem({
      id: url,
      link: url,
      // The package writes titles and summaries as `type="html"`: escape the record's plain text.
      title: escapeHtml(entry.title),
      description: escapeHtml(entry.summary),
      content: entryHtml(entry),
      date: new Date(dayTimestamp(entry.updated)),
      published: new Date(dayTimestamp(entry.published)),
      author: entry.authors.map((name) => ({ name })),
    });
  }
  return feed.atom1();
}
