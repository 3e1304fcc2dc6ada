import { Link } from "@/components/site-link";
import type { ActorChip } from "@/lib/queries/actor-chips";

export type ActorChipProps = ActorChip & {
  /** `_top` inside an embed, so the actor's page opens in the page that frames it. */
  linkTarget?: "_top";
};

/** Actor name with its colour swatch, linking to the actor's page. */
export function ActorChip({ id, name, colour, linkTarget }: ActorChipProps) {
  return (
    <Link href={`/actors/${id}`} target={linkTarget} className="actor-chip">
      <span aria-hidden="true" className="actor-chip-swatch" style={{ backgroundColor: colour }} />
      {name}
    </Link>
  );
}
