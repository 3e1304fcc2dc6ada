import type { Metadata } from "next";
import { CorrectionsPage, correctionsMetadata } from "./corrections-page";

// Pages of the log whose parameters hold a value that cannot be used (a page past the last, `p=abc`)
// render here, per request and uncached, with notices; proxy.ts sends every canonical page to its cached
// view at /corrections-view/<key> and redirects other spellings (`p=1`, `page=2`, `?utm_source=…`).

export async function generateMetadata({ searchParams }: PageProps<"/corrections">): Promise<Metadata> {
  return correctionsMetadata(await searchParams);
}

export default async function Page({ searchParams }: PageProps<"/corrections">) {
  return <CorrectionsPage params={await searchParams} />;
}
