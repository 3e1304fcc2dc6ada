import { citationFields, type CitationFields } from "../../cite/citation-fields";
import type { FeedLink } from "../../feeds/feed-model";
import type { PageMetadataInput } from "../../site-metadata";
import { newestProposalIds } from "../../queries/prerender-ids";
import { proposalDetail, proposalLinks, type ProposalDetail, type ProposalLink } from "../../queries/proposal-detail";
import { recordCorrectionViews, type CorrectionView } from "../../queries/correction-views";
import { cardPath } from "../../share/card-path";
import { getData } from "../dataset";
import { idParams, PRERENDER_LIMIT } from "./prerender";

export type ProposalPageProps = ProposalDetail & {
  /** The proposal's feeds ("Follow") and how to cite it. */
  feed: FeedLink;
  citation: CitationFields;
  /** Published fixes to this record, newest first (the "Corrected" note). */
  corrections: CorrectionView[];
};

function proposalFeedLink(proposal: { id: string; title: string }): FeedLink {
  return { feedPath: `/proposals/${proposal.id}/feed`, query: "", title: proposal.title };
}

/** Everything `/proposals/<id>` shows, or `undefined` for an id not in the data. */
export function getProposalPage(id: string): ProposalPageProps | undefined {
  const index = getData();
  const detail = proposalDetail(id, index);
  if (!detail) return undefined;
  return { ...detail, feed: proposalFeedLink(detail), citation: citationFields(index, "proposals", id)!, corrections: recordCorrectionViews(index, "proposal", id) };
}

/** Title and description of `/proposals/<id>`, or `undefined` for an unknown id. */
export function getProposalPageMetadata(id: string): PageMetadataInput | undefined {
  const proposal = getData().proposals.get(id);
  if (!proposal) return undefined;
  return {
    title: proposal.title,
    description: proposal.summary,
    path: `/proposals/${proposal.id}`,
    type: "article",
    image: cardPath("proposals", proposal.id),
    feed: proposalFeedLink(proposal),
  };
}

/** Every proposal, oldest first: what the not-found page of `/proposals/<id>` offers instead. */
export function getProposalLinks(): ProposalLink[] {
  return proposalLinks(getData());
}

/** The proposal pages the build renders ahead of time. */
export function getProposalPageParams(): { id: string }[] {
  return idParams(newestProposalIds(getData(), PRERENDER_LIMIT));
}
