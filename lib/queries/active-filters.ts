import type { Actor } from "../schema/actor";
import { formatShortDate } from "../format/format-date";
import { TYPE_LABELS } from "../format/labels";
import { filterOnly, timelineHref } from "../params/timeline-href";
import type { TimelineView } from "../params/timeline-params";
import { actorColour } from "../theme/actor-palette";

/** One filter in force, with a link to the same view without it. */
export type ActiveFilter = {
  param: "actor" | "type" | "from" | "to" | "q";
  value: string;
  /** What the filter is, e.g. "Actor", "From". */
  kind: string;
  /** Its value for the reader, e.g. "Qatar", "1 Jun 2025". */
  label: string;
  removeHref: string;
  /** Actor colour, for actor filters. */
  colour?: string;
};

/** The filters of a view in the order the form shows them, each removable on its own. */
export function activeFilters(view: TimelineView, actors: ReadonlyMap<string, Actor>): ActiveFilter[] {
  const base = filterOnly(view);
  const result: ActiveFilter[] = [];
  for (const id of view.actorIds) {
    result.push({
      param: "actor",
      value: id,
      kind: "Actor",
      label: actors.get(id)?.name ?? id,
      removeHref: timelineHref({ ...base, actorIds: view.actorIds.filter((a) => a !== id) }),
      colour: actorColour(id, actors),
    });
  }
  for (const type of view.types) {
    result.push({
      param: "type",
      value: type,
      kind: "Type",
      label: TYPE_LABELS[type],
      removeHref: timelineHref({ ...base, types: view.types.filter((t) => t !== type) }),
    });
  }
  if (view.from) {
    result.push({ param: "from", value: view.from, kind: "From", label: formatShortDate(view.from), removeHref: timelineHref({ ...base, from: undefined }) });
  }
  if (view.to) {
    result.push({ param: "to", value: view.to, kind: "Until", label: formatShortDate(view.to), removeHref: timelineHref({ ...base, to: undefined }) });
  }
  if (view.q) {
    result.push({ param: "q", value: view.q, kind: "Text", label: `“${view.q}”`, removeHref: timelineHref({ ...base, q: undefined }) });
  }
  return result;
}
