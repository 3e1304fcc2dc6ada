import type { Metadata, Viewport } from "next";
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from "./site";

/** The site-wide metadata every page starts from: the App Router's root layout and `pages/_document`. */
export const ROOT_METADATA = {
  ...(SITE_URL ? { metadataBase: SITE_URL } : {}),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  openGraph: { siteName: SITE_NAME, type: "website", locale: "en_GB" },
  twitter: { card: "summary" },
  // public/icon.svg and public/favicon.ico (drawn from it by scripts/make-favicon.ts).
  icons: { icon: [{ url: "/favicon.ico", sizes: "48x48" }, { url: "/icon.svg", type: "image/svg+xml" }] },
} satisfies Metadata;

export const ROOT_VIEWPORT = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#121212" },
  ],
} satisfies Viewport;

/** Embeds are compact copies of pages that other sites frame: search engines should index the full pages. */
export const EMBED_METADATA = { robots: { index: false, follow: true } } satisfies Metadata;

/** An embed's title: its page's, marked as the embed. */
export function embedTitle(title: string): string {
  return `${title} (embed)`;
}
