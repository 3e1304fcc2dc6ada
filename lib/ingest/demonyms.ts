/**
 * Adjectives of nationality and the names they point to, so "two Egyptian security sources" can be tied
 * to Egypt and "a senior Qatari official" to Qatar. Data: extend as new countries appear.
 */
export const DEMONYMS: Readonly<Record<string, string>> = {
  american: "United States",
  "u.s.": "United States",
  us: "United States",
  israeli: "Israel",
  palestinian: "Palestinian Authority",
  egyptian: "Egypt",
  qatari: "Qatar",
  iranian: "Iran",
  saudi: "Saudi Arabia",
  jordanian: "Jordan",
  turkish: "Turkey",
  emirati: "United Arab Emirates",
  lebanese: "Lebanon",
  syrian: "Syria",
  british: "United Kingdom",
  french: "France",
  german: "Germany",
  russian: "Russia",
  chinese: "China",
  european: "European Union",
};

/** The text with each nationality adjective replaced by its country's name. */
export function expandDemonyms(text: string): string {
  return text.replace(/\b(?:U\.S\.|[\p{L}]+)/gu, (word) => DEMONYMS[word.toLowerCase()] ?? word);
}
