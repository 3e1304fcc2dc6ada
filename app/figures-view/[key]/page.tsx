import type { Metadata } from "next";
import { defaultViewParams, paramsOfView } from "@/app/cached-view";
import { FiguresPage, figuresMetadata } from "@/app/figures/figures-page";

/** `/figures`, one cached page per canonical view (see app/cached-view.ts and proxy.ts). */
export const dynamic = "force-static";

export const generateStaticParams = defaultViewParams;

export const metadata: Metadata = figuresMetadata;

export default async function ViewPage({ params }: PageProps<"/figures-view/[key]">) {
  return <FiguresPage params={await paramsOfView(params)} />;
}
