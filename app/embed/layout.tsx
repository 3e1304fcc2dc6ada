import type { Metadata } from "next";

// Embeds are compact copies of pages that other sites frame: search engines should index the full pages.
// The site's chrome is left out by components/site-frame.tsx, which the root layout wraps every page in.
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default function EmbedLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return children;
}
