import { factDateTime, formatFactDate } from "../format/format-date";
import { PROPOSAL_KIND_LABELS, PROVISION_LABELS, STATUS_LABELS } from "../format/labels";
import { sourceHref } from "../format/quote-anchor";
import { comparisonHref, type ProposalParams } from "../params/proposal-params";
import type { Proposal, ProposalStatus } from "../schema/proposal";
import { ProvisionKeySchema, type Provision, type ProvisionKey } from "../schema/provision";
import type { SourceRef } from "../schema/primitives";
import { actorColour } from "../theme/actor-palette";
import { actorChips, type ActorChip } from "./actor-chips";
import { numberCitations } from "./citation-notes";
import type { DatasetIndex } from "./dataset-index";
import { diffProvisions, type ProvisionChange } from "./diff-provisions";
import { orderProposals } from "./proposal-order";
import { sourceCitations, type SourceCitation } from "./source-citations";

type ComparisonIndex = Pick<DatasetIndex, "dataset" | "actors" | "articles" | "events">;

/** A cited passage with everything a citation link, its pop-up quote and its footnote show. */
export type CitationData = SourceCitation & { number: number; href: string };

/** A provision's schedule step as shown: "Day 1: 8 hostages". */
export type ScheduleStepData = { stage: string; value: string };

export type ProvisionData = {
  state: Provision["state"];
  value: string;
  citations: CitationData[];
  /** Releases or steps by stage, where the text gives them. */
  schedule?: ScheduleStepData[];
  /** The text's own hedge ("reportedly"), shown beside the value. */
  hedge?: string;
};

export type StatusData = {
  status: ProposalStatus;
  label: string;
  /** As precise as the sources allow ("Late May 2025", "2 March 2025"). */
  dateText: string;
  date: string;
  /** The `<time>` value, no more precise than the text. */
  dateTime: string;
  eventId?: string;
  eventTitle?: string;
  note?: string;
  /** Passages for a change no linked event reports. */
  sources?: SourceCitation[];
};

export type ComparisonColumn = {
  id: string;
  title: string;
  shortTitle: string;
  /** "Agreement" for an agreement; absent for a proposal, the default the table does not label. */
  kindLabel?: string;
  date: string;
  dateText: string;
  /** Empty for an agreement that names no proposer. */
  proposers: ActorChip[];
  /** Proposers' colours, drawn as the column's top rule. */
  colours: string[];
  status: StatusData;
  /** The column this one is compared with; absent for the first. */
  previousShortTitle?: string;
  markedCount: number;
  /** Link to the same comparison without this column; absent when it is the only one left. */
  hideHref?: string;
};

export type ComparisonCell = { proposalId: string; provision?: ProvisionData; change: ProvisionChange };

export type ComparisonRow = { key: ProvisionKey; label: string; description: string; hideHref: string; cells: ComparisonCell[] };

export type Comparison = {
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
  hiddenRows: { key: ProvisionKey; label: string; showHref: string }[];
  /** Proposals the chooser offers, oldest first, with whether each is in the comparison (every proposal unless a page of them is asked for). */
  choices: { id: string; shortTitle: string; dateText: string; isSelected: boolean }[];
  /** The numbered passages cited in the table, for the footnotes. */
  notes: CitationData[];
  /** Link back to everything. */
  resetHref: string;
};

/** The last entry of the status history; the schema guarantees there is one. */
export function currentStatus(proposal: Proposal): Proposal["statusHistory"][number] {
  const last = proposal.statusHistory.at(-1);
  if (!last) throw new Error(`proposal "${proposal.id}" has no status`);
  return last;
}

/** Whether a status change dates itself (a label, a range, or a precision other than the default day). */
function isSelfDated(change: Proposal["statusHistory"][number]): boolean {
  return change.dateLabel !== undefined || change.earliest !== undefined || change.precision !== "day";
}

/**
 * A status change as shown: dated as the change itself says where it does, otherwise as precisely as its
 * event (or the proposal) is known.
 */
export function statusData(
  proposal: Proposal,
  change: Proposal["statusHistory"][number],
  index: Pick<DatasetIndex, "events" | "articles">,
): StatusData {
  const event = change.eventId ? index.events.get(change.eventId) : undefined;
  // A change dated like its proposal ("May 2025") must not read as a precise day.
  const dated = isSelfDated(change) ? change : event && event.date === change.date ? event : { date: change.date, precision: proposal.precision };
  return {
    status: change.status,
    label: STATUS_LABELS[change.status],
    dateText: formatFactDate(dated),
    date: change.date,
    dateTime: factDateTime(dated),
    ...(change.eventId ? { eventId: change.eventId } : {}),
    ...(event ? { eventTitle: event.title } : {}),
    ...(change.note ? { note: change.note } : {}),
    ...(change.sources && change.sources.length > 0 ? { sources: sourceCitations(change.sources, index) } : {}),
  };
}

/** A provision's value, schedule and hedge as shown; the caller adds its citations in its own form. */
export function provisionData(provision: Provision): Omit<ProvisionData, "citations"> {
  const schedule = provision.state === "specified" ? provision.schedule : undefined;
  return {
    state: provision.state,
    value: provision.value,
    ...(schedule ? { schedule: schedule.map(({ stage, value }) => ({ stage, value })) } : {}),
    ...(provision.hedge ? { hedge: provision.hedge } : {}),
  };
}

