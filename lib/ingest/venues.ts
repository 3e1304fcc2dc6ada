/**
 * Where words were said, as the text states it: "told Al Jazeera", "in a statement", "told reporters in
 * Doha", "at a press conference". Ordered: the first pattern that matches the attribution wins. Data,
 * not code. A venue is never guessed: no match means `venueStated: false`.
 */
const NAME = "(?:[A-Z][\\p{L}’'.&-]*|al-[\\p{L}]+|of|the|de)(?:\\s+(?:[A-Z][\\p{L}’'.&-]*|al-[\\p{L}-]+|of|the|de|\\d+))*";
const CITY = "(?:\\s+(?:in|from)\\s+[A-Z][\\p{L}-]+)?";

export const VENUE_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b(?:told|telling|tells)\\s+(?:a|an|the)?\\s*(?:[A-Z][\\p{L}-]+\\s+)?(?:press|news)\\s+conference${CITY}`, "u"),
  new RegExp(`\\b(?:at|during)\\s+(?:a|an|the)\\s+(?:[A-Z][\\p{L}-]+\\s+)?(?:press|news)\\s+(?:conference|briefing)${CITY}`, "u"),
  new RegExp(`\\b(?:told|telling|tells)\\s+(?:reporters|journalists|the press|lawmakers|parliament|a briefing)${CITY}`, "u"),
  // "told CNN", "told the Saudi newspaper Asharq Al-Awsat": to the next clause boundary, with a capital in it.
  /\b(?:told|telling|tells)\s+(?=[^,.:;“"]*?[A-Z])(?:[^\s,.:;“"]+\s*){1,7}?(?=\s*(?:[,.:;“"]|\bthat\b|\bon\b|\babout\b|\bin\b|$))/u,
  new RegExp(`\\bconfirmed\\s+to\\s+(?:the\\s+)?${NAME}`, "u"),
  new RegExp(`\\b(?:[Ss]peaking|[Ss]poke|[Ss]peaks)\\s+(?:from|at)\\s+(?:the\\s+)?${NAME}(?:\\s+(?:summit|conference|meeting|forum))?(?:\\s+in\\s+${NAME})?`, "u"),
  new RegExp(`\\b(?:[Ss]peaking|[Ss]poke|[Ss]peaks)\\s+(?:with|to)\\s+(?:the\\s+)?(?:[a-z][\\p{L}-]*\\s+){0,3}?${NAME}`, "u"),
  new RegExp(`\\bin\\s+an\\s+interview\\s+with\\s+(?:the\\s+)?${NAME}`, "u"),
  /\bin\s+a\s+(?:joint\s+|written\s+|brief\s+|televised\s+|video\s+)?(?:statement|speech|address|interview|post|letter|briefing)(?:\s+(?:on|to|in)\s+[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*)?/u,
  /\b(?:on|to)\s+(?:X|Twitter|Telegram|Facebook|Instagram|social media|state television|television|radio)\b/u,
  new RegExp(`\\b(?:wrote|posted)\\s+(?:on|in)\\s+${NAME}`, "u"),
  /\bspoke on (?:the )?condition of anonymity\b/u,
];

/** The venue stated in an attribution, or undefined. */
export function findVenue(attribution: string): string | undefined {
  for (const pattern of VENUE_PATTERNS) {
    const match = pattern.exec(attribution);
    if (match) return match[0].trim().replace(/[\s,.;:]+$/, "");
  }
  return undefined;
}
