import type { GetStaticPaths, GetStaticProps } from "next";
import { notFound } from "next/navigation";
import { plainProps } from "@/lib/data/plain-props";
import type { SearchParams } from "@/lib/params/search-params";
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

/** `getStaticPaths` of a Pages Router cached view: the default view is built ahead, the others on their first request. */
export const cachedViewPaths: GetStaticPaths = async () => ({ paths: defaultViewParams().map((params) => ({ params })), fallback: "blocking" });

/** `getStaticProps` of a Pages Router cached view: `make`'s props for the query the key stands for, as JSON carries them; a 404 for anything that is not a key. */
export function cachedViewProps<P extends { [key: string]: unknown }>(make: (query: SearchParams) => P): GetStaticProps<P, { key: string }> {
  return async ({ params }) => {
    const query = params ? searchParamsOfViewKey(params.key) : undefined;
    return query ? { props: plainProps(make(query)) } : { notFound: true };
  };
}
