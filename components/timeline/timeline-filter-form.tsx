import { Link } from "@/components/site-link";
import { formatShortDate } from "@/lib/format/format-date";
import { TYPE_LABELS } from "@/lib/format/labels";
import { pluralWord } from "@/lib/format/words";
import { MAX_QUERY_LENGTH, type TimelineView } from "@/lib/params/timeline-params";
import type { ActorFilterOption, ActorFilterOptions } from "@/lib/queries/actor-filter-options";
import type { TypeFilterOption } from "@/lib/data/pages/timeline-page";
import { FilterFormShell } from "./filter-form-shell";


export type TimelineFilterFormProps = {
  view: TimelineView;
  actorOptions: ActorFilterOptions;
  /** Event types first, then statements and figures. */
  typeOptions: { events: readonly TypeFilterOption[]; other: readonly TypeFilterOption[] };
  /** First and last date in the record, as a hint beside the date inputs. */
  span: { first?: string; last?: string };
  activeCount: number;
};

const fieldsetClass = "space-y-2";
const legendClass = "mb-2 font-serif text-lg font-bold";
const checkRowClass = "flex cursor-pointer items-start gap-2 rounded px-1 py-0.5 hover:bg-surface-2";
const inputClass = "w-full rounded border border-rule bg-surface px-3 py-2 text-ink";

function Count({ value }: { value: number }) {
  return (
    <span className="ml-auto pl-2 text-sm tabular-nums text-muted">
      <span className="sr-only">(</span>
      {value}
      <span className="sr-only"> {pluralWord(value, "entry", "entries")})</span>
    </span>
  );
}

function ActorCheckbox({ option, selected }: { option: ActorFilterOption; selected: ReadonlySet<string> }) {
  return (
    <label className={checkRowClass}>
      <input type="checkbox" name="actor" value={option.id} defaultChecked={selected.has(option.id)} className="mt-1 h-4 w-4 shrink-0 accent-[var(--ink)]" />
      <span aria-hidden="true" className="mt-1.5 inline-block h-2.5 w-2.5 shrink-0 rounded-full" style={{ backgroundColor: option.colour }} />
      <span className="min-w-0">{option.name}</span>{" "}
      <Count value={option.count} />
    </label>
  );
}

function TypeCheckbox({ option, selected }: { option: TypeFilterOption; selected: ReadonlySet<string> }) {
  return (
    <label className={checkRowClass}>
      <input type="checkbox" name="type" value={option.type} defaultChecked={selected.has(option.type)} className="mt-1 h-4 w-4 shrink-0 accent-[var(--ink)]" />
      <span>{TYPE_LABELS[option.type]}</span>{" "}
      <Count value={option.count} />
    </label>
  );
}

/**
 * The timeline's filters as a plain GET form: search text, actors (grouped, with their colours),
 * types and dates, and an Apply button for readers without JavaScript.
 */
export function TimelineFilterForm({ view, actorOptions, typeOptions, span, activeCount }: TimelineFilterFormProps) {
  const selectedActors = new Set(view.actorIds);
  const selectedTypes = new Set<string>(view.types);
  const values: Record<string, string[]> = {
    q: view.q ? [view.q] : [],
    actor: view.actorIds,
    type: view.types,
    from: view.from ? [view.from] : [],
    to: view.to ? [view.to] : [],
    order: [view.order],
  };
  const summary = activeCount > 0 ? `Filters · ${activeCount} active` : "Filters";

  return (
    <FilterFormShell summary={summary} values={values}>
      <div>
        <label htmlFor="timeline-q" className={legendClass + " block"}>
          Search
        </label>
        <input
          id="timeline-q"
          type="search"
          name="q"
          defaultValue={view.q ?? ""}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          aria-describedby="timeline-q-hint"
          className={inputClass}
        />
        <p id="timeline-q-hint" className="mt-1 text-sm text-muted">
          Titles, summaries, quotes and actor names; every word must appear.
        </p>
      </div>

      <fieldset className={fieldsetClass} aria-describedby="timeline-actor-hint">
        <legend className={legendClass}>Actors</legend>
        <p id="timeline-actor-hint" className="text-sm text-muted">
          Entries naming any of those chosen. An organisation includes its people and bodies.
        </p>
        {actorOptions.groups.map((group) => (
          <fieldset key={group.key} className="pt-2">
            <legend className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">{group.label}</legend>
            <ul className="space-y-0.5">
              {group.options.map((option) => (
                <li key={option.id}>
                  <ActorCheckbox option={option} selected={selectedActors} />
                  {option.members.length > 0 ? (
                    <details className="ml-7" open={option.members.some((m) => selectedActors.has(m.id)) || undefined}>
                      <summary className="cursor-pointer rounded px-1 text-sm text-muted hover:text-ink">
                        People and bodies of {option.name} ({option.members.length})
                      </summary>
                      <ul className="mt-1 space-y-0.5">
                        {option.members.map((member) => (
                          <li key={member.id}>
                            <ActorCheckbox option={member} selected={selectedActors} />
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
        {actorOptions.omitted > 0 ? (
          <p className="text-sm text-muted">
            {actorOptions.omitted} more actors with fewer entries are not listed; open one from the{" "}
            <Link href="/actors">Actors page</Link>.
          </p>
        ) : null}
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Type</legend>
        {[
          { label: "Events", options: typeOptions.events },
          { label: "Words and figures", options: typeOptions.other },
        ].map((group, i) => (
          <fieldset key={group.label} className={i > 0 ? "pt-2" : undefined}>
            <legend className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">{group.label}</legend>
            <ul className="space-y-0.5">
              {group.options.map((option) => (
                <li key={option.type}>
                  <TypeCheckbox option={option} selected={selectedTypes} />
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </fieldset>

      <fieldset className={fieldsetClass} aria-describedby="timeline-dates-hint">
        <legend className={legendClass}>Dates</legend>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1">
          <div>
            <label htmlFor="timeline-from" className="block text-sm font-medium">From</label>
            <input id="timeline-from" type="date" name="from" defaultValue={view.from ?? ""} className={inputClass} />
          </div>
          <div>
            <label htmlFor="timeline-to" className="block text-sm font-medium">To</label>
            <input id="timeline-to" type="date" name="to" defaultValue={view.to ?? ""} className={inputClass} />
          </div>
        </div>
        <p id="timeline-dates-hint" className="text-sm text-muted">
          Both days included.
          {span.first && span.last ? ` The record runs from ${formatShortDate(span.first)} to ${formatShortDate(span.last)}.` : ""}
        </p>
      </fieldset>

      {/* Keeps the chosen order when the form is submitted without JavaScript. */}
      <input type="hidden" name="order" defaultValue={view.order} />

      <button type="submit" className="rounded bg-ink px-5 py-2 font-medium text-bg hover:opacity-90">
        Apply filters
      </button>
    </FilterFormShell>
  );
}
