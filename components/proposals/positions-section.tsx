import { Link } from "@/components/site-link";
import { joinOr } from "@/lib/format/words";
import { MEDIATORS_COLUMN, OTHERS_COLUMN, type ProvisionPositionsData } from "@/lib/queries/positions-data";
import { PositionStatement } from "./position-statement";

export type PositionsSectionProps = { positions: readonly ProvisionPositionsData[] };

function joinNames(names: readonly string[]): string {
  return joinOr(names);
}

/** Whose statements the "more" link opens. */
function moreLabel(columnId: string, name: string): string {
  if (columnId === MEDIATORS_COLUMN) return "the mediators’ statements";
  if (columnId === OTHERS_COLUMN) return "all statements";
  return `${name}’s statements`;
}

/**
 * Each side's stated positions on the contested provisions. The columns (each party, the
 * mediators, other sources) are the same for every provision, so a side reads straight down;
 * a side with nothing reported says so instead of leaving a gap.
 */
export function PositionsSection({ positions }: PositionsSectionProps) {
  return (
    <section aria-labelledby="positions-heading" className="mt-14">
      <h2 id="positions-heading" className="scroll-mt-4 font-serif text-2xl font-bold">
        Who objects to what
      </h2>
      <p className="mt-2 max-w-3xl text-muted">
        Positions the sources report on the provisions in the table, by the side the speaker speaks for, oldest first.
        Unnamed sources and officials who speak for no named side are under “Other sources”.
      </p>
      {positions.length === 0 ? (
        <p className="mt-6 text-muted">The sources report no positions on the rows shown.</p>
      ) : (
        <div className="mt-6 space-y-10">
          {positions.map((provision) => (
            <section
              key={provision.keys.join("-")}
              id={`positions-${provision.keys[0]}`}
              aria-labelledby={`positions-${provision.keys[0]}-heading`}
              className="scroll-mt-4"
              data-positions={provision.keys.join(" ")}
            >
              {/* Every merged row keeps an anchor, so the table's "Positions" links all land here. */}
              {provision.keys.slice(1).map((key) => (
                <span key={key} id={`positions-${key}`} className="block scroll-mt-4" />
              ))}
              <h3 id={`positions-${provision.keys[0]}-heading`} className="font-serif text-xl font-bold">
                {provision.label}
              </h3>
              <div className="positions-grid mt-3">
                {provision.columns.map((column) => (
                  <div
                    key={column.id}
                    className={`positions-side${column.statements.length === 0 ? " positions-side--empty" : ""}`}
                    style={{ borderTopColor: column.colour }}
                    data-side={column.id}
                  >
                    <h4 className="positions-side-name">{column.name}</h4>
                    {column.statements.length === 0 ? (
                      <p className="mt-1 text-sm text-muted">
                        No position reported in the sources{column.silent.length > 1 ? ` for ${joinNames(column.silent)}` : ""}.
                      </p>
                    ) : (
                      <div className="mt-2 space-y-4">
                        {column.statements.map((statement) => (
                          <PositionStatement key={statement.id} statement={statement} side={column.id === "mediators" ? statement.sideName : undefined} />
                        ))}
                      </div>
                    )}
                    {column.statements.length > 0 && column.silent.length > 0 ? (
                      <p className="mt-3 text-sm text-muted">Nothing reported from {joinNames(column.silent)}.</p>
                    ) : null}
                    {column.omittedCount > 0 ? (
                      <p className="mt-3 text-sm text-muted" data-testid="positions-omitted">
                        {column.omittedCount} more {column.omittedCount === 1 ? "position" : "positions"} not shown here;{" "}
                        <Link href={column.moreHref}>read {moreLabel(column.id, column.name)} on the timeline</Link>.
                      </p>
                    ) : null}
                  </div>
                ))}
              </div>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
