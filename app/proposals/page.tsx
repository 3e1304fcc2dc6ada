import type { Metadata } from "next";
import { ProposalsPage, proposalsMetadata } from "./proposals-page";

// Comparisons whose parameters hold a value that cannot be used (an unknown proposal id…) render here, per
// request and uncached, with notices; proxy.ts sends every canonical comparison to its cached page at
// /proposals-view/<key> and redirects other spellings to the canonical address.

export async function generateMetadata({ searchParams }: PageProps<"/proposals">): Promise<Metadata> {
  return proposalsMetadata(await searchParams);
}

export default async function Page({ searchParams }: PageProps<"/proposals">) {
  return <ProposalsPage params={await searchParams} />;
}
