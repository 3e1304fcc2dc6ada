import type { TimelineType } from "../schema/timeline-entry";

/** Plural names of timeline types, for titles such as "Timeline: Statements, Talks". */
export const TYPE_PLURAL_LABELS: Record<TimelineType, string> = {
  attack: "Attacks",
  military: "Military actions",
  talks: "Talks",
  proposal: "Proposals",
  rejection: "Rejections",
  ceasefire: "Ceasefires",
  collapse: "Collapses",
  resolution: "Resolutions",
  release: "Releases",
  diplomacy: "Diplomacy",
  statement: "Statements",
  figure: "Reported figures",
};
