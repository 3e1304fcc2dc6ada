import type { Metadata } from "next";
import { defaultViewParams, paramsOfView } from "@/app/cached-view";
import { ProposalsPage, proposalsMetadata } from "@/app/proposals/proposals-page";

/** `/proposals`, one cached page per canonical view (see app/cached-view.ts and proxy.ts). */
export const dynamic = "force-static";

export const generateStaticParams = defaultViewParams;

export async function generateMetadata({ params }: PageProps<"/proposals-view/[key]">): Promise<Metadata> {
  return proposalsMetadata(await paramsOfView(params));
}

export default async function ViewPage({ params }: PageProps<"/proposals-view/[key]">) {
  return <ProposalsPage params={await paramsOfView(params)} />;
}
