import type { Metadata } from "next";
import { EMBED_METADATA } from "@/lib/root-metadata";

// The site's chrome is left out by components/site-frame.tsx, which the root layout wraps every page in.
export const metadata: Metadata = EMBED_METADATA;

export default function EmbedLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return children;
}
