import type { Metadata } from "next";
import { defaultViewParams, paramsOfView } from "@/app/cached-view";
import { EmbedFigures, embedFiguresMetadata } from "@/app/embed/figures/embed-figures";

/** `/embed/figures`, one cached page per canonical range (see app/cached-view.ts and proxy.ts). */
export const dynamic = "force-static";

export const generateStaticParams = defaultViewParams;

export async function generateMetadata({ params }: PageProps<"/embed/figures-view/[key]">): Promise<Metadata> {
  return embedFiguresMetadata(await paramsOfView(params));
}

export default async function ViewPage({ params }: PageProps<"/embed/figures-view/[key]">) {
  return <EmbedFigures params={await paramsOfView(params)} />;
}
