import type { CitingKind } from "../schema/derived-kinds";

/** Names of the kinds of fact that cite a passage, as shown beside the article text. */
export const FACT_KIND_LABELS: Record<CitingKind, string> = {
  event: "Event",
  statement: "Statement",
  count: "Figure",
  proposal: "Proposal",
  actor: "Actor",
};
