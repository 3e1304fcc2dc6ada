import type { Metadata } from "next";
import { EmbedFigures, embedFiguresMetadata } from "./embed-figures";

// Ranges with a date that cannot be used render here, per request, with notices; proxy.ts sends canonical
// ranges to /embed/figures-view/<key> and redirects other spellings, exactly as for /figures.

export async function generateMetadata({ searchParams }: PageProps<"/embed/figures">): Promise<Metadata> {
  return embedFiguresMetadata(await searchParams);
}

export default async function Page({ searchParams }: PageProps<"/embed/figures">) {
  return <EmbedFigures params={await searchParams} />;
}
