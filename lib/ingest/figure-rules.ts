/**
 * What figures in news prose count, as data an editor can read and extend. Each metric rule names the
 * words that must follow (or precede) a number for it to count that metric; the first rule that fits wins,
 * so the more specific come first ("28 of the hostages … confirmed dead" is dead before it is held).
 */
export type MetricRule = {
  metric:
    | "hostages-taken" | "hostages-held" | "hostages-alive" | "hostages-dead" | "hostages-of-concern"
    | "hostages-released" | "prisoners-released" | "people-displaced" | "deaths-gaza" | "deaths-israel-oct7";
  /** Must match the text from the number to the next number or the clause's end. */
  after?: RegExp;
  /** Must match the few words before the number. */
  before?: RegExp;
  /** Must match somewhere in the sentence. */
  sentence?: RegExp;
  /** Must not match the sentence. */
  unless?: RegExp;
};

const PEOPLE = "(?:hostages?|captives?|people|persons|Israelis|Palestinians|civilians|soldiers|troops|prisoners|detainees|children|women|men|others|more|of (?:the|them|whom))";
const OCT7 = /\b(?:October 7|7 October|Oct\.? 7|October 2023|on Israel|southern Israel|Israelis)\b/;
const GAZA = /\b(?:Gaza|Palestinians?|Gazans?)\b/;
/** A toll of one strike, night or day is not the cumulative death toll the metric tracks. */
const SINGLE_INCIDENT = /\b(?:overnight|since dawn|in the (?:past|last) \d+ hours|on (?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|(?:air ?)?strikes? (?:killed|on)|in (?:a|an|the) (?:strike|attack|raid|bombing|shelling))\b/i;

export const METRIC_RULES: readonly MetricRule[] = [
  { metric: "hostages-of-concern", before: /\bconcern (?:for|about|over) (?:the (?:condition|fate|lives|wellbeing|safety) of )?$/i },
  { metric: "hostages-released", after: /^\s*(?:\S+\s+){0,3}?(?:hostages|captives)\b[^.;]{0,40}?\b(?:released|freed|returned|were freed|have been released)\b/i },
  { metric: "hostages-released", before: /\b(?:released|freed|returned)\s+(?:\S+\s+){0,2}$/i, after: /^\s*(?:\S+\s+){0,2}(?:hostages|captives)\b/i },
  { metric: "hostages-alive", after: /^[^,.;:]*?\b(?:are|is|were|be|remain)\b[^,.;:]*?\balive\b/i },
  { metric: "hostages-alive", after: new RegExp(`^\\s*(?:living|live|surviving) (?:hostages|captives)\\b`, "i") },
  { metric: "hostages-dead", after: new RegExp(`^\\s*(?:${PEOPLE}\\b)?[^,.;:]*?\\b(?:dead|deceased|killed in captivity|bodies)\\b`, "i"), unless: /\b(?:killing|killed|deaths|fatalities|death toll)\b/i },
  { metric: "hostages-taken", before: /\b(?:kidnapp(?:ed|ing)|abduct(?:ed|ing)|seiz(?:ed|ing)|took|taking|captured|capturing)\s+(?:\S+\s+){0,2}$/i },
  { metric: "hostages-taken", after: new RegExp(`^\\s*${PEOPLE}\\s+(?:\\S+\\s+){0,3}?(?:(?:were|was|had been|have been)\\s+(?:kidnapped|abducted|seized|taken)|taken hostage|taken captive)\\b`, "i") },
  { metric: "prisoners-released", after: /^\s*(?:\S+\s+){0,3}?(?:prisoners|detainees|inmates)\b[^.;]{0,40}?\b(?:released|freed)\b/i },
  { metric: "prisoners-released", before: /\b(?:released|freed)\s+(?:\S+\s+){0,2}$/i, after: /^\s*(?:\S+\s+){0,2}(?:prisoners|detainees|inmates)\b/i },
  { metric: "people-displaced", after: /^\s*(?:\S+\s+){0,3}?(?:people|Palestinians|Gazans|residents|civilians)?\b[^.;]{0,80}?\b(?:displaced|fled their homes|forced from their homes)\b/i },
  { metric: "hostages-held", after: new RegExp(`^\\s*(?:${PEOPLE}\\b)[^.;]{0,50}?\\b(?:remain|remaining|held|holding|in captivity|captive|still in Gaza|believed to be in)\\b`, "i") },
  { metric: "hostages-held", after: /^\s*(?:are\s+)?(?:still\s+)?(?:remain|remains)\s+(?:in\s+(?:Gaza|captivity)|captive|held)\b/i },
  { metric: "hostages-held", before: /\b(?:holding|hold|holds|held)\s+(?:\S+\s+){0,2}$/i, after: /^\s*(?:hostages|captives|people|Israelis)\b/i },
  { metric: "deaths-israel-oct7", before: /\b(?:killing|killed|slaughtered|slaughtering|murdered|murdering)\s+(?:\S+\s+){0,2}$/i, sentence: OCT7, unless: /\bkill(?:ing|ed)\s+(?:\S+\s+){0,2}[\d,]+\s+(?:\S+\s+){0,3}in Gaza\b/i },
  { metric: "deaths-gaza", before: /\b(?:killing|killed|kills|death toll (?:of|at|to|has risen to|rose to|stands at|reached))\s+(?:\S+\s+){0,2}$/i, sentence: GAZA, unless: SINGLE_INCIDENT },
  { metric: "deaths-gaza", after: /^\s*(?:\S+\s+){0,2}?(?:deaths|fatalities|dead|people killed|killed|Palestinians killed|Palestinians have been killed|people have been killed)\b/i, sentence: GAZA, unless: SINGLE_INCIDENT },
  { metric: "deaths-israel-oct7", after: /^\s*(?:\S+\s+){0,2}?(?:people|Israelis)?\s*(?:were |had been )?(?:killed|dead|deaths)\b/i, sentence: OCT7 },
];

/** Words before a number that hedge it, in the dataset's qualifiers (longest first). */
export const QUALIFIER_WORDS: readonly { pattern: RegExp; qualifier: "over" | "at-least" | "approximately" | "nearly" | "up-to" }[] = [
  { pattern: /\b(?:more than|over|upwards of|in excess of|above|exceeding)\s+$/i, qualifier: "over" },
  { pattern: /\bat least\s+$/i, qualifier: "at-least" },
  { pattern: /\b(?:nearly|almost|close to|just under|fewer than|less than)\s+$/i, qualifier: "nearly" },
  { pattern: /\bup to\s+$/i, qualifier: "up-to" },
  { pattern: /\b(?:about|around|approximately|roughly|some|an estimated|estimated|circa|approx\.|an approximate)\s+$/i, qualifier: "approximately" },
];

/**
 * Terms of a deal, not figures of hostages held: conditional or planned releases ("50 hostages would be
 * freed", "Israel would release 150 prisoners", "the release of 10 live hostages" under a plan).
 */
export const DEAL_TERMS = /\b(?:would|will|shall|to be (?:freed|released|exchanged)|to release|proposal|proposed|plan|framework|offer|in return for|in exchange for|under the (?:deal|agreement|terms)|phased release|first phase|second phase|stages?|waves?)\b/i;

/** Numbers that are not counts: durations ("60-day"), ordinals, percentages, money, resolutions. */
export const NOT_A_COUNT_AFTER = /^(?:-|\s*(?:%|percent|per cent|days?\b|weeks?\b|months?\b|years?\b|hours?\b|km|kilomet|miles?\b|st\b|nd\b|rd\b|th\b|million dollars|billion))/i;
export const NOT_A_COUNT_BEFORE = /(?:\$|€|£|Resolution\s+|No\.\s*|phase\s+|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)$/i;

/** Number words news prose spells out. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
