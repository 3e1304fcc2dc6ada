import { Link } from "@/components/site-link";
import { formatShortDate } from "@/lib/format/format-date";
import { countNoun } from "@/lib/format/words";
import { timelineHref } from "@/lib/params/timeline-href";
import type { TimelineOrder } from "@/lib/params/timeline-params";
import type { FilterFacet } from "@/lib/queries/explain-empty";

export type EmptyTimelineProps = {
  facets: readonly FilterFacet[];
  total: number;
  order: TimelineOrder;
  span: { first?: string; last?: string };
};

/** Says which filters left nothing, and offers the views that loosening each one would give. */
export function EmptyTimeline({ facets, total, order, span }: EmptyTimelineProps) {
  const deadEnds = facets.filter((facet) => facet.alone === 0);
  // Only offer a looser view that actually shows something; name the others in passing.
  const helpful = facets.filter((facet) => facet.without > 0);
  const unhelpful = facets.filter((facet) => facet.without === 0);
  return (
    <section aria-labelledby="empty-heading" className="empty-timeline rounded border border-rule bg-surface p-5 sm:p-6">
      <h2 id="empty-heading" className="font-serif text-xl font-bold">No entries match these filters</h2>
      {deadEnds.length > 0 ? (
        <ul className="mt-3 list-disc space-y-1 pl-5">
          {deadEnds.map((facet) => (
            <li key={facet.key}>
              No entry matches the {facet.label} on its own
              {facet.key === "dates" && span.first && span.last
                ? ` (the record runs from ${formatShortDate(span.first)} to ${formatShortDate(span.last)})`
                : ""}
              .
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3">
          Each filter finds entries on its own, but no entry meets all of them at once.
        </p>
      )}
      <h3 className="mt-5 font-semibold">Loosen the filters</h3>
      <ul className="mt-2 space-y-2">
        {helpful.map((facet) => (
          <li key={facet.key}>
            <Link href={facet.hrefWithout}>Remove the {facet.label}</Link>
            <span className="text-muted"> → {countNoun(facet.without, "entry", "entries")}</span>
          </li>
        ))}
        <li>
          <Link href={timelineHref({ order })}>Clear all filters</Link>
          <span className="text-muted"> → {countNoun(total, "entry", "entries")}</span>
        </li>
      </ul>
      {unhelpful.length > 0 ? (
        <p className="mt-3 text-sm text-muted">
          Removing only the {unhelpful.map((facet) => facet.label).join(", or only the ")} would still leave no entries.
        </p>
      ) : null}
    </section>
  );
}
