import { formatFactDate } from "../format/format-date";
import { CHANGE_LABELS, PROVISION_LABELS } from "../format/labels";
import { comparisonHref } from "../params/proposal-params";
import type { Provision } from "../schema/provision";
import { ProvisionKeySchema, type ProvisionKey } from "../schema/provision";
import type { ActorChip } from "./actor-chips";
import type { DatasetIndex } from "./dataset-index";
import { diffProvisions } from "./diff-provisions";
import { entryData, type EntryData } from "./entry-data";
import { currentStatus, proposerChips, statusHistoryData, statusData, type StatusData } from "./proposal-comparison";
import { orderProposals } from "./proposal-order";
import { sourceCitations, type SourceCitation } from "./source-citations";

/** One provision of the proposal as its page shows it. */
export type ProvisionDetail = {
  key: ProvisionKey;
  label: string;
  description: string;
  /** `not-reported` where the sources say nothing about it. */
  state: Provision["state"] | "not-reported";
  /** Where it differs from the proposal before: the marker and what that one said. */
  change?: { marker: string; before: string };
  provision?: { state: Provision["state"]; value: string; sources: SourceCitation[] };
};

export type ProposalLink = { id: string; title: string };

/** Everything the single-proposal page shows, as plain data. */
export type ProposalDetail = {
  id: string;
  title: string;
  summary: string;
  date: string;
  dateText: string;
  dateNote?: string;
  proposers: ActorChip[];
  status: StatusData;
  respondsTo?: ProposalLink;
  /** Side-by-side comparisons with the proposals before and after it and the one it answers. */
  compareLinks: { href: string; label: string }[];
  history: StatusData[];
  /** Said under the provisions heading when they are compared with the proposal before. */
  changesNote?: string;
  provisions: ProvisionDetail[];
  /** Events and statements about the proposal, oldest first. */
  reactions: EntryData[];
  sources: SourceCitation[];
};

type DetailIndex = Pick<DatasetIndex, "dataset" | "proposals" | "actors" | "articles" | "events" | "timeline" | "postings" | "corrections">;

/** Every proposal, oldest first, as links (for the not-found page). */
export function proposalLinks(index: Pick<DatasetIndex, "dataset">): ProposalLink[] {
  return orderProposals(index.dataset.proposals).map(({ id, title }) => ({ id, title }));
}

export function proposalDetail(id: string, index: DetailIndex): ProposalDetail | undefined {
  const proposal = index.proposals.get(id);
  if (!proposal) return undefined;
  const ordered = orderProposals(index.dataset.proposals);
  const allIds = ordered.map((p) => p.id);
  const position = allIds.indexOf(proposal.id);
  const previous = position > 0 ? ordered[position - 1] : undefined;
  const next = ordered[position + 1];
  const respondsTo = proposal.respondsToId ? index.proposals.get(proposal.respondsToId) : undefined;
  const changes = previous ? diffProvisions([previous, proposal])[1]?.changes : undefined;
  const compareWith = (other: { id: string; shortTitle: string }, ids: [string, string]) => ({
    href: comparisonHref({ proposalIds: ids, hiddenRows: [] }, allIds),
    label: `Compare with the ${other.shortTitle}`,
  });

  const provisions = ProvisionKeySchema.options.map((key): ProvisionDetail => {
    const provision = proposal.provisions[key];
    const change = changes?.[key];
    const marker = change ? CHANGE_LABELS[change] : undefined;
    const before = previous?.provisions[key];
    return {
      key,
      ...PROVISION_LABELS[key],
      state: provision?.state ?? "not-reported",
      ...(marker && previous
        ? { change: { marker, before: before ? `${previous.shortTitle}: ${before.value}` : `Not reported for the ${previous.shortTitle}.` } }
        : {}),
      ...(provision ? { provision: { state: provision.state, value: provision.value, sources: sourceCitations(provision.sources, index) } } : {}),
    };
  });

  // The proposal's posting list runs newest first; the page reads oldest first.
  const reactions = (index.postings.proposal.get(proposal.id) ?? [])
    .toReversed()
    .flatMap((p) => index.timeline[p] ?? [])
    .filter((entry) => entry.kind !== "figure")
    .map((entry) => entryData(entry, index));

  return {
    id: proposal.id,
    title: proposal.title,
    summary: proposal.summary,
    date: proposal.date,
    dateText: formatFactDate(proposal),
    ...(proposal.dateNote ? { dateNote: proposal.dateNote } : {}),
    proposers: proposerChips(proposal, index),
    status: statusData(proposal, currentStatus(proposal), index),
    ...(respondsTo ? { respondsTo: { id: respondsTo.id, title: respondsTo.title } } : {}),
    compareLinks: [
      ...(previous ? [compareWith(previous, [previous.id, proposal.id])] : []),
      ...(respondsTo && respondsTo.id !== previous?.id ? [compareWith(respondsTo, [respondsTo.id, proposal.id])] : []),
      ...(next ? [compareWith(next, [proposal.id, next.id])] : []),
    ],
    history: statusHistoryData(proposal, index),
    ...(previous ? { changesNote: ` Marked provisions differ from the ${previous.shortTitle}, the plan before this one.` } : {}),
    provisions,
    reactions,
    sources: sourceCitations(proposal.sources, index),
  };
}
