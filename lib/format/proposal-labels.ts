import type { ProposalStatus } from "../schema/proposal";
import type { ProvisionChange } from "../schema/derived-kinds";
import type { ProvisionKey } from "../schema/provision";

/** Row headings of the proposal comparison, with a short gloss for readers and screen readers. */
export const PROVISION_LABELS: Record<ProvisionKey, { label: string; description: string }> = {
  truceLength: { label: "Truce length", description: "How long the pause in fighting lasts." },
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
};

/** Markers for cells that differ from the column to their left; other changes are not marked. */
export const CHANGE_LABELS: Partial<Record<ProvisionChange, string>> = {
  changed: "Changed",
  "newly-reported": "Newly reported",
  "no-longer-reported": "No longer reported",
};
