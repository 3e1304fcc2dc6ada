import { formatFactDate, formatShortDate } from "../format/format-date";
import { PROVISION_LABELS } from "../format/labels";
import { sourceHref } from "../format/quote-anchor";
import { joinAnd } from "../format/words";
import { timelineHref } from "../params/timeline-href";
import type { ProvisionKey } from "../schema/provision";
import type { Statement } from "../schema/statement";
import { actorColour } from "../theme/actor-palette";
import type { DatasetIndex } from "./dataset-index";
import { entryHref } from "./entry-href";

/** One statement as the positions section shows it: who, where, when, the words and where to read them. */
export type PositionStatementData = {
  id: string;
  href: string;
  date: string;
  dateText: string;
  dateNote?: string;
  speakerName: string;
  venue: string;
  text: string;
  isDirectQuote: boolean;
  summary: string;
  sources: { href: string; label: string }[];
  proposals: { id: string; shortTitle: string }[];
};

/** A statement placed in a column, with the side it speaks for (mediators share one column). */
export type PlacedStatementData = PositionStatementData & { sideName: string; sideColour: string };

/**
 * One column of the positions grid: a warring party, the mediators together, or other sources.
 * Columns are the same for every provision, so a side's positions line up down the page.
 */
export type PositionColumnData = {
  id: string;
  name: string;
  colour: string;
  statements: PlacedStatementData[];
  /** Sides in this column the sources report no position for, named so their silence is visible. */
  silent: string[];
  /** Statements on this provision left out by the per-column limit (0 on the real data). */
  omittedCount: number;
  /** The timeline's statements by this column's side, where the left-out ones can be read. */
  moreHref: string;
};

/** How many statements a column shows and which it prefers when it has more. */
export type PositionsOptions = {
  /** Most statements one column shows for one provision; the rest are counted and linked. */
  perColumn?: number;
  /** Statements about these proposals (the compared ones) are kept before others. */
  preferredProposalIds?: readonly string[];
};

/**
 * Positions on one provision, or on several that the same statements address (living hostages
 * and bodies, say), so a statement is shown once rather than repeated row after row.
 */
export type ProvisionPositionsData = { keys: ProvisionKey[]; label: string; columns: PositionColumnData[] };

/** The grid's columns: each party, then the mediators, then everyone else. */
export const MEDIATORS_COLUMN = "mediators";
export const OTHERS_COLUMN = "other";

type PositionsIndex = Pick<DatasetIndex, "dataset" | "actors" | "articles" | "proposals" | "provisionPositions">;

export function statementData(statement: Statement, index: PositionsIndex): PositionStatementData {
  const speaker = index.actors.get(statement.speakerId);
  return {
    id: statement.id,
    href: entryHref({ id: statement.id, kind: "statement" }),
    date: statement.date,
    dateText: formatFactDate(statement),
    ...(statement.dateNote ? { dateNote: statement.dateNote } : {}),
    speakerName: speaker?.name ?? statement.speakerId,
    venue: statement.venue,
    text: statement.text,
    isDirectQuote: statement.isDirectQuote,
    summary: statement.summary,
    sources: statement.sources.flatMap((ref) => {
      const article = index.articles.get(ref.articleId);
      return article ? [{ href: sourceHref(ref.articleId, ref.quote), label: sourceLabel(article.outlet, article.published) }] : [];
    }),
    proposals: statement.proposalIds.flatMap((id) => {
      const proposal = index.proposals.get(id);
      return proposal ? [{ id, shortTitle: proposal.shortTitle }] : [];
    }),
  };
}

function sourceLabel(outlet: string | null, published: string): string {
  return outlet ? `${outlet}, ${formatShortDate(published)}` : `Report of ${formatShortDate(published)}`;
}


/**
 * At most `limit` statements, oldest first: those about a preferred proposal first, then the
 * latest, so a column stays small at any data size while the compared proposals' reactions show.
 */
export function limitStatements<T extends { id: string; date: string }>(
  statements: readonly T[],
  limit: number,
  isPreferred: (statement: T) => boolean,
): { kept: T[]; omittedCount: number } {
  if (statements.length <= limit) return { kept: [...statements], omittedCount: 0 };
  const byDate = (a: T, b: T) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
  const newestFirst = [...statements].sort((a, b) => byDate(b, a));
  const ranked = [...newestFirst.filter(isPreferred), ...newestFirst.filter((s) => !isPreferred(s))];
  return { kept: ranked.slice(0, Math.max(0, limit)).sort(byDate), omittedCount: statements.length - Math.max(0, limit) };
}

