/**
 * Verbs that attribute words to a speaker in news prose, in the forms they take there. Data, not code:
 * an editor extends the list. "called"/"described" introduce partial quotes ("called the halt 'cheap
 * blackmail'"); "deemed" and "termed" likewise.
 */
export const REPORTING_VERBS = [
  "said", "says", "say", "saying", "told", "tells", "telling", "added", "adds", "continued",
  "stated", "states", "noted", "notes", "warned", "warns", "asked", "asks", "explained", "explains",
  "insisted", "insists", "argued", "argues", "wrote", "writes", "tweeted", "posted", "declared", "declares",
  "announced", "announces", "confirmed", "confirms", "acknowledged", "acknowledges", "emphasized", "emphasised",
  "stressed", "stresses", "claimed", "claims", "claiming", "called", "calling", "calls", "described", "describing",
  "deemed", "termed", "urged", "urges", "replied", "responded", "remarked", "recalled", "admitted",
  "cautioned", "estimated", "predicted", "promised", "pledged", "vowed", "indicated", "mentioned", "revealed",
  "reiterated", "repeated", "insisting", "adding", "noting", "warning", "stating", "describing", "accused",
  "charged", "contended", "maintained", "maintains", "suggested", "hoped", "agreed", "denied", "demanded",
] as const;

/** Verbs that end a quotation by default ("…,” he said), i.e. that can stand after their speaker in inversion. */
export const INVERSION_VERBS = ["said", "says", "added", "continued", "asked", "wrote", "stated", "noted", "explained", "told", "warned", "insisted", "replied"] as const;

/** "according to X" and its variants: the attribution comes before the speaker. */
export const ACCORDING_TO = /\b(?:according to|per)\s+/gi;

const verbAlternation = [...new Set(REPORTING_VERBS)].sort((a, b) => b.length - a.length).join("|");

/** A reporting verb as a whole word, possibly after an auxiliary ("has said", "had told"). */
export function reportingVerbPattern(): RegExp {
  // Case-sensitive: "the United States" holds no verb "states".
  return new RegExp(`\\b(?:${verbAlternation})\\b`, "g");
}
