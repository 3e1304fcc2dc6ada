/**
 * Words around a date expression that change how it resolves. Data, not code. A weekday or month
 * without a year is in the past by default (news reports what happened); these cues put it ahead.
 */
export const FUTURE_CUES =
  /\b(?:will|would|shall|is expected to|are expected to|expected to|is due to|are due to|due to|scheduled (?:to|for)|set to|plans? to|planning to|going to|upcoming|coming|later this|next|tomorrow|intends? to|hopes? to)\b/i;

/** A part of a month: "late May" is a month-precision date with a label. */
export const MONTH_PART = /\b(early|mid|late|the end of|the beginning of|the start of|the middle of)[\s-]+(?:of\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b/gi;

/** Dates counted from the last date the text gave ("a day earlier" than the remarks just reported). */
export const ANCHORED_RELATIVE =
  /\b(?:(a|one|two|three|four|five|six|\d+)\s+days?\s+(earlier|later|before|after)|the\s+(day before|previous day|next day|following day|day after))\b/gi;

/** "the same day", "that day": the date last given. */
export const SAME_DAY = /\b(?:the same day|that same day|that day|on the same day)\b/gi;

/** A year on its own: "in 2014", "the 2014 Gaza conflict". */
export const BARE_YEAR = /\b(?:in|since|of|the|by|until|from|during|early|late)\s+((?:19|20)\d{2})\b(?![-–]\d)/gi;

/** Month names following "last year"/"this year": "October last year". */
export const YEAR_AFTER_MONTH = /^\s*(?:of\s+)?(last|this|next)\s+year\b/i;

export const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * Dates this conflict's reporting names without a year: "the Oct. 7 attack" is 7 October 2023 in any
 * article after it, not the latest 7 October before publication.
 */
export const KNOWN_DAYS: readonly { pattern: RegExp; date: string; note: string }[] = [
  { pattern: /^(?:Oct\.?|October)\s+7(?:th)?$|^7(?:th)?\s+(?:of\s+)?October$/i, date: "2023-10-07", note: "the attack of 7 October 2023, which this conflict's reporting names without a year" },
];
