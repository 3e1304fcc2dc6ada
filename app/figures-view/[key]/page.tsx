import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FiguresPage, figuresMetadata } from "@/app/figures/figures-page";
import { searchParamsOfViewKey, viewKey } from "@/lib/params/view-key";

/**
 * `/figures`, one cached page per canonical view. proxy.ts rewrites each canonical `/figures?…` here, so a
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

export const metadata: Metadata = figuresMetadata;

export default async function ViewPage({ params }: PageProps<"/figures-view/[key]">) {
  return <FiguresPage params={paramsOf((await params).key)} />;
}
