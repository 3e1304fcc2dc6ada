import { notFound } from "next/navigation";
import { searchParamsOfViewKey, viewKey } from "@/lib/params/view-key";

// Shared by the cached view routes (/timeline-view, /proposals-view, /figures-view): proxy.ts rewrites each
// canonical address of the page to `/<page>-view/<key>`, rendered on its first request and then served
// from Next's page cache. Readers never see these addresses; asked for directly they are 404s.

/** `generateStaticParams` of a cached view route: the page's default view is built ahead, the rest on demand. */
export function defaultViewParams(): { key: string }[] {
  return [{ key: viewKey(new URLSearchParams()) }];
}

/** The query a view key stands for, as a page's `searchParams`; a 404 for anything that is not a key. */
export async function paramsOfView(params: Promise<{ key: string }>) {
  const query = searchParamsOfViewKey((await params).key);
  if (!query) notFound();
  return query;
}
