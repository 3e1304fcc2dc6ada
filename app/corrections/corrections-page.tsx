import type { Metadata } from "next";
import { CorrectionEntry } from "@/components/corrections/correction-entry";
import { CorrectionKindFilter } from "@/components/corrections/correction-kind-filter";
import { FollowLinks } from "@/components/follow-links";
import { PageHeader } from "@/components/page-header";
import { PageNav, type PageNavProps } from "@/components/page-nav";
import { ParamNotices } from "@/components/param-notices";
import { EntryTarget } from "@/components/timeline/entry-target";
import { getCorrectionsMetadata, getCorrectionsPage } from "@/lib/data/pages/corrections-page";
import { CORRECTIONS_FEED } from "@/lib/feeds/feed-model";
import { CORRECTIONS_PATH, correctionsHref } from "@/lib/params/corrections-params";
import type { SearchParams } from "@/lib/params/search-params";
import { pageMetadata } from "@/lib/site-metadata";

/**
 * The corrections log for one query string: rendered per request by `/corrections` when a value could not
 * be used, and otherwise once per canonical page by `/corrections-view/<key>` (see proxy.ts).
 */
export function correctionsMetadata(params: SearchParams): Metadata {
  return pageMetadata(getCorrectionsMetadata(params));
}

export function CorrectionsPage({ params }: { params: SearchParams }) {
  const { corrections, kind, kindText, countText, kindOptions, notices, slice, query } = getCorrectionsPage(params);
  const nav: Omit<PageNavProps, "label"> = {
    page: slice.page,
    pageCount: slice.pageCount,
    hrefOf: (page) => correctionsHref({ ...(kind ? { kind } : {}), page }),
    words: ["Newer", "Older"],
    noun: "corrections",
  };
  return (
    <>
      <PageHeader kicker="Corrections" title="Corrections">
        <p>
          Every fix to a record is listed here, newest first: what the record said, what it says now, why, and the
          passages of the article that show it. A record that was merged or removed keeps its address, which says where
          it went.
        </p>
        <div className="mt-3">
          <FollowLinks feed={CORRECTIONS_FEED} label="Follow the corrections" />
        </div>
      </PageHeader>
      <ParamNotices notices={notices} />
      <CorrectionKindFilter options={kindOptions} />
      {corrections.length === 0 ? (
        <p role="status" className="max-w-prose rounded border border-rule bg-surface px-4 py-3">
          {kindText
            ? `No corrections ${kindText} so far.`
            : "No corrections so far. When a record is found to say more than, or other than, its article, the fix will be listed here."}
        </p>
      ) : (
        <>
          <p className="mb-4 text-sm text-muted">
            {slice.pageCount > 1 ? `${slice.first}–${slice.last} of ${countText}` : countText}, newest first.
          </p>
          <PageNav {...nav} label="Pages (top)" />
          <ol className="divide-y divide-rule border-y border-rule">
            {corrections.map((correction) => (
              <li key={correction.id}>
                <CorrectionEntry correction={correction} />
              </li>
            ))}
          </ol>
          <PageNav {...nav} label="Pages" />
        </>
      )}
      <EntryTarget viewKey={query} path={CORRECTIONS_PATH} />
    </>
  );
}
