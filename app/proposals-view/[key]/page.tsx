import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProposalsPage, proposalsMetadata } from "@/app/proposals/proposals-page";
import { searchParamsOfViewKey, viewKey } from "@/lib/params/view-key";

/**
 * `/proposals`, one cached page per canonical view. proxy.ts rewrites each canonical `/proposals?…` here, so a
 * view is rendered on its first request and then served from Next's page cache: the data cannot change
 * while the server runs. Readers never see this address; asked for directly it is a 404.
 */
export const dynamic = "force-static";

// The default view is built ahead; every other on its first request.
export function generateStaticParams() {
  return [{ key: viewKey(new URLSearchParams()) }];
}

function paramsOf(key: string) {
  const params = searchParamsOfViewKey(key);
  if (!params) notFound();
  return params;
}

export async function generateMetadata({ params }: PageProps<"/proposals-view/[key]">): Promise<Metadata> {
  return proposalsMetadata(paramsOf((await params).key));
}

export default async function ViewPage({ params }: PageProps<"/proposals-view/[key]">) {
  return <ProposalsPage params={paramsOf((await params).key)} />;
}
