import { formatFactDate } from "../format/format-date";
import { ACTOR_KIND_LABELS, STATUS_LABELS, TYPE_LABELS } from "../format/labels";
import { countNoun, joinAnd } from "../format/words";
import type { DatasetIndex } from "../queries/dataset-index";
import type { SourceRef } from "../schema/primitives";
import type { TimelineEntry } from "../schema/timeline-entry";
import { ACTOR_PALETTE, paletteKeyFor } from "../theme/actor-palette";
import { CardKindSchema, CardPageSchema, type CardPage } from "./card-path";

/** What a share card image shows, as text ready to draw. */
export type ShareCard = {
  /** "Event · Talks", "Statement", "Actor · State". */
  kicker: string;
  title: string;
  /** The record's own date as the site writes it: "25 June 2025", "c. 24 June 2025". */
  date?: string;
  /** "as reported on 25 June 2025": the publication date of the newest article the record cites. */
  asOf?: string;
  /** Who the record is attributed to: "Qatar and Egypt", "Taher Nounou for Hamas". */
  attribution?: string;
  /** The outlets of the cited articles, newest first: "CNN and Matzav". */
  outlets?: string;
  /** One more line of plain facts, e.g. "212 entries from 5 source articles". */
  detail?: string;
  /** Accent colour (light theme) of the first actor, or the site's neutral one. */
  accent: string;
};

type CardIndex = Pick<DatasetIndex, "actors" | "articles" | "statements" | "counts" | "proposals" | "timeline" | "positions" | "dataset" | "articlesByDate">;

const NEUTRAL_ACCENT = ACTOR_PALETTE.other.light;
/** Said where no cited article names its outlet (three of the five do not). */
export const OUTLET_NOT_NAMED = "outlet not named in the article";

/** "24 June 2025" for a plain day (the site's long date form). */
function dayText(isoDate: string): string {
  return formatFactDate({ date: isoDate, precision: "day" });
}

function accentOf(actorId: string | undefined, index: CardIndex): string {
  return actorId ? ACTOR_PALETTE[paletteKeyFor(actorId, index.actors)].light : NEUTRAL_ACCENT;
}

/** As-of date and outlets of a record's sources: the newest article is the latest report of it. */
function reported(sources: readonly SourceRef[], index: CardIndex): Pick<ShareCard, "asOf" | "outlets"> {
  const articles = [...new Set(sources.map((source) => source.articleId))]
    .flatMap((id) => index.articles.get(id) ?? [])
    .sort((a, b) => b.published.localeCompare(a.published));
  const newest = articles[0];
  if (!newest) return {};
  const outlets = [...new Set(articles.flatMap((article) => article.outlet ?? []))];
  return { asOf: `as reported on ${dayText(newest.published)}`, outlets: outlets.length > 0 ? joinAnd(outlets) : OUTLET_NOT_NAMED };
}

function names(actorIds: readonly string[], index: CardIndex): string[] {
  return actorIds.flatMap((id) => index.actors.get(id)?.name ?? []);
}

/** Names drawn on a card before the rest are counted, so the line stays legible at thumbnail size. */
export const NAMES_SHOWN = 3;

/** "Israel, Hamas and Qatar"; "Israel, Hamas, Qatar and 4 more". */
export function listNames(list: readonly string[]): string {
  if (list.length <= NAMES_SHOWN) return joinAnd(list);
  return `${list.slice(0, NAMES_SHOWN).join(", ")} and ${list.length - NAMES_SHOWN} more`;
}

/** An event, statement or figure, as the timeline lists it, with what its record adds. */
export function entryCard(entry: TimelineEntry, index: CardIndex): ShareCard {
  const base = { date: formatFactDate(entry), ...reported(entry.sources, index), accent: accentOf(entry.actorIds[0], index) };
  if (entry.kind === "statement") {
    const statement = index.statements.get(entry.id);
    const [speaker, ...spokenFor] = names(entry.actorIds, index);
    const who = speaker ? `${speaker}${spokenFor.length > 0 ? ` for ${joinAnd(spokenFor)}` : ""}` : undefined;
    return {
      ...base,
      kicker: "Statement",
      // Only words the source quotes go in quotation marks; a paraphrase is shown as our summary of it.
      title: statement?.isDirectQuote ? `“${statement.text}”` : entry.summary,
      ...(who ? { attribution: [who, statement?.venueStated ? statement.venue : undefined].filter(Boolean).join(", ") } : {}),
    };
  }
  if (entry.kind === "figure") {
    const count = index.counts.get(entry.id);
    const reporter = count?.reportedById ? index.actors.get(count.reportedById)?.name : undefined;
    const attribution = reporter ? `Reported by ${reporter}` : count?.attribution;
    return { ...base, kicker: "Figure", title: entry.title, ...(attribution ? { attribution } : {}) };
  }
  const actors = names(entry.actorIds, index);
  return { ...base, kicker: `Event · ${TYPE_LABELS[entry.type]}`, title: entry.title, ...(actors.length > 0 ? { attribution: listNames(actors) } : {}) };
}

