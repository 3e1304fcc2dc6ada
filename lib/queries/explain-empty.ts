import { formatDateRange } from "../format/format-date-range";
import { TYPE_LABELS } from "../format/labels";
import { joinOr, pluralWord } from "../format/words";
import { filterOnly, timelineHref } from "../params/timeline-href";
import type { TimelineView } from "../params/timeline-params";
import type { DatasetIndex } from "./dataset-index";
import { filterPositions, type TimelineFilter } from "./filter-timeline";

/** One part of a filter that came up empty, and what loosening it would give. */
export type FilterFacet = {
  key: "actor" | "type" | "dates" | "q";
  /** e.g. "actors Qatar or Hamas", "dates Jun–Jul 2025". */
  label: string;
  /** Entries this part matches on its own. */
  alone: number;
  /** Entries the other parts match together, i.e. what removing this one gives. */
  without: number;
  /** The same view without this part. */
  hrefWithout: string;
};

type ExplainIndex = Pick<DatasetIndex, "actors" | "timeline" | "postings" | "text">;

function countMatches(index: ExplainIndex, filter: TimelineFilter): number {
  return filterPositions(index, filter).length;
}

/**
 * Why a filtered timeline is empty: for each part of the filter (actors, types, dates, text), how many
 * entries it matches alone and how many the rest would match without it, with a link to that view.
 */
export function explainEmpty(index: ExplainIndex, view: TimelineView): FilterFacet[] {
  const { actors } = index;
  const base = filterOnly(view);
  const full: TimelineFilter = { actorIds: view.actorIds, types: view.types, from: view.from, to: view.to, q: view.q };
  const facets: { key: FilterFacet["key"]; label: string; only: TimelineFilter; rest: TimelineFilter; hrefWithout: string }[] = [];

  if (view.actorIds.length > 0) {
    facets.push({
      key: "actor",
      label: `${pluralWord(view.actorIds.length, "actor", "actors")} ${joinOr(view.actorIds.map((id) => actors.get(id)?.name ?? id))}`,
      only: { actorIds: view.actorIds },
      rest: { ...full, actorIds: [] },
      hrefWithout: timelineHref({ ...base, actorIds: [] }),
    });
  }
  if (view.types.length > 0) {
    facets.push({
      key: "type",
      label: `${pluralWord(view.types.length, "type", "types")} ${joinOr(view.types.map((t) => TYPE_LABELS[t].toLowerCase()))}`,
      only: { types: view.types },
      rest: { ...full, types: [] },
      hrefWithout: timelineHref({ ...base, types: [] }),
    });
  }
  if (view.from || view.to) {
    facets.push({
      key: "dates",
      label: `dates ${formatDateRange(view.from, view.to)}`,
      only: { from: view.from, to: view.to },
      rest: { ...full, from: undefined, to: undefined },
      hrefWithout: timelineHref({ ...base, from: undefined, to: undefined }),
    });
  }
  if (view.q) {
    facets.push({
      key: "q",
      label: `search text “${view.q}”`,
      only: { q: view.q },
      rest: { ...full, q: undefined },
      hrefWithout: timelineHref({ ...base, q: undefined }),
    });
  }

  return facets.map(({ only, rest, ...facet }) => ({
    ...facet,
    alone: countMatches(index, only),
    without: countMatches(index, rest),
  }));
}
