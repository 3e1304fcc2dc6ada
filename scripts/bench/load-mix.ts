// The sequence of addresses the load test sends: a mix of what readers ask for, each labelled with what
// the server has to do for it. Pure, so the mix is the same on every run and can be tested.

/** What a request in the mix costs the server. */
export type LoadKind = "timeline: cached view" | "timeline: first render" | "event page" | "/proposals" | "/figures" | "API";

export type MixItem = { path: string; kind: LoadKind };

export type MixSources = {
  /** Timeline views asked for again and again: requested once before the run, so they are cache hits. */
  repeatedViews: readonly string[];
  /** Timeline views nobody asked for yet: each used once, so each is a first render. */
  newViews: readonly string[];
  eventPage: string;
  proposals?: string;
  figures?: string;
  /** API addresses, or none when the build has no API. */
  api: readonly string[];
};

/** Share of requests per kind, out of 100. */
export const MIX_WEIGHTS: Readonly<Record<LoadKind, number>> = {
  "timeline: cached view": 40,
  "timeline: first render": 20,
  "event page": 15,
  "/proposals": 10,
  "/figures": 5,
  API: 10,
};

/**
 * `total` requests interleaved by smooth weighted round-robin (as nginx spreads load over servers), so
 * each kind is spread evenly through the run rather than sent in blocks. A kind with nothing to send (no
 * API, new views used up) gives its turns to the others.
 */
export function loadMix(sources: MixSources, total: number, weights: Readonly<Record<LoadKind, number>> = MIX_WEIGHTS): MixItem[] {
  const cursors = new Map<LoadKind, number>();
  const pick = (kind: LoadKind): string | undefined => {
    const at = cursors.get(kind) ?? 0;
    cursors.set(kind, at + 1);
    switch (kind) {
      case "timeline: cached view":
        return sources.repeatedViews.length > 0 ? sources.repeatedViews[at % sources.repeatedViews.length] : undefined;
      case "timeline: first render":
        return sources.newViews[at];
      case "event page":
        return sources.eventPage;
      case "/proposals":
        return sources.proposals;
      case "/figures":
        return sources.figures;
      case "API":
        return sources.api.length > 0 ? sources.api[at % sources.api.length] : undefined;
    }
  };
  const kinds = (Object.keys(weights) as LoadKind[]).filter((kind) => weights[kind] > 0);
  const exhausted = new Set<LoadKind>();
  const credit = new Map<LoadKind, number>(kinds.map((kind) => [kind, 0]));
  const items: MixItem[] = [];
  while (items.length < total && exhausted.size < kinds.length) {
    const live = kinds.filter((kind) => !exhausted.has(kind));
    const sum = live.reduce((s, kind) => s + weights[kind], 0);
    for (const kind of live) credit.set(kind, credit.get(kind)! + weights[kind]);
    const chosen = live.reduce((best, kind) => (credit.get(kind)! > credit.get(best)! ? kind : best));
    credit.set(chosen, credit.get(chosen)! - sum);
    const path = pick(chosen);
    if (path === undefined) exhausted.add(chosen);
    else items.push({ path, kind: chosen });
  }
  return items;
}
