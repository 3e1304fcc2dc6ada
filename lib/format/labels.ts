// Every reader-facing name of a value the data or the queries use (types, kinds, roles, statuses…), in one place.
import type { ActorKind, ActorRole } from "../schema/actor";
import type { ActivityRelation, CitingKind, ProvisionChange } from "../schema/derived-kinds";
import type { DatePrecision } from "../schema/primitives";
import type { DeathStatus } from "../schema/count";
import type { ProposalKind, ProposalStatus } from "../schema/proposal";
import type { ProvisionKey } from "../schema/provision";
import type { QuoteKind } from "../schema/statement";
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

/** What a date's precision tells the reader about how well the sources fix it. */
export const PRECISION_LABELS: Record<DatePrecision, string> = {
  day: "Exact day given or fixed by the text",
  approximate: "Approximate: within a few days",
  month: "Only the month is known",
  year: "Only the year is known",
  range: "A range: the text gives only the earliest and latest possible days",
};

/** Reader-facing names of actor kinds. */
export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  state: "State",
  "government-body": "Government body",
  "armed-group": "Armed group",
  "international-body": "International body",
  "news-organisation": "News organisation",
  person: "Person",
  "unnamed-source": "Unnamed source",
};

/** Reader-facing names of the parts actors play in the negotiations. */
export const ACTOR_ROLE_LABELS: Record<ActorRole, string> = {
  party: "Party to the conflict",
  mediator: "Mediator",
  international: "International",
  reporter: "Reporting organisation",
  other: "Other",
};

/** How an entry concerns an actor, as a short label on the actor page. */
export const ACTIVITY_RELATION_LABELS: Record<ActivityRelation, string> = {
  "took-part": "Involved",
  spoke: "Spoke",
  "spoken-for": "Spoken for",
  reported: "Reported the figure",
};

/** "Spoke · Spoken for, via Taher al-Nunu": relations, then the members through whom they apply. */
export function describeActivity(relations: readonly ActivityRelation[], viaNames: readonly string[]): string {
  const what = relations.map((relation) => ACTIVITY_RELATION_LABELS[relation]).join(" · ");
  return viaNames.length > 0 ? `${what}, via ${viaNames.join(", ")}` : what;
}

/** Names of the kinds of fact that cite a passage, as shown beside the article text. */
export const FACT_KIND_LABELS: Record<CitingKind, string> = {
  event: "Event",
  statement: "Statement",
  figure: "Figure",
  proposal: "Proposal",
  actor: "Actor",
};

/** Row headings of the proposal comparison, with a short gloss for readers and screen readers. */
export const PROVISION_LABELS: Record<ProvisionKey, { label: string; description: string }> = {
  truceLength: { label: "Truce length", description: "How long the pause in fighting lasts." },
  hostagesTotal: { label: "Hostages released (total)", description: "Hostages to be released, where the text does not split living and dead." },
  hostagesLiving: { label: "Living hostages released", description: "Hostages to be released alive." },
  hostagesDead: { label: "Bodies of hostages returned", description: "Bodies of dead hostages to be handed over." },
  releaseSchedule: { label: "Release schedule", description: "On which days, and in how many stages, hostages are released." },
  prisonerReleases: { label: "Palestinian prisoners released", description: "Palestinians to be freed from Israeli prisons." },
  troopWithdrawal: { label: "Israeli troop withdrawal", description: "Where and how far Israeli forces pull back." },
  humanitarianAid: { label: "Humanitarian aid", description: "Aid deliveries and access into Gaza." },
  endOfWarGuarantee: { label: "Guarantee of an end to the war", description: "Whether the deal guarantees a permanent end to the war." },
  truceEnd: { label: "When the truce ends", description: "What happens if no permanent agreement is reached in time." },
  otherDemands: { label: "Other demands", description: "Disarmament, exile of leaders, dismantling of Hamas and similar demands." },
};

/** Reader-facing status names; badges always show this text, never colour alone. */
export const STATUS_LABELS: Record<ProposalStatus, string> = {
  proposed: "Proposed",
  "under-negotiation": "Under negotiation",
  rejected: "Rejected",
  accepted: "Accepted",
  collapsed: "Collapsed",
  stalled: "Stalled",
};

/** Markers for cells that differ from the column to their left; other changes are not marked. */
export const CHANGE_LABELS: Partial<Record<ProvisionChange, string>> = {
  changed: "Changed",
  "newly-reported": "Newly reported",
  "no-longer-reported": "No longer reported",
};

/** The marker on anything we worked out rather than read; the same words everywhere. */
export const INFERENCE_LABEL = "Our inference";

/** Which part of a record an inference concerns, by field name; an unknown field shows its own name. */
export const INFERENCE_FIELD_LABELS: Record<string, string> = {
  date: "Date",
  speakerId: "Speaker",
  actorId: "Who the speaker speaks for",
  eventId: "Link to the event",
  proposalIds: "Link to the proposal",
  reportedById: "Who reported the figure",
  organisationId: "Organisation",
  outletId: "Outlet",
  metric: "What the figure counts",
  venue: "Venue",
  sources: "Reports taken as one",
  provisions: "Provisions",
  published: "Publication date",
};

/** Labels for the ways a statement gives the words; a direct quote needs none beyond its quotation marks. */
export const QUOTE_KIND_LABELS: Record<QuoteKind, string | undefined> = {
  direct: undefined,
  partial: "Paraphrase with quoted words",
  paraphrase: "Paraphrase",
};

/** Context shown beside a speaker the article does not name. */
export const UNNAMED_SOURCE_LABEL = "unnamed source";
/** Shown where a statement's speaker would be when the article gives none. */
export const UNIDENTIFIED_SPEAKER_LABEL = "Speaker not identified in the article";
/** Shown where a statement's venue would be when the article does not say where it was said. */
export const VENUE_NOT_STATED_LABEL = "Venue not stated";

/** How the source counts the dead. */
export const DEATH_STATUS_LABELS: Record<DeathStatus, string> = {
  confirmed: "confirmed dead",
  presumed: "presumed dead",
};

/** What a proposal record is, as its page's kicker says. */
export const PROPOSAL_KIND_LABELS: Record<ProposalKind, string> = {
  proposal: "Proposal",
  agreement: "Agreement",
};
