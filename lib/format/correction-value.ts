/**
 * A correction's before/after as a reader reads it. The log stores structured values as JSON text
 * (`["israel","hamas"]`, a list of sources, a date with its precision); shown raw they read as code.
 * Plain text stays as it is.
 */
export function readableValue(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith("[") && !trimmed.startsWith("{")) return text;
  try {
    return describe(JSON.parse(trimmed) as unknown);
  } catch {
    return text;
  }
}

/** "dateLabel" → "date label": field names in words. */
function fieldWords(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isSource(value: unknown): value is { articleId: string; quote: string } {
  return typeof value === "object" && value !== null && "articleId" in value && "quote" in value;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return "(none)";
  if (typeof value === "string") return value;
  if (typeof value !== "object") return String(value);
  if (isSource(value)) return `“${value.quote}” (${value.articleId})`;
  if (Array.isArray(value)) return value.length === 0 ? "(none)" : value.map(describe).join("; ");
  const entries = Object.entries(value);
  if (entries.length === 0) return "(none)";
  return entries.map(([key, inner]) => `${fieldWords(key)}: ${describe(inner)}`).join(" · ");
}
