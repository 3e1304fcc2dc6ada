import type { Metadata } from "next";
import { FiguresPage, figuresMetadata } from "./figures-page";

// Ranges with a date that cannot be used render here, per request and uncached, with notices; proxy.ts
// sends every canonical range to its cached page at /figures-view/<key> and redirects other spellings.

export const metadata: Metadata = figuresMetadata;

export default async function Page({ searchParams }: PageProps<"/figures">) {
  return <FiguresPage params={await searchParams} />;
}
