import { Link } from "@/components/site-link";
import type { CorrectionKindOption } from "@/lib/data/pages/corrections-page";

export type CorrectionKindFilterProps = { options: readonly CorrectionKindOption[] };

/** Links to every correction or those to one kind of record, with how many each has; plain links, so it works without scripts. */
export function CorrectionKindFilter({ options }: CorrectionKindFilterProps) {
  if (options.length <= 2) return null;
  return (
    <nav aria-label="Corrections by kind of record" className="no-print mb-4">
      <ul className="flex flex-wrap gap-2 text-sm">
        {options.map((option) => (
          <li key={option.href}>
            <Link
              href={option.href}
              aria-current={option.isCurrent ? "page" : undefined}
              className={`inline-block rounded border px-2.5 py-1 no-underline ${option.isCurrent ? "border-ink bg-ink text-bg" : "border-rule bg-surface hover:border-current"}`}
            >
              {option.label} <span className={option.isCurrent ? "" : "text-muted"}>{option.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
