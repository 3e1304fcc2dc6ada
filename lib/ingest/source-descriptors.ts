/**
 * How news prose describes a speaker it does not name: "a senior Hamas official", "two Egyptian
 * security sources", "an Arab source familiar with the negotiations". The head nouns are data.
 */
export const SOURCE_NOUNS = [
  "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "diplomat", "diplomats",
  "negotiator", "negotiators", "mediator", "mediators", "representative", "representatives", "minister", "aide",
  "aides", "adviser", "advisers", "advisor", "insider", "insiders", "analyst", "analysts", "person", "people",
  "leader", "leaders", "member", "members", "commander", "commanders", "officer", "officers", "delegation",
] as const;

/** Words that open a description of an unnamed speaker. */
const DETERMINERS = "a|an|the|two|three|four|five|several|some|one|many|other|senior|unnamed";
/** A modifier word, but not a preposition or conjunction ("an assessment of Israeli official data" is no source). */
const MODIFIER = "(?!(?:of|for|in|on|from|with|and|or|to|by|at|that|who|which|a|an|the|while|when|as|but|however|although|though|meanwhile|since|after|before|still|yet)\\s)[\\p{L}’'.-]+\\s+";

/** Tails that say what the source knows: "familiar with the talks", "briefed on the negotiations". */
const KNOWLEDGE_TAIL =
  "(?:\\s*,?\\s+(?:familiar with|close to|briefed on|involved in|directly involved in|with knowledge of|knowledgeable about|privy to|who spoke on condition of anonymity|speaking on condition of anonymity)(?:\\s+[\\p{L}’'-]+){1,4})?";

const nouns = [...SOURCE_NOUNS].sort((a, b) => b.length - a.length).join("|");

/**
 * A description of an unnamed speaker ending where the match ends: determiner, up to four modifiers
 * (nationality, organisation, rank) and a head noun, optionally a knowledge tail.
 */
export const DESCRIPTOR_AT_END = new RegExp(
  `(?:^|[\\s(,;:])((?:(?:${DETERMINERS})\\s+)?(?:${MODIFIER}){0,4}?(?:${nouns})${KNOWLEDGE_TAIL})\\s*$`,
  "iu",
);

/** A description at the start of a text (for "according to a source briefed on the talks"). */
export const DESCRIPTOR_AT_START = new RegExp(
  `^((?:${DETERMINERS})\\s+(?:${MODIFIER}){0,4}?(?:${nouns})${KNOWLEDGE_TAIL})(?=$|[\\s,.;:])`,
  "iu",
);

/** Anaphora for a described speaker: "the official", "the sources", "the spokesman". */
export const DESCRIBED_ANAPHOR = new RegExp(`^(?:the|this|that|these|those)\\s+(?:${nouns})$`, "i");

/** Head noun of a description, for resolving "the official" to the last official described. */
export function headNoun(description: string): string | undefined {
  const words = description.toLowerCase().split(/[\s,]+/);
  const known = new Set<string>(SOURCE_NOUNS);
  return words.find((word) => known.has(word));
}
