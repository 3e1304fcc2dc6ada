import Link from "next/link";

export type ActorChipProps = {
  id: string;
  name: string;
  /** CSS colour from lib/theme/actor-palette. */
  colour: string;
};

/** Actor name with its colour swatch, linking to the actor's page. */
export function ActorChip({ id, name, colour }: ActorChipProps) {
  return (
    <Link
      href={`/actors/${id}`}
      className="inline-flex items-center gap-1.5 rounded-full border border-rule bg-surface px-2.5 py-0.5 text-sm text-ink no-underline hover:border-current hover:underline"
    >
      <span aria-hidden="true" className="inline-block h-2.5 w-2.5 shrink-0 rounded-full" style={{ backgroundColor: colour }} />
      {name}
    </Link>
  );
}
