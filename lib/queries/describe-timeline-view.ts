import type { Actor } from "../schema/actor";
import { formatDateRange } from "../format/format-date-range";
import { TYPE_PLURAL_LABELS } from "../format/labels";
import { joinOr } from "../format/words";
import type { TimelineView } from "../params/timeline-params";

/** Names listed in a title before the rest are summed up ("Qatar, Hamas, Egypt +2"). */
const TITLE_NAMES = 3;
/** Longest search text quoted in a title. */
const TITLE_QUERY = 40;

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, TITLE_NAMES).join(", ");
  return names.length > TITLE_NAMES ? `${shown} +${names.length - TITLE_NAMES}` : shown;
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length).trimEnd()}…` : text;
}

/** Parts of a view as short phrases: actors, types, dates and search text. */
function viewParts(view: TimelineView, actors: ReadonlyMap<string, Actor>) {
  return {
    actors: view.actorIds.map((id) => actors.get(id)?.shortName ?? id),
    types: view.types.map((type) => TYPE_PLURAL_LABELS[type]),
    dates: formatDateRange(view.from, view.to),
    q: view.q,
  };
}

/** Page title for a view: "Timeline", or "Timeline: Qatar, Hamas · Statements · Jun–Jul 2025 · “delegation”". */
export function timelineTitle(view: TimelineView, actors: ReadonlyMap<string, Actor>): string {
  const parts = viewParts(view, actors);
  const pieces = [
    parts.actors.length > 0 ? listNames(parts.actors) : undefined,
    parts.types.length > 0 ? listNames(parts.types) : undefined,
    parts.dates,
    parts.q ? `“${clip(parts.q, TITLE_QUERY)}”` : undefined,
  ].filter(Boolean);
  return pieces.length > 0 ? `Timeline: ${pieces.join(" · ")}` : "Timeline";
}

/** Meta description: how many entries match and what the filter is, in a sentence. */
export function timelineDescription(
  view: TimelineView,
  actors: ReadonlyMap<string, Actor>,
  counts: { matched: number; total: number },
): string {
  const parts = viewParts(view, actors);
  const conditions = [
    parts.actors.length > 0 ? `involving ${joinOr(parts.actors)}` : undefined,
    parts.types.length > 0 ? `of type ${joinOr(parts.types).toLowerCase()}` : undefined,
    parts.dates ? `dated ${parts.dates}` : undefined,
    parts.q ? `mentioning “${clip(parts.q, TITLE_QUERY)}”` : undefined,
  ].filter(Boolean);
  const what = "events, statements and reported figures in the Gaza ceasefire and hostage negotiations";
  const lead =
    conditions.length > 0
      ? `${counts.matched} of ${counts.total} ${what}, ${conditions.join(", ")}`
      : `All ${counts.total} ${what}, newest first`;
  return `${lead}; each traced to a verbatim quote from its source article.`;
}
