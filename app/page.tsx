import { Link } from "@/components/site-link";
import { ActorChip } from "@/components/actor-chip";
import { InferenceMark } from "@/components/inference-mark";
import { LatestFigures } from "@/components/figures/latest-figures";
import { FollowLinks } from "@/components/follow-links";
import { TIMELINE_FEED } from "@/lib/feeds/feed-model";
import { getHomePage } from "@/lib/data/pages/home-page";
import type { Metadata } from "next";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/site";
import { pageMetadata } from "@/lib/site-metadata";

// The canonical address and, in the head, the whole timeline's feed (the latest entries).
export const metadata: Metadata = {
  ...pageMetadata({ title: SITE_NAME, description: SITE_DESCRIPTION, path: "/", feed: TIMELINE_FEED }),
  title: { absolute: SITE_NAME },
};

export default function HomePage() {
  const { coverage, stats, figurePoints, figureMetrics, latest, parties, sources, allSources } = getHomePage();

  return (
    <div className="space-y-12">
      <section aria-labelledby="intro-heading" className="max-w-3xl">
        <h1 id="intro-heading" className="font-serif text-3xl font-bold leading-tight sm:text-4xl">
          Gaza ceasefire and hostage negotiations
        </h1>
        <p className="mt-3 text-lg text-muted">{SITE_DESCRIPTION}</p>
        {coverage ? <p className="mt-3 text-sm text-muted">{coverage}</p> : null}
        <p className="mt-5">
          <Link href="/timeline" className="inline-block rounded bg-ink px-4 py-2 font-medium text-bg no-underline hover:opacity-90">
            Open the timeline
          </Link>
        </p>
      </section>

      <section aria-labelledby="glance-heading">
        <h2 id="glance-heading" className="font-serif text-xl font-bold">The dataset at a glance</h2>
        <dl className="mt-4 grid grid-cols-2 gap-px overflow-hidden rounded border border-rule bg-rule sm:grid-cols-3 lg:grid-cols-6">
          {stats.map((stat) => (
            <div key={stat.label} className="bg-surface p-4">
              <dt className="text-sm text-muted">{stat.label}</dt>
              <dd className="font-serif text-3xl font-bold tabular-nums">
                <Link href={stat.href} className="text-ink no-underline hover:underline">{stat.value}</Link>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="figures-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
          <h2 id="figures-heading" className="font-serif text-xl font-bold">Latest reported figures</h2>
          <Link href="/figures">All figures, charts and sources →</Link>
        </div>
        <p className="mt-1 text-sm text-muted">Each as its source gave it, with who reported it; where reports for the same date differ, all are shown.</p>
        <LatestFigures points={figurePoints} metrics={figureMetrics} />
      </section>

      <div className="grid gap-12 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="font-serif text-xl font-bold">Latest in the record</h2>
          <ol className="mt-4 divide-y divide-rule border-y border-rule">
            {latest.map((entry) => (
              <li key={entry.id} className="py-4">
                <p className="text-sm text-muted">
                  <time dateTime={entry.dateTime}>{entry.dateText}</time> · {entry.type}
                </p>
                {entry.dateInference ? (
                  <p className="mt-1">
                    <InferenceMark note={entry.dateInference} isFieldNamed />
                  </p>
                ) : null}
                <p className="mt-1 font-medium">
                  <Link href={entry.href} className="text-ink">
                    {entry.title}
                  </Link>
                </p>
                <p className="mt-1 text-muted">{entry.summary}</p>
              </li>
            ))}
          </ol>
          <p className="mt-3"><Link href="/timeline">Full timeline →</Link></p>
          <div className="mt-2">
            <FollowLinks feed={TIMELINE_FEED} label="Follow the record" />
          </div>
        </section>

        <section aria-labelledby="parties-heading">
          <h2 id="parties-heading" className="font-serif text-xl font-bold">Parties and mediators</h2>
          <ul className="mt-4 flex flex-wrap gap-2">
            {parties.map((actor) => (
              <li key={actor.id}>
                <ActorChip {...actor} />
              </li>
            ))}
          </ul>
          <h2 className="mt-8 font-serif text-xl font-bold">Sources</h2>
          <ul className="mt-3 space-y-2 text-sm">
            {sources.map((article) => (
              <li key={article.id}>
                <Link href={`/sources/${article.id}`}>{article.title}</Link>
                <span className="text-muted"> · {article.outlet} · {article.publishedText}</span>
              </li>
            ))}
          </ul>
          {allSources ? (
            <p className="mt-3 text-sm"><Link href={allSources.href}>{allSources.label}</Link></p>
          ) : null}
        </section>
      </div>
    </div>
  );
}
