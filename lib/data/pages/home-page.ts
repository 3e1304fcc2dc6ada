import { factDateTime, formatFactDate, formatShortDate } from "../../format/format-date";
import { formatPublished } from "../../format/format-published";
import { inferenceFor, type InferenceNote } from "../../queries/inference-notes";
import { actorChip, type ActorChip } from "../../queries/actor-chips";
import { summariseDataset } from "../../queries/dataset-summary";
import type { FigurePoint } from "../../queries/figure-point";
import { figurePoints } from "../../queries/figure-series";
import { latestEntries } from "../../queries/latest-entries";
import type { Metric } from "../../schema/count";
import { getData } from "../dataset";

const LATEST_COUNT = 6;
/** The home page lists the newest sources only, so its size does not grow with the archive. */
const HOME_SOURCES_COUNT = 8;
/** Figures summarised on the home page, in reading order; /figures has them all. */
const HOME_METRICS: readonly Metric[] = ["hostages-held", "hostages-alive", "hostages-dead", "deaths-gaza", "hostages-taken", "deaths-israel-oct7"];

export type HomePageProps = {
  /** "Coverage: … quoted passages." under the title; absent for an empty dataset. */
  coverage?: string;
  stats: { label: string; value: number; href: string }[];
  figurePoints: readonly FigurePoint[];
  figureMetrics: readonly Metric[];
  latest: {
    id: string;
    href: string;
    title: string;
    summary: string;
    date: string;
    dateTime: string;
    dateText: string;
    dateInference?: InferenceNote;
    type: string;
  }[];
  parties: ActorChip[];
  sources: { id: string; title: string; outlet: string; publishedText: string }[];
  /** Link to every source, when the list above is cut. */
  allSources?: { href: string; label: string };
};

/** Everything `/` shows. */
export function getHomePage(): HomePageProps {
  const index = getData();
  const { dataset } = index;
  const summary = summariseDataset(dataset);
  const { firstDate, lastDate, firstPublished, lastPublished } = summary;
  return {
    ...(firstDate && lastDate && firstPublished && lastPublished
      ? {
          coverage: `Coverage: ${formatShortDate(firstDate)} to ${formatShortDate(lastDate)}, from ${summary.articles} articles published between ${formatShortDate(firstPublished)} and ${formatShortDate(lastPublished)}; ${summary.quotes} quoted passages.`,
        }
      : {}),
    stats: [
      { label: "Events", value: summary.events, href: "/timeline" },
      { label: "Statements", value: summary.statements, href: "/timeline?type=statement" },
      { label: "Proposals", value: summary.proposals, href: "/proposals" },
      { label: "Reported figures", value: summary.counts, href: "/figures" },
      { label: "Actors", value: summary.actors, href: "/actors" },
      { label: "Source articles", value: summary.articles, href: "/sources" },
    ],
    figurePoints: figurePoints(index),
    figureMetrics: HOME_METRICS,
    latest: latestEntries(index.timeline, LATEST_COUNT).map((entry) => {
      const dateInference = inferenceFor(entry.inferred, "date");
      return {
        id: entry.id,
        // Statements have no page of their own: they open where the timeline shows them.
        href: entry.kind === "event" ? `/events/${entry.id}` : `/timeline#${entry.id}`,
        title: entry.title,
        summary: entry.summary,
        date: entry.date,
        dateTime: factDateTime(entry),
        dateText: formatFactDate(entry),
        ...(dateInference ? { dateInference } : {}),
        type: entry.type,
      };
    }),
    parties: dataset.actors.filter((a) => !a.organisationId && (a.role === "party" || a.role === "mediator")).map((actor) => actorChip(actor, index)),
    sources: index.articlesByDate.slice(0, HOME_SOURCES_COUNT).map((article) => ({
      id: article.id,
      title: article.title,
      outlet: article.outlet ?? "outlet not named",
      publishedText: formatPublished(article, { isShort: true }),
    })),
    ...(dataset.articles.length > HOME_SOURCES_COUNT ? { allSources: { href: "/sources", label: `All ${dataset.articles.length} sources →` } } : {}),
  };
}
