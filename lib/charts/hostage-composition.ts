import { z } from "zod";
import { FigurePointSchema, type FigurePoint } from "../queries/figure-point";

/**
 * Hostages held split into alive and dead, as one article gives all three for one as-of date. Only
 * figures from the same article are put together: reports from different sources are never combined.
 */
export const HostageCompositionSchema = z.object({
  date: z.string(),
  articleId: z.string(),
  /** The article's outlet, or its title where it names none. */
  articleName: z.string(),
  held: FigurePointSchema,
  alive: FigurePointSchema,
  dead: FigurePointSchema,
  /**
   * held − alive − dead, worked out by us, where all three are exact and it is not negative: those the
   * article counts as held but neither alive nor dead. Undefined where a hedged figure makes it unknown.
   */
  remainder: z.number().int().nonnegative().optional(),
});
export type HostageComposition = z.infer<typeof HostageCompositionSchema>;

const cites = (point: FigurePoint, articleId: string) => point.sources.some((s) => s.articleId === articleId);

/** Every (date, article) for which one article gives exactly one figure each for held, alive and dead; oldest first. */
export function hostageCompositions(points: readonly FigurePoint[]): HostageComposition[] {
  const result: HostageComposition[] = [];
  for (const held of points.filter((p) => p.metric === "hostages-held")) {
    for (const source of held.sources) {
      if (result.some((c) => c.date === held.date && c.articleId === source.articleId)) continue;
      const sameDay = (metric: string) => points.filter((p) => p.metric === metric && p.date === held.date && cites(p, source.articleId));
      const helds = sameDay("hostages-held");
      const alive = sameDay("hostages-alive");
      const dead = sameDay("hostages-dead");
      // Two figures for one part in one article would leave the split ambiguous: not drawn.
      if (helds.length !== 1 || alive.length !== 1 || dead.length !== 1) continue;
      const isExact = [held, alive[0]!, dead[0]!].every((p) => p.qualifier === "exact");
      const remainder = held.value - alive[0]!.value - dead[0]!.value;
      result.push({
        date: held.date,
        articleId: source.articleId,
        articleName: source.outlet ?? source.articleTitle,
        held,
        alive: alive[0]!,
        dead: dead[0]!,
        ...(isExact && remainder >= 0 ? { remainder } : {}),
      });
    }
  }
  return result.sort((a, b) => a.date.localeCompare(b.date) || a.articleId.localeCompare(b.articleId));
}
