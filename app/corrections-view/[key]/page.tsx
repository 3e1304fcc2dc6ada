import type { Metadata } from "next";
import { defaultViewParams, paramsOfView } from "@/app/cached-view";
import { CorrectionsPage, correctionsMetadata } from "@/app/corrections/corrections-page";

/** `/corrections`, one cached page per canonical view (see app/cached-view.ts and proxy.ts). */
export const dynamic = "force-static";

export const generateStaticParams = defaultViewParams;

export async function generateMetadata({ params }: PageProps<"/corrections-view/[key]">): Promise<Metadata> {
  return correctionsMetadata(await paramsOfView(params));
}

export default async function ViewPage({ params }: PageProps<"/corrections-view/[key]">) {
  return <CorrectionsPage params={await paramsOfView(params)} />;
}
