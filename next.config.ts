import type { NextConfig } from "next";

const isDev = process.env.NODE_ENV === "development";

/**
 * Content-Security-Policy. Everything is served from this origin (no CDNs, no remote fonts).
 * Trade-off: Next's App Router bootstraps each page with inline `<script>` tags, so script-src needs
 * 'unsafe-inline' unless every response carries a nonce — and nonces force every page to render
 * per request, giving up the static pages this site is built from. Article text is never rendered as
 * HTML, so injected markup has no inline script to run in the first place. 'unsafe-eval' is for
 * React's development tooling only and never reaches production.
 */
const cspDirectives = (frameAncestors: string) => [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  `frame-ancestors ${frameAncestors}`,
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

export const CONTENT_SECURITY_POLICY = cspDirectives("'none'");
/** `/embed/…` pages are made to be framed by other sites: the same policy, any ancestor allowed. */
export const EMBED_CONTENT_SECURITY_POLICY = cspDirectives("*");

/** Sent with every response, pages and API alike; checked by tests/browser/security-headers.spec.ts. */
export const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Older browsers ignore frame-ancestors; X-Frame-Options says the same to them.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** Embeds: framing allowed anywhere (no X-Frame-Options, which can only deny or allow one origin). */
export const EMBED_HEADERS = SECURITY_HEADERS.filter(({ key }) => key !== "X-Frame-Options").map((header) =>
  header.key === "Content-Security-Policy" ? { ...header, value: EMBED_CONTENT_SECURITY_POLICY } : header,
);

/**
 * The benchmark builds against generated data into its own folder (NEXT_DIST_DIR, e.g. .bench/next-x100)
 * so the normal `.next` build is untouched. Such builds read tsconfig.bench.json, which only extends
 * tsconfig.json: Next leaves an extending config alone instead of adding the folder's types to it.
 */
const benchDistDir = process.env.NEXT_DIST_DIR;

/**
 * Files named `*.dev.tsx` / `*.dev.ts` are routes only under `next dev`: the review tool (app/review),
 * which writes data files, is not even compiled into a production build, so there it is a plain 404.
 */
const PAGE_EXTENSIONS = ["tsx", "ts", "jsx", "js"];
const pageExtensions = isDev ? [...PAGE_EXTENSIONS.map((extension) => `dev.${extension}`), ...PAGE_EXTENSIONS] : PAGE_EXTENSIONS;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  pageExtensions,
  reactStrictMode: true,
  // The loader reads a folder chosen at run time, so tracing would otherwise pull every generated
  // benchmark article into the server's file traces.
  outputFileTracingExcludes: { "*": ["bench-data/**", ".bench/**"] },
  // The loader's paths are resolved at run time (turbopackIgnore), so say which data a deployment needs.
  outputFileTracingIncludes: { "*": ["data/**"] },
  // Types are checked once, by `npm run typecheck` (first step of `npm test` and CI), which also covers
  // tests and scripts; `next build` repeating it for the app alone took 25 s of a 65 s build at 100x.
  typescript: { ignoreBuildErrors: true, ...(benchDistDir ? { tsconfigPath: "tsconfig.bench.json" } : {}) },
  ...(benchDistDir
    ? {
        distDir: benchDistDir,
        // Each page loads the whole dataset while prerendering: at 1000x on a busy 2-core machine that
        // can pass Next's 60 s limit per page.
        staticPageGenerationTimeout: 600,
      }
    : {}),
  // Timeline views are cached pages, one per query string (proxy.ts, pages/timeline-view). Keep them in
  // memory only, in a bounded LRU: writing each to disk would let crafted query strings fill the disk.
  cacheMaxMemorySize: 128 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
  async headers() {
    // Two disjoint sets, since Next.js applies every matching rule and cannot remove a header another set.
    return [
      { source: "/:path((?!embed(?:/|$)).*)", headers: SECURITY_HEADERS },
      { source: "/embed/:path*", headers: EMBED_HEADERS },
    ];
  },
};

export default nextConfig;
