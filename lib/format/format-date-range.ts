import { endOfMonth, format, parseISO } from "date-fns";

function isMonthStart(iso: string): boolean {
  return iso.endsWith("-01");
}

function isMonthEnd(iso: string): boolean {
  return format(endOfMonth(parseISO(iso)), "yyyy-MM-dd") === iso;
}

/**
 * A `from`–`to` range as compactly as it reads well: "Jun–Jul 2025" for whole months,
 * "3 Jun – 9 Jul 2025" otherwise, "from 1 Jun 2025" or "until 9 Jul 2025" when open-ended.
 */
export function formatDateRange(from: string | undefined, to: string | undefined): string | undefined {
  if (!from && !to) return undefined;
  if (!to) return `from ${format(parseISO(from!), "d MMM yyyy")}`;
  if (!from) return `until ${format(parseISO(to), "d MMM yyyy")}`;
  const start = parseISO(from);
  const end = parseISO(to);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  if (isMonthStart(from) && isMonthEnd(to)) {
    if (from.slice(0, 7) === to.slice(0, 7)) return format(start, "MMM yyyy");
    return sameYear ? `${format(start, "MMM")}–${format(end, "MMM yyyy")}` : `${format(start, "MMM yyyy")} – ${format(end, "MMM yyyy")}`;
  }
  if (from === to) return format(start, "d MMM yyyy");
  return sameYear ? `${format(start, "d MMM")} – ${format(end, "d MMM yyyy")}` : `${format(start, "d MMM yyyy")} – ${format(end, "d MMM yyyy")}`;
}
