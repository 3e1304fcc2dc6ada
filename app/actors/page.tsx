import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { getData } from "@/lib/data/dataset";
import { ACTOR_KIND_LABELS } from "@/lib/format/actor-labels";
import { groupActors, type ActorTree } from "@/lib/queries/actor-groups";
import type { DatasetIndex } from "@/lib/queries/dataset-index";
import { pageMetadata } from "@/lib/site-metadata";
import { actorColour } from "@/lib/theme/actor-palette";

export const metadata = pageMetadata({
  title: "Actors",
  description:
    "The states, groups, mediators, bodies and people in the Gaza ceasefire and hostage negotiations, grouped by the part they play, with the people who speak for each.",
  path: "/actors",
});

function ActorItem({ tree, index, depth }: { tree: ActorTree; index: DatasetIndex; depth: number }) {
  const { actor, members } = tree;
  return (
    <li className={depth === 0 ? "py-4" : "pt-3"}>
      <div className="flex items-start gap-3">
        <span
          aria-hidden="true"
          className={`mt-1.5 inline-block shrink-0 rounded-full ${depth === 0 ? "h-3.5 w-3.5" : "h-2.5 w-2.5"}`}
          style={{ backgroundColor: actorColour(actor.id, index.actors) }}
        />
        <div className="min-w-0">
          <Link href={`/actors/${actor.id}`} className={`text-ink hover:underline ${depth === 0 ? "font-serif text-lg font-bold" : "font-medium"}`}>
            {actor.name}
          </Link>
          <p className="text-sm text-muted">
            {ACTOR_KIND_LABELS[actor.kind]}
            {actor.title ? ` · ${actor.title}` : ""}
          </p>
        </div>
      </div>
      {members.length > 0 ? (
        <ul aria-label={`People and bodies of ${actor.name}`} className="ml-1.5 mt-1 border-l border-rule pl-5">
          {members.map((member) => (
            <ActorItem key={member.actor.id} tree={member} index={index} depth={depth + 1} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export default function ActorsPage() {
  const index = getData();
  const groups = groupActors(index.dataset.actors);
  return (
    <>
      <PageHeader kicker="Who is who" title="Actors">
        <p>
          Everyone who acts or speaks in the {index.dataset.articles.length} source articles, grouped by the part they play.
          People, spokesmen and unnamed sources are listed under the state, group or body they speak for, and share its colour.
        </p>
      </PageHeader>
      <div className="grid gap-x-12 gap-y-10 md:grid-cols-2">
        {groups.map((group) => (
          <section key={group.key} aria-labelledby={`group-${group.key}`}>
            <h2 id={`group-${group.key}`} className="border-b-2 border-ink pb-1 font-serif text-xl font-bold">
              {group.label}
            </h2>
            <ul className="divide-y divide-rule">
              {group.actors.map((tree) => (
                <ActorItem key={tree.actor.id} tree={tree} index={index} depth={0} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
