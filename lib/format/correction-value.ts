import { IsoDateSchema } from "../schema/primitives";
import { formatFactDate } from "./format-date";
import { PROVISION_LABELS, STATUS_LABELS } from "./labels";
import { correctionKeyLabel } from "./correction-labels";

/**
 * A correction's before/after as a reader reads it. The log stores structured values as JSON text (a list
 * of ids, of sources, a date with its precision, a whole provision); worded whole they make one long
 * paragraph in which the change is hard to find. So the two sides are compared: for lists, what was
 * taken out and what was put in; for objects, only the keys whose values differ. Plain text stays as it is.
 */

/** Record kinds an id in a stored value can name: shown as the record's name, linked. */
export type RefKind = "actor" | "event" | "proposal" | "article";

/** The smallest pieces of a value: text, a record's id, or a source (a passage of an article). */
export type ValueLeaf = { kind: "text"; text: string } | { kind: "ref"; recordKind: RefKind; id: string } | { kind: "source"; articleId: string; quote: string };

/** A value, shaped as it is stored. `L` is what its leaves are: `ValueLeaf` here, names and links once resolved. */
export type ShownValue<L> =
  | { kind: "none" }
  | { kind: "leaf"; leaf: L }
  | { kind: "list"; items: ShownValue<L>[] }
  | { kind: "fields"; fields: { label: string; value: ShownValue<L> }[] };

/** One part of what changed, named by `label` where it lies below the corrected field ("Date as shown"). */
export type ValueChange<L> =
  | { kind: "replaced"; label?: string; before: ShownValue<L>; after: ShownValue<L> }
  | { kind: "list"; label?: string; removed: ShownValue<L>[]; added: ShownValue<L>[] };

/** Keys whose values are ids, by the kind of record they name. */
const REF_KEYS: Record<string, RefKind> = {
  actorId: "actor",
  actorIds: "actor",
  speakerId: "actor",
  proposerIds: "actor",
  organisationId: "actor",
  reportedById: "actor",
  outletId: "actor",
  eventId: "event",
  eventIds: "event",
  proposalId: "proposal",
  proposalIds: "proposal",
  articleId: "article",
};

/** A stored value: JSON text parsed, anything else (broken JSON too) as the text it is. */
export function parseStoredValue(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (!trimmed.startsWith("[") && !trimmed.startsWith("{")) return text;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return text;
  }
}

function isSource(value: unknown): value is { articleId: string; quote: string } {
  return isObject(value) && typeof value.articleId === "string" && typeof value.quote === "string";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** JSON with keys sorted: two values are the same when these are. */
function stableText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableText).join(",")}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${stableText(value[key])}`).join(",")}}`;
  return JSON.stringify(value) ?? "undefined";
}

/** A key of a stored value in words: a provision by its name, a field as the log names it. */
function keyLabel(key: string): string {
  return PROVISION_LABELS[key as keyof typeof PROVISION_LABELS]?.label ?? correctionKeyLabel(key);
}

/** A value as it is stored, its ids marked as ids; `key` is the name it is stored under. */
export function shownValue(value: unknown, key?: string): ShownValue<ValueLeaf> {
  if (value === null || value === undefined) return { kind: "none" };
  if (Array.isArray(value)) return value.length === 0 ? { kind: "none" } : { kind: "list", items: value.map((item) => shownValue(item, key)) };
  if (isSource(value)) return { kind: "leaf", leaf: { kind: "source", articleId: value.articleId, quote: value.quote } };
  if (isObject(value)) {
    const entries = Object.entries(value);
    return entries.length === 0 ? { kind: "none" } : { kind: "fields", fields: entries.map(([inner, item]) => ({ label: keyLabel(inner), value: shownValue(item, inner) })) };
  }
  const text = String(value);
  const refKind = key === undefined ? undefined : REF_KEYS[key];
  if (refKind && text !== "") return { kind: "leaf", leaf: { kind: "ref", recordKind: refKind, id: text } };
  // Topics are provisions, stored by key.
  if (key === "topics") return { kind: "leaf", leaf: { kind: "text", text: keyLabel(text) } };
  // Days read as days ("26 March 2024"), as everywhere else on the site.
  if (IsoDateSchema.safeParse(text).success) return { kind: "leaf", leaf: { kind: "text", text: formatFactDate({ date: text, precision: "day" }) } };
  return { kind: "leaf", leaf: { kind: "text", text } };
}