const PAGE_CARDS: Record<CardPage, (index: CardIndex) => Omit<ShareCard, "accent" | "asOf">> = {
  timeline: (index) => ({
    kicker: "Timeline",
    title: "Events, statements and figures",
    detail: `${countNoun(index.timeline.length, "entry", "entries")} from ${countNoun(index.dataset.articles.length, "source article", "source articles")}`,
  }),
  proposals: (index) => ({
    kicker: "Proposals",
    title: "Ceasefire proposals compared, provision by provision",
    detail: countNoun(index.proposals.size, "proposal", "proposals"),
  }),
  figures: (index) => ({
    kicker: "Figures",
    title: "Hostage and casualty figures",
    detail: `${countNoun(index.dataset.counts.length, "figure", "figures")}, each as one source reported it`,
  }),
};

function pageCard(page: CardPage, index: CardIndex): ShareCard {
  const newest = index.articlesByDate[0];
  return {
    ...PAGE_CARDS[page](index),
    ...(newest ? { asOf: `as reported up to ${dayText(newest.published)}` } : {}),
    accent: NEUTRAL_ACCENT,
  };
}

/**
 * The card for `/cards/<kind>/<id>`, or undefined when no such record (or page) exists, or the id names a
 * record of another kind (an event's id under `statements`).
 */
export function shareCard(kind: string, id: string, index: CardIndex): ShareCard | undefined {
  const parsedKind = CardKindSchema.safeParse(kind);
  if (!parsedKind.success) return undefined;
  switch (parsedKind.data) {
    case "events":
    case "statements":
    case "counts": {
      const position = index.positions.get(id);
      const entry = position === undefined ? undefined : index.timeline[position];
      const wanted = { events: "event", statements: "statement", counts: "figure" }[parsedKind.data];
      return entry?.kind === wanted ? entryCard(entry, index) : undefined;
    }
    case "actors": {
      const actor = index.actors.get(id);
      if (!actor) return undefined;
      const organisation = actor.organisationId ? index.actors.get(actor.organisationId)?.name : undefined;
      return {
        kicker: `Actor · ${ACTOR_KIND_LABELS[actor.kind]}`,
        title: actor.name,
        ...(actor.title || organisation ? { attribution: [actor.title, organisation].filter(Boolean).join(", ") } : {}),
        ...reported(actor.sources, index),
        accent: accentOf(actor.id, index),
      };
    }
    case "proposals": {
      const proposal = index.proposals.get(id);
      if (!proposal) return undefined;
      const status = proposal.statusHistory.at(-1)?.status;
      const proposers = names(proposal.proposerIds, index);
      return {
        kicker: status ? `Proposal · ${STATUS_LABELS[status]}` : "Proposal",
        title: proposal.title,
        date: formatFactDate(proposal),
        ...(proposers.length > 0 ? { attribution: `Proposed by ${listNames(proposers)}` } : {}),
        ...reported(proposal.sources, index),
        accent: accentOf(proposal.proposerIds[0], index),
      };
    }
    case "sources": {
      const article = index.articles.get(id);
      if (!article) return undefined;
      return {
        kicker: "Source article",
        title: article.title,
        // An article's own date is its publication date, inferred from the text: no separate as-of date.
        date: `Published ${dayText(article.published)} (date inferred)`,
        outlets: article.outlet ?? OUTLET_NOT_NAMED,
        accent: NEUTRAL_ACCENT,
      };
    }
    case "pages": {
      const page = CardPageSchema.safeParse(id);
      return page.success ? pageCard(page.data, index) : undefined;
    }
  }
}
