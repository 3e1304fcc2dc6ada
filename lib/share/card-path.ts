import { z } from "zod";

/**
 * What a share card can show: one record (an event, statement, figure, actor, proposal or source
 * article, by id) or one of the list pages (`pages/timeline`, `pages/proposals`, `pages/figures`).
 */
export const CardKindSchema = z.enum(["events", "statements", "counts", "actors", "proposals", "sources", "pages"]);
export type CardKind = z.infer<typeof CardKindSchema>;

export const CardPageSchema = z.enum(["timeline", "proposals", "figures"]);
export type CardPage = z.infer<typeof CardPageSchema>;

/** Open Graph's recommended size; Twitter's large summary card takes the same 1.91:1 image. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Address of a card image, e.g. `/cards/events/2025-03-02-phase-one-collapse`. */
export function cardPath(kind: CardKind, id: string): string {
  return `/cards/${kind}/${encodeURIComponent(id)}`;
}

/** The card of a timeline entry, by the entry's kind. */
export function entryCardPath(entry: { id: string; kind: "event" | "statement" | "figure" }): string {
  const kind = ({ event: "events", statement: "statements", figure: "counts" } as const)[entry.kind];
  return cardPath(kind, entry.id);
}
