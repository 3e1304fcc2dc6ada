import { Link } from "@/components/site-link";
import type { ActorChip } from "@/lib/queries/actor-chips";

export type ActorChipProps = ActorChip;

/** Actor name with its colour swatch, linking to the actor's page. */
export function ActorChip({ id, name, colour }: ActorChipProps) {
  return (
    <Link href={`/actors/${id}`} className="actor-chip">
      <span aria-hidden="true" className="actor-chip-swatch" style={{ backgroundColor: colour }} />
      {name}
    </Link>
  );
}
