import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseStoredValue, valueChanges, type ShownValue, type ValueChange, type ValueLeaf } from "@/lib/format/correction-value";
import { STATUS_LABELS } from "@/lib/format/labels";
import { CorrectionSchema, type Correction } from "@/lib/schema/correction";

// Cases are real entries of data/corrections.json; what each should show is worked out here from the
// entry's own JSON (set arithmetic on its lists and keys), not from the code under test.
const CORRECTIONS = z.array(CorrectionSchema).parse(JSON.parse(readFileSync(path.join(process.cwd(), "data", "corrections.json"), "utf8")));
const entry = (id: string): Correction => {
  const found = CORRECTIONS.find((c) => c.id === id);
  if (!found) throw new Error(`data/corrections.json has no entry ${id}: pick another real case`);
  return found;
};
const changesOf = (c: Correction) => valueChanges(c.field, c.before, c.after);
const json = (text: string | undefined) => JSON.parse(text!) as unknown;
type Source = { articleId: string; quote: string };

/** Every leaf in a change, flattened, to ask what shows and what does not. */
function leaves(changes: ValueChange<ValueLeaf>[]): ValueLeaf[] {
  const of = (value: ShownValue<ValueLeaf>): ValueLeaf[] =>
    value.kind === "leaf" ? [value.leaf] : value.kind === "list" ? value.items.flatMap(of) : value.kind === "fields" ? value.fields.flatMap((f) => of(f.value)) : [];
  return changes.flatMap((c) => (c.kind === "list" ? [...c.removed, ...c.added].flatMap(of) : [c.before, c.after].flatMap(of)));
}
const quotes = (changes: ValueChange<ValueLeaf>[]) => leaves(changes).flatMap((leaf) => (leaf.kind === "source" ? [leaf.quote] : []));

describe("valueChanges on lists of ids", () => {
  it.each([
    ["2025-06-netanyahu-progress-claim-disputed-actorids", "actor"],
    ["2025-07-08-second-netanyahu-trump-meeting-proposalids", "proposal"],
    ["january-2025-phased-deal-proposerids", "actor"],
  ] as const)("%s: only the ids taken out or put in, as %s references", (id, recordKind) => {
    const c = entry(id);
    const field = c.field!;
    // proposerIds is stored inside an object ({"proposerIds": [...]}), the others as the list itself.
    const list = (text: string | undefined) => {
      const value = json(text);
      return (Array.isArray(value) ? value : (value as Record<string, string[]>)[field]) as string[];
    };
    const [before, after] = [list(c.before), list(c.after)];
    const change = changesOf(c).find((part) => part.kind === "list");
    // Where the list sits beside other keys it is named; on its own the sentence names it.
    expect(change?.label).toBe(Array.isArray(json(c.before)) ? undefined : "Who proposed it");
    expect(change).toMatchObject({
      kind: "list",
      removed: before.filter((x) => !after.includes(x)).map((x) => ({ kind: "leaf", leaf: { kind: "ref", recordKind, id: x } })),
      added: after.filter((x) => !before.includes(x)).map((x) => ({ kind: "leaf", leaf: { kind: "ref", recordKind, id: x } })),
    });
  });

  it("january-2025-phased-deal-proposerids: a key only one side has is a part of its own, named", () => {
    const changes = changesOf(entry("january-2025-phased-deal-proposerids"));
    expect(changes.find((part) => part.kind === "replaced")).toEqual({
      kind: "replaced",
      label: "Kind",
      before: { kind: "none" },
      after: { kind: "leaf", leaf: { kind: "text", text: (json(entry("january-2025-phased-deal-proposerids").after) as { kind: string }).kind } },
    });
  });
});

describe("valueChanges on lists of sources", () => {
  it.each(["donald-trump-sources", "ansari-cnn-2025-06-25-sources", "january-2025-phased-deal-sources", "2023-10-07-hamas-led-attack-sources"])(
    "%s: the passages removed and added, and none of those kept",
    (id) => {
      const c = entry(id);
      const [before, after] = [json(c.before) as Source[], json(c.after) as Source[]];
      const has = (list: Source[], s: Source) => list.some((o) => o.articleId === s.articleId && o.quote === s.quote);
      const removed = before.filter((s) => !has(after, s));
      const added = after.filter((s) => !has(before, s));
      const changes = changesOf(c);
      expect(changes).toHaveLength(1);
      expect(changes[0]).toEqual({
        kind: "list",
        removed: removed.map((s) => ({ kind: "leaf", leaf: { kind: "source", ...s } })),
        added: added.map((s) => ({ kind: "leaf", leaf: { kind: "source", ...s } })),
      });
      for (const kept of before.filter((s) => has(after, s))) expect(quotes(changes)).not.toContain(kept.quote);
    },
  );
});

