// The floor pages of `npm run compare`: what the first headline would cost with less of our page, served
// without Next.js, to show where /timeline's time goes (issue 10 asks for ≤ 0.25× TimelineJS). Pure.

/** One page the floor server holds, at `path`, with or without Cross-Origin-Opener-Policy. */
export type FloorPage = { name: string; label: string; path: string; html: string };

/** Where a document's <head> ends and its <body> starts, or an error naming what is missing. */
function splitAtBody(html: string): { head: string; bodyTag: string } {
  const start = html.search(/<body\b/i);
  if (start < 0) throw new Error("the page has no <body>");
  const tagEnd = html.indexOf(">", start);
  return { head: html.slice(0, start), bodyTag: html.slice(start, tagEnd + 1) };
}

/**
 * Same-origin stylesheets and scripts the page loads (root-relative `href`/`src` of `<link rel=stylesheet>`
 * and `<script>`), in document order, without repeats: the files a static copy must also serve.
 */
export function pageAssets(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<(link|script)\b[^>]*>/gi)) {
    const tag = match[0];
    const isStylesheet = match[1]!.toLowerCase() === "link" && /\brel="(?:stylesheet|preload)"/i.test(tag);
    const url = /\b(?:href|src)="(\/[^"/][^"]*)"/i.exec(tag)?.[1];
    if (url && (isStylesheet || match[1]!.toLowerCase() === "script")) found.add(url);
  }
  return [...found];
}

/** Text as HTML character data. */
function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Four copies: our page as Next sent it, and a page with our <head> whose body is the headline alone, each
 * with and without Cross-Origin-Opener-Policy (a header a fresh tab pays for with a new renderer process).
 */
export function floorPages(html: string, headline: string): FloorPage[] {
  const { head, bodyTag } = splitAtBody(html);
  const bare = `${head}${bodyTag}<main><h3>${escapeText(headline)}</h3></main></body></html>`;
  return [
    { name: "static", label: "our page, its stylesheet and script as static files, our headers", path: "/page.html", html },
    { name: "static-no-coop", label: "the same without Cross-Origin-Opener-Policy", path: "/no-coop/page.html", html },
    { name: "head-only", label: "our <head> and headers, the body only the headline", path: "/head-only.html", html: bare },
    { name: "head-only-no-coop", label: "the same without Cross-Origin-Opener-Policy", path: "/no-coop/head-only.html", html: bare },
  ];
}

/** Responses under `/no-coop/` leave out Cross-Origin-Opener-Policy; every other header stays. */
export function floorHeaders(path: string, headers: readonly { key: string; value: string }[]): { key: string; value: string }[] {
  return path.startsWith("/no-coop/") ? headers.filter(({ key }) => key.toLowerCase() !== "cross-origin-opener-policy") : [...headers];
}
