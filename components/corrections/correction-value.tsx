import { Link } from "@/components/site-link";
import type { ShownValue } from "@/lib/format/correction-value";
import type { ChangeLeaf } from "@/lib/queries/correction-changes";

/** A piece of a value: text, a record by its name (linked), or a passage quoted with its article. */
function Leaf({ leaf }: { leaf: ChangeLeaf }) {
  switch (leaf.kind) {
    case "text":
      return leaf.text === "" ? <span className="italic text-muted">(empty)</span> : <>{leaf.text}</>;
    case "link":
      return (
        <Link href={leaf.href} className="underline">
          {leaf.text}
        </Link>
      );
    case "quote":
      return (
        <>
          <q className="correction-quote">{leaf.quote}</q>{" "}
          <span className="font-sans text-sm text-muted">
            ({leaf.href ? <Link href={leaf.href}>{leaf.articleTitle}</Link> : leaf.articleTitle})
          </span>
        </>
      );
  }
}

/** A value as stored: a list as a list, an object as its fields, a missing value as "(none)". */
export function CorrectionValue({ value }: { value: ShownValue<ChangeLeaf> }) {
  switch (value.kind) {
    case "none":
      return <span className="italic text-muted">(none)</span>;
    case "leaf":
      return <Leaf leaf={value.leaf} />;
    case "list":
      return value.items.length === 1 ? (
        <CorrectionValue value={value.items[0]!} />
      ) : (
        <ul className="correction-value-list">
          {value.items.map((item, index) => (
            <li key={index}>
              <CorrectionValue value={item} />
            </li>
          ))}
        </ul>
      );
    case "fields":
      return (
        <ul className="correction-value-fields">
          {value.fields.map((field) => (
            <li key={field.label}>
              <span className="font-sans text-sm font-semibold text-muted">{field.label}: </span>
              <CorrectionValue value={field.value} />
            </li>
          ))}
        </ul>
      );
  }
}
