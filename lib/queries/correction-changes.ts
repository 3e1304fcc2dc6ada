import { mapChangeLeaves, valueChanges, type ValueChange, type ValueLeaf } from "../format/correction-value";
import { sourceHref } from "../format/quote-anchor";
import type { Correction } from "../schema/correction";
import { retiredBy } from "./correction-index";
import type { DatasetIndex } from "./dataset-index";
import { recordHref, recordLabel, type RecordLinkIndex } from "./record-link";

/** A piece of a changed value as readers see it: text, a record by name (linked), or a quoted passage with its article. */
export type ChangeLeaf =
  | { kind: "text"; text: string }
  | { kind: "link"; text: string; href: string }
  | { kind: "quote"; quote: string; articleTitle: string; href?: string };

export type CorrectionChangePart = ValueChange<ChangeLeaf>;

type ChangeIndex = RecordLinkIndex & Pick<DatasetIndex, "corrections">;

function resolveLeaf(leaf: ValueLeaf, index: ChangeIndex): ChangeLeaf {
  switch (leaf.kind) {
    case "text":
      return leaf;
    case "ref": {
      const label = recordLabel(index, leaf.recordKind, leaf.id);
      if (label !== undefined) return { kind: "link", text: label, href: recordHref(leaf.recordKind, leaf.id) };
      // A record a correction merged or removed keeps its address (a notice); an id never in the data is only text.
      return retiredBy(index.corrections, leaf.recordKind, leaf.id) ? { kind: "link", text: leaf.id, href: recordHref(leaf.recordKind, leaf.id) } : { kind: "text", text: leaf.id };
    }
    case "source": {
      const article = index.articles.get(leaf.articleId);
      return article ? { kind: "quote", quote: leaf.quote, articleTitle: article.title, href: sourceHref(article.id, leaf.quote) } : { kind: "quote", quote: leaf.quote, articleTitle: leaf.articleId };
    }
  }
}

/** What a correction changed, only the parts that differ, with ids shown as the records' names. */
export function correctionChanges(correction: Pick<Correction, "field" | "before" | "after">, index: ChangeIndex): CorrectionChangePart[] {
  return valueChanges(correction.field, correction.before, correction.after).map((change) => mapChangeLeaves(change, (leaf) => resolveLeaf(leaf, index)));
}
