/**
 * Words that make a dated sentence an event of a type, first match wins. Data an editor can extend;
 * the types are the dataset's (lib/schema/event.ts).
 */
export const EVENT_RULES: readonly { type: "attack" | "military" | "talks" | "proposal" | "rejection" | "ceasefire" | "collapse" | "resolution" | "release" | "diplomacy"; pattern: RegExp }[] = [
  { type: "collapse", pattern: /\b(?:collapsed|broke down|fell apart)\b/i },
  { type: "resolution", pattern: /\bresolution\b[^.]*\b(?:passed|adopted|approved|voted)\b|\b(?:passed|adopted|approved)\b[^.]*\bresolution\b/i },
  { type: "rejection", pattern: /\b(?:rejected|turned down|refused)\b/i },
  { type: "ceasefire", pattern: /\b(?:ceasefire|truce)\b[^.]*\b(?:took effect|began|came into force|was agreed|agreed)\b/i },
  { type: "proposal", pattern: /\b(?:proposal|plan|offer|framework)\b[^.]*\b(?:submitted|presented|put forward|delivered|floated|unveiled|tabled)\b/i },
  { type: "release", pattern: /\b(?:released|freed|handed over)\b[^.]*\b(?:hostages?|captives?|prisoners?|detainees?|bodies)\b/i },
  { type: "talks", pattern: /\b(?:talks|negotiations|discussions|negotiators)\b[^.]*\b(?:resumed|began|opened|were held|held|continued|stalled|ended|met|convened)\b|\b(?:resumed|held|opened)\b[^.]*\b(?:talks|negotiations)\b/i },
  { type: "attack", pattern: /\b(?:attacked|stormed|launched an attack|raided)\b/i },
  { type: "military", pattern: /\b(?:struck|strikes?|airstrikes?|offensive|military operations?|bombarded|shelled)\b/i },
  { type: "diplomacy", pattern: /\b(?:visited|met with|meeting with|summit|held a call|spoke by phone)\b/i },
];
