import { Link } from "@/components/site-link";
import { PageHeader } from "@/components/page-header";
import { getActorsPage, type ActorListItem } from "@/lib/data/pages/actors-page";
import { pageMetadata } from "@/lib/site-metadata";

export const metadata = pageMetadata({
  title: "Actors",
  description:
    "The states, groups, mediators, bodies and people in the Gaza ceasefire and hostage negotiations, grouped by the part they play, with the people who speak for each.",
  path: "/actors",
});

function ActorItem({ actor, depth }: { actor: ActorListItem; depth: number }) {
  const { members } = actor;
  return (
    <li className={depth === 0 ? "py-4" : "pt-3"}>
      <div className="flex items-start gap-3">
        <span
          aria-hidden="true"
          className={`mt-1.5 inline-block shrink-0 rounded-full ${depth === 0 ? "h-3.5 w-3.5" : "h-2.5 w-2.5"}`}
          style={{ backgroundColor: actor.colour }}
        />
        <div className="min-w-0">
          <Link href={`/actors/${actor.id}`} className={`text-ink hover:underline ${depth === 0 ? "font-serif text-lg font-bold" : "font-medium"}`}>
            {actor.name}
          </Link>
          <p className="text-sm text-muted">{actor.description}</p>
        </div>
      </div>
      {members.length > 0 ? (
        <ul aria-label={`People and bodies of ${actor.name}`} className="ml-1.5 mt-1 border-l border-rule pl-5">
          {members.map((member) => (
            <ActorItem key={member.id} actor={member} depth={depth + 1} />
          ))}
          {actor.memberCount > members.length ? (
            <li className="pt-3 text-sm text-muted">
              and {actor.memberCount - members.length} more: <Link href={`/actors/${actor.id}`}>see {actor.name}</Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </li>
  );
}

export default function ActorsPage() {
  const { articleCount, groups } = getActorsPage();
  return (
    <>
      <PageHeader kicker="Who is who" title="Actors">
        <p>
          Everyone who acts or speaks in the {articleCount} source articles, grouped by the part they play.
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
              {group.actors.map((actor) => (
                <ActorItem key={actor.id} actor={actor} depth={0} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
