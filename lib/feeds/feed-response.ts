import { CDN_CACHE_CONTROL, respondWithEtag } from "../http/etag";
import { siteOrigin } from "../site";
import { atomFeed } from "./atom-feed";
import { FEED_CONTENT_TYPES, type FeedFormat, type FeedModel } from "./feed-model";
import { jsonFeedText } from "./json-feed";

/** As for a page rendered with notices: an answer to parameters that could not be used is never cached. */
const UNCACHED = "private, no-cache, no-store, max-age=0, must-revalidate";

/**
 * A feed in one format, with its content type, the API's caching and a strong ETag (304 when the
 * reader already holds it). No feed (an unknown id) is a plain-text 404.
 */
export function feedResponse(request: Request, format: FeedFormat, model: FeedModel | undefined, notFound = "No such record."): Response {
  if (!model) {
    return new Response(`Not found: ${notFound}`, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": UNCACHED } });
  }
  const origin = siteOrigin(request.headers);
  return respondWithEtag(request, {
    status: 200,
    body: format === "atom" ? atomFeed(model, origin) : jsonFeedText(model, origin),
    headers: { "Content-Type": FEED_CONTENT_TYPES[format], "Cache-Control": model.notices.length > 0 ? UNCACHED : CDN_CACHE_CONTROL },
  });
}
