import type { TimelineType } from "../schema/timeline-entry";

/** Reader-facing names of timeline types (event types plus statements and figures). */
export const TYPE_LABELS: Record<TimelineType, string> = {
  attack: "Attack",
  military: "Military action",
  talks: "Talks",
  proposal: "Proposal",
  rejection: "Rejection",
  ceasefire: "Ceasefire",
  collapse: "Collapse",
  resolution: "Resolution",
  release: "Release",
  diplomacy: "Diplomacy",
  statement: "Statement",
  figure: "Reported figure",
};