/** The items of `from` that `other` does not hold, as many times as they are missing (lists may repeat). */
function missingFrom(from: readonly unknown[], other: readonly unknown[]): unknown[] {
  const left = other.map(stableText);
  return from.filter((item) => {
    const at = left.indexOf(stableText(item));
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

/** Lists of objects (a status history) that keep their length are compared item by item, named by their status or id. */
function itemName(item: unknown, position: number): string {
  if (isObject(item)) {
    if (typeof item.id === "string") return item.id;
    if (typeof item.status === "string") return STATUS_LABELS[item.status as keyof typeof STATUS_LABELS] ?? item.status;
  }
  return `item ${position + 1}`;
}

const join = (label: string | undefined, inner: string) => (label ? `${label} › ${inner}` : inner);

function diff(key: string | undefined, label: string | undefined, before: unknown, after: unknown, out: ValueChange<ValueLeaf>[]): void {
  if (stableText(before) === stableText(after)) return;
  if (Array.isArray(before) && Array.isArray(after)) {
    const isPaired = before.length === after.length && [...before, ...after].every((item) => isObject(item) && !isSource(item));
    if (isPaired) {
      before.forEach((item, i) => diff(key, join(label, itemName(item, i)), item, after[i], out));
      return;
    }
    const removed = missingFrom(before, after);
    const added = missingFrom(after, before);
    // The same items in another order: only the whole lists say what changed.
    if (removed.length === 0 && added.length === 0) out.push({ kind: "replaced", ...(label ? { label } : {}), before: shownValue(before, key), after: shownValue(after, key) });
    else out.push({ kind: "list", ...(label ? { label } : {}), removed: removed.map((item) => shownValue(item, key)), added: added.map((item) => shownValue(item, key)) });
    return;
  }
  if (isObject(before) && isObject(after) && !isSource(before) && !isSource(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const inner of keys) {
      // `{"dateNote": …}` for the field `dateNote`: the sentence above already names it.
      const isTheField = label === undefined && inner === key && keys.size === 1;
      const innerLabel = isTheField ? undefined : join(label, keyLabel(inner));
      diff(inner, innerLabel, before[inner], after[inner], out);
    }
    return;
  }
  out.push({ kind: "replaced", ...(label ? { label } : {}), before: shownValue(before, key), after: shownValue(after, key) });
}

/**
 * What a correction changed in `field`, part by part: only what differs between the stored `before` and
 * `after` (either may be missing: a field added or taken out, a record removed). Equal sides change nothing.
 */
export function valueChanges(field: string | undefined, before: string | undefined, after: string | undefined): ValueChange<ValueLeaf>[] {
  const out: ValueChange<ValueLeaf>[] = [];
  const key = field?.split(".").at(-1);
  const [old, now] = [parseStoredValue(before), parseStoredValue(after)];
  if (old === undefined && now === undefined) return out;
  // A field added or taken out, or a whole record: one side is all there is to show.
  if (old === undefined || now === undefined || old === "" || now === "") out.push({ kind: "replaced", before: shownValue(old, key), after: shownValue(now, key) });
  else diff(key, undefined, old, now, out);
  return out;
}

/** The same change with its leaves turned into something else (ids into names and links). */
export function mapChangeLeaves<A, B>(change: ValueChange<A>, map: (leaf: A) => B): ValueChange<B> {
  const value = (shown: ShownValue<A>): ShownValue<B> => {
    switch (shown.kind) {
      case "none":
        return shown;
      case "leaf":
        return { kind: "leaf", leaf: map(shown.leaf) };
      case "list":
        return { kind: "list", items: shown.items.map(value) };
      case "fields":
        return { kind: "fields", fields: shown.fields.map((field) => ({ label: field.label, value: value(field.value) })) };
    }
  };
  return change.kind === "replaced"
    ? { ...change, before: value(change.before), after: value(change.after) }
    : { ...change, removed: change.removed.map(value), added: change.added.map(value) };
}
