import { Link } from "@/components/site-link";
import { PageHeader } from "@/components/page-header";
import type { RetiredNotice } from "@/lib/queries/correction-views";

export type RetiredRecordNoticeProps = RetiredNotice;

/** What a merged or removed record's permalink shows: where the record went, or why it was taken out, and the correction. */
export function RetiredRecordNotice({ id, kindLabel, correction }: RetiredRecordNoticeProps) {
  const { mergedInto } = correction;
  return (
    <article>
      <PageHeader kicker={`Corrected · ${correction.dateText}`} title={mergedInto ? `This ${kindLabel} was merged` : `This ${kindLabel} was removed`}>
        <p>
          The {kindLabel} <span className="font-mono text-base">{id}</span> is no longer in the record.
        </p>
      </PageHeader>
      <div className="correction-note max-w-prose text-base">
        {mergedInto ? (
          <p>
            Merged into{" "}
            <Link href={mergedInto.href} className="font-semibold underline">
              {mergedInto.label}
            </Link>
            .
          </p>
        ) : (
          <p>Removed: {correction.reason}</p>
        )}
        {mergedInto ? <p className="mt-2">Why: {correction.reason}</p> : null}
        <p className="mt-3">
          <Link href={correction.href} className="underline">
            See the correction
          </Link>{" "}
          ({correction.categoryLabel.toLowerCase()}, with the passages it rests on) or{" "}
          <Link href="/corrections" className="underline">
            all corrections
          </Link>
          .
        </p>
      </div>
    </article>
  );
}

/** The same notice inside the timeline, where statements' and figures' permalinks (`?entry=<id>#<id>`) land. */
export function RetiredEntryBanner({ id, kindLabel, correction }: RetiredRecordNoticeProps) {
  const { mergedInto } = correction;
  return (
    <div id={id} role="status" className="correction-note mb-6 scroll-mt-4 text-base">
      <p>
        The {kindLabel} this link points to is no longer in the record.{" "}
        {mergedInto ? (
          <>
            It was merged into{" "}
            <Link href={mergedInto.href} className="font-semibold underline">
              {mergedInto.label}
            </Link>{" "}
            on <time dateTime={correction.date}>{correction.dateText}</time>: {correction.reason}
          </>
        ) : (
          <>
            Removed on <time dateTime={correction.date}>{correction.dateText}</time>: {correction.reason}
          </>
        )}{" "}
        <Link href={correction.href} className="underline">
          See the correction
        </Link>
        .
      </p>
    </div>
  );
}