/** A proposal's proposers as chips, in the data's order (a spokesman is listed beside his group). */
export function proposerChips(proposal: Proposal, index: Pick<DatasetIndex, "actors">): ActorChip[] {
  return actorChips(proposal.proposerIds, index);
}

/** Distinct colours of the proposers (a US envoy shares the United States' colour). */
export function proposerColours(proposal: Proposal, index: Pick<DatasetIndex, "actors">): string[] {
  return [...new Set(proposal.proposerIds.map((id) => actorColour(id, index.actors)))];
}

/** Builds a citation view list for a provision or any other sourced fact, given the numbering. */
export function citationData(refs: readonly SourceRef[], index: Pick<DatasetIndex, "articles">, numberOf: (ref: SourceRef) => number): CitationData[] {
  return sourceCitations(refs, index).map((citation) => ({
    ...citation,
    number: numberOf(citation),
    href: sourceHref(citation.articleId, citation.quote),
  }));
}

/** Options for `buildComparison`; both only save work or bound the chooser, the defaults give the whole list. */
export type ComparisonOptions = {
  /** Every proposal, oldest first, when the caller already has it (`orderProposals`). */
  ordered?: readonly Proposal[];
  /** Proposals the chooser lists besides the compared ones; all when absent. */
  choiceIds?: readonly string[];
};

/**
 * Everything the comparison table shows, as plain data: columns in date order, rows in the
 * schema's order minus hidden ones, each cell with its citations and its change from the column
 * before it, and the links that hide or restore a row or a column.
 */
export function buildComparison(index: ComparisonIndex, params: ProposalParams, options: ComparisonOptions = {}): Comparison {
  const all = options.ordered ?? orderProposals(index.dataset.proposals);
  const allIds = all.map((p) => p.id);
  const selected = new Set(params.proposalIds);
  const proposals = all.filter((p) => selected.has(p.id));
  const hidden = new Set(params.hiddenRows);
  const keys = ProvisionKeySchema.options.filter((key) => !hidden.has(key));
  const diffs = diffProvisions(proposals, keys);

  // Number citations row by row, left to right: the order a reader meets them.
  const { notes, numberOf } = numberCitations(keys.flatMap((key) => proposals.flatMap((p) => p.provisions[key]?.sources ?? [])));
  const selection = { proposalIds: proposals.map((p) => p.id), hiddenRows: params.hiddenRows };

  const columns: ComparisonColumn[] = proposals.map((proposal, i) => {
    const latest = currentStatus(proposal);
    const previous = i > 0 ? proposals[i - 1] : undefined;
    const without = selection.proposalIds.filter((id) => id !== proposal.id);
    return {
      id: proposal.id,
      title: proposal.title,
      shortTitle: proposal.shortTitle,
      ...(proposal.kind === "agreement" ? { kindLabel: PROPOSAL_KIND_LABELS.agreement } : {}),
      date: proposal.date,
      dateText: formatFactDate(proposal),
      proposers: proposerChips(proposal, index),
      colours: proposerColours(proposal, index),
      status: statusData(proposal, latest, index),
      ...(previous ? { previousShortTitle: previous.shortTitle } : {}),
      markedCount: diffs[i]?.markedCount ?? 0,
      ...(without.length > 0 ? { hideHref: comparisonHref({ ...selection, proposalIds: without }, allIds, "#comparison") } : {}),
    };
  });

  const rows: ComparisonRow[] = keys.map((key) => ({
    key,
    ...PROVISION_LABELS[key],
    hideHref: comparisonHref({ ...selection, hiddenRows: [...params.hiddenRows, key] }, allIds, "#comparison"),
    cells: proposals.map((proposal, i) => {
      const provision = proposal.provisions[key];
      return {
        proposalId: proposal.id,
        ...(provision ? { provision: { ...provisionData(provision), citations: citationData(provision.sources, index, numberOf) } } : {}),
        change: diffs[i]?.changes[key] ?? "first",
      };
    }),
  }));

  return {
    columns,
    rows,
    hiddenRows: params.hiddenRows.map((key) => ({
      key,
      label: PROVISION_LABELS[key].label,
      showHref: comparisonHref({ ...selection, hiddenRows: params.hiddenRows.filter((k) => k !== key) }, allIds, "#comparison"),
    })),
    choices: chooserList(all, selected, options.choiceIds).map((p) => ({
      id: p.id,
      shortTitle: p.shortTitle,
      dateText: formatFactDate(p),
      isSelected: selected.has(p.id),
    })),
    notes: citationData(notes, index, numberOf),
    resetHref: "/proposals",
  };
}

/** The compared proposals plus those offered (all when no list is given), oldest first. */
function chooserList(all: readonly Proposal[], selected: ReadonlySet<string>, choiceIds: readonly string[] | undefined): readonly Proposal[] {
  if (!choiceIds) return all;
  const offered = new Set(choiceIds);
  return all.filter((p) => selected.has(p.id) || offered.has(p.id));
}

/** A proposal's whole status history, oldest first, as shown. */
export function statusHistoryData(proposal: Proposal, index: Pick<DatasetIndex, "events" | "articles">): StatusData[] {
  return proposal.statusHistory.map((change) => statusData(proposal, change, index));
}
