// Lists and singular/plural words in British English, from the platform's Intl rather than by hand.
// Built once: constructing Intl formatters is far slower than using them.
const LOCALE = "en-GB";
const AND_LIST = new Intl.ListFormat(LOCALE, { style: "long", type: "conjunction" });
const OR_LIST = new Intl.ListFormat(LOCALE, { style: "long", type: "disjunction" });
const PLURAL_RULES = new Intl.PluralRules(LOCALE);
const NUMBER = new Intl.NumberFormat(LOCALE);

/** "a", "a and b", "a, b and c": British style, no comma before "and". Empty for no items. */
export function joinAnd(items: readonly string[]): string {
  return AND_LIST.format(items);
}

/** "a", "a or b", "a, b or c". Empty for no items. */
export function joinOr(items: readonly string[]): string {
  return OR_LIST.format(items);
}

/** The singular or the plural form that agrees with `count`: `pluralWord(1, "entry", "entries")` is "entry". */
export function pluralWord(count: number, one: string, other: string): string {
  return PLURAL_RULES.select(count) === "one" ? one : other;
}

/** The count, grouped as en-GB writes it, and the form that agrees with it: "1 entry", "1,234 entries". */
export function countNoun(count: number, one: string, other: string): string {
  return `${NUMBER.format(count)} ${pluralWord(count, one, other)}`;
}