/** Positions on the given provisions, resolved for display, in a fixed set of columns. */
export function positionsData(index: PositionsIndex, keys: readonly ProvisionKey[], options: PositionsOptions = {}): ProvisionPositionsData[] {
  const perColumn = options.perColumn ?? Number.POSITIVE_INFINITY;
  const preferred = new Set(options.preferredProposalIds ?? []);
  const isPreferred = (statement: Statement) => preferred.size > 0 && statement.proposalIds.some((id) => preferred.has(id));
  const { principals, byKey } = index.provisionPositions;
  const parties = principals.filter((a) => a.role === "party");
  const mediators = principals.filter((a) => a.role === "mediator");
  const side = (actorId: string | null) => {
    const actor = actorId ? principals.find((a) => a.id === actorId) : undefined;
    return actor
      ? { sideName: actor.name, sideColour: actorColour(actor.id, index.actors) }
      : { sideName: "Other sources", sideColour: "var(--rule)" };
  };
  const views = keys.flatMap((key) => byKey.get(key) ?? []).map(({ key, groups }) => {
    // Only the statements that can be kept are looked at further, and only those kept are resolved
    // for display: at scale a column holds thousands. Each group is already oldest first.
    const statementsOf = (ids: readonly (string | null)[]) => {
      const chosen = groups.filter((g) => ids.includes(g.actorId));
      const total = chosen.reduce((sum, g) => sum + g.statements.length, 0);
      const candidates = chosen.flatMap((g) => {
        const latest = g.statements.slice(-perColumn);
        const latestIds = new Set(latest.map((statement) => statement.id));
        const earlierPreferred = g.statements.filter((statement) => !latestIds.has(statement.id) && isPreferred(statement));
        return [...earlierPreferred, ...latest].map((statement) => ({ statement, actorId: g.actorId, id: statement.id, date: statement.date }));
      });
      const { kept } = limitStatements(candidates, perColumn, (c) => isPreferred(c.statement));
      const statements: PlacedStatementData[] = kept.map((c) => ({ ...statementData(c.statement, index), ...side(c.actorId) }));
      return { statements, omittedCount: total - kept.length };
    };
    const silentOf = (actors: typeof principals) =>
      actors.filter((a) => !groups.some((g) => g.actorId === a.id && g.statements.length > 0)).map((a) => a.name);
    const columns: PositionColumnData[] = [
      ...parties.map((party) => ({
        id: party.id,
        name: party.name,
        colour: actorColour(party.id, index.actors),
        ...statementsOf([party.id]),
        silent: silentOf([party]),
        moreHref: timelineHref({ actorIds: [party.id], types: ["statement"] }),
      })),
      {
        id: MEDIATORS_COLUMN,
        name: "Mediators",
        colour: "var(--muted)",
        ...statementsOf(mediators.map((m) => m.id)),
        silent: silentOf(mediators),
        moreHref: timelineHref({ actorIds: mediators.map((m) => m.id), types: ["statement"] }),
      },
      {
        id: OTHERS_COLUMN,
        name: "Other sources",
        colour: "var(--rule)",
        ...statementsOf([null]),
        silent: [],
        moreHref: timelineHref({ types: ["statement"] }),
      },
    ];
    return { keys: [key], label: PROVISION_LABELS[key].label, columns };
  });
  return mergeIdentical(views);
}

/** Joins provisions whose columns hold exactly the same statements, keeping the first one's place. */
function mergeIdentical(views: readonly ProvisionPositionsData[]): ProvisionPositionsData[] {
  const signature = (view: ProvisionPositionsData) => view.columns.map((c) => c.statements.map((s) => s.id).join(",")).join("|");
  const merged: ProvisionPositionsData[] = [];
  const bySignature = new Map<string, ProvisionPositionsData>();
  for (const view of views) {
    const existing = bySignature.get(signature(view));
    if (existing) {
      existing.keys.push(...view.keys);
      continue;
    }
    const copy = { ...view, keys: [...view.keys] };
    bySignature.set(signature(view), copy);
    merged.push(copy);
  }
  return merged.map((view) => ({ ...view, label: joinLabels(view.keys.map((key) => PROVISION_LABELS[key].label)) }));
}

function joinLabels(labels: readonly string[]): string {
  return joinAnd(labels.map((label, i) => (i === 0 ? label : label.toLowerCase())));
}