describe("valueChanges on objects", () => {
  it.each([
    "ansari-welcomes-un-resolution-2024-03-26-date",
    "2023-10-israeli-offensive-in-gaza-date",
    "witkoff-plan-may-2025-date",
    "oct7-deaths-approx-1200-sources",
    "us-60-day-framework-july-2025-provisions",
    "us-60-day-framework-july-2025-provisions-prisonerreleases",
  ])("%s: a part for each key whose value differs, and none for the keys that are the same", (id) => {
    const c = entry(id);
    const [before, after] = [json(c.before) as Record<string, unknown>, json(c.after) as Record<string, unknown>];
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const differing = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !same(before[key], after[key]));
    const changes = changesOf(c);
    // Each differing key is named by the part (or parts, a level down) that shows it.
    expect(changes.length).toBeGreaterThanOrEqual(differing.length);
    const shownText = JSON.stringify(changes);
    for (const key of Object.keys(before).filter((k) => same(before[k], after[k]))) {
      // Long values kept as they were must not show (short ones, like a date, may recur inside what changed).
      const kept = JSON.stringify(before[key]);
      if (kept.length > 40) expect(shownText, `${id}: ${key} is unchanged`).not.toContain(kept.slice(1, -1).slice(0, 40));
    }
  });

  it("ansari-welcomes-un-resolution-2024-03-26-date: the date's own parts, each named, with before and after", () => {
    const c = entry("ansari-welcomes-un-resolution-2024-03-26-date");
    const [before, after] = [json(c.before) as Record<string, string>, json(c.after) as Record<string, string>];
    const text = (value: string | undefined): ShownValue<ValueLeaf> => (value === undefined ? { kind: "none" } : { kind: "leaf", leaf: { kind: "text", text: value } });
    // Days are written out, as on the rest of the site.
    const day = (value: string | undefined) => text(value && new Date(`${value}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }));
    expect(changesOf(c)).toEqual([
      { kind: "replaced", label: "Date", before: day(before.date), after: day(after.date) },
      { kind: "replaced", label: "How precisely the date is known", before: text(before.precision), after: text(after.precision) },
      { kind: "replaced", label: "Earliest day", before: day(before.earliest), after: day(after.earliest) },
      { kind: "replaced", label: "Latest day", before: day(before.latest), after: day(after.latest) },
      { kind: "replaced", label: "Date as shown", before: text(before.dateLabel), after: text(after.dateLabel) },
    ]);
  });

  it("2025-07-07-netanyahu-trump-washington-meeting-datenote: an object holding only the corrected field needs no label", () => {
    const c = entry("2025-07-07-netanyahu-trump-washington-meeting-datenote");
    const [before, after] = [json(c.before) as { dateNote: string }, json(c.after) as { dateNote: string }];
    expect(changesOf(c)).toEqual([
      { kind: "replaced", before: { kind: "leaf", leaf: { kind: "text", text: before.dateNote } }, after: { kind: "leaf", leaf: { kind: "text", text: after.dateNote } } },
    ]);
  });

  it("witkoff-plan-may-2025-statushistory: a history that keeps its length is compared step by step, kept notes left out", () => {
    const c = entry("witkoff-plan-may-2025-statushistory");
    type Step = Record<string, string>;
    const [before, after] = [(json(c.before) as { statusHistory: Step[] }).statusHistory, (json(c.after) as { statusHistory: Step[] }).statusHistory];
    const changes = changesOf(c);
    for (const [i, step] of before.entries()) {
      const keys = [...new Set([...Object.keys(step), ...Object.keys(after[i]!)])].filter((key) => step[key] !== after[i]![key]);
      // The history is the corrected field, so its steps are named by their status, in words.
      const stepName = STATUS_LABELS[step.status as keyof typeof STATUS_LABELS];
      for (const key of keys) expect(changes.some((part) => part.label?.startsWith(`${stepName} › `)), `${step.status}: ${key}`).toBe(true);
      if (step.note === after[i]!.note) expect(JSON.stringify(changes)).not.toContain(JSON.stringify(step.note));
    }
  });
});

describe("valueChanges with one side missing or plain text", () => {
  it("netanyahu-refused-second-stage-2025-03-removed: a removed record shows whole, before only", () => {
    const c = entry("netanyahu-refused-second-stage-2025-03-removed");
    const [change] = changesOf(c);
    expect(change?.kind).toBe("replaced");
    if (change?.kind !== "replaced") return;
    expect(change.after).toEqual({ kind: "none" });
    expect(change.before.kind).toBe("fields");
    if (change.before.kind === "fields") expect(change.before.fields).toHaveLength(Object.keys(json(c.before) as object).length);
  });

  it.each([
    ["israeli-senior-security-source-organisationid", "actor"],
    ["gaza-deaths-over-57000-2025-07-09-eventid", "event"],
  ] as const)("%s: an id stored as plain text is a %s reference; a side the entry leaves out is none", (id, recordKind) => {
    const c = entry(id);
    const after: ShownValue<ValueLeaf> = c.after === undefined ? { kind: "none" } : { kind: "leaf", leaf: { kind: "text", text: c.after } };
    expect(changesOf(c)).toEqual([{ kind: "replaced", before: { kind: "leaf", leaf: { kind: "ref", recordKind, id: c.before } }, after }]);
  });

  it("us-deems-hamas-reply-unacceptable-2025-05-topics: topics are named as the provisions they are", () => {
    const c = entry("us-deems-hamas-reply-unacceptable-2025-05-topics");
    const shown = leaves(changesOf(c)).map((leaf) => (leaf.kind === "text" ? leaf.text : ""));
    expect(shown).toEqual(["Release schedule", "When the truce ends"].filter((_, i) => (json(c.before) as string[])[i] !== undefined));
  });

  it("plain text stays as written, and text that only looks like JSON too", () => {
    expect(valueChanges("venue", "Doha", "not stated")).toEqual([
      { kind: "replaced", before: { kind: "leaf", leaf: { kind: "text", text: "Doha" } }, after: { kind: "leaf", leaf: { kind: "text", text: "not stated" } } },
    ]);
    expect(parseStoredValue("[sic] as printed")).toBe("[sic] as printed");
    expect(parseStoredValue('{"date": "2025-05-31"')).toBe('{"date": "2025-05-31"');
  });
});
