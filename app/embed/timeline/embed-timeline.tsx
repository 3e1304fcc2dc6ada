import type { Metadata } from "next";
import { EmbedEntryList } from "@/components/embed/embed-entry-list";
import { EmbedShell } from "@/components/embed/embed-shell";
import { ParamNotices } from "@/components/param-notices";
import { getTimelineEmbed } from "@/lib/data/pages/embed-pages";
import { countNoun } from "@/lib/format/words";
import type { SearchParams } from "@/lib/params/search-params";

export function embedTimelineMetadata(params: SearchParams): Metadata {
  const embed = getTimelineEmbed(params);
  return { title: `${embed.title} (embed)`, alternates: { canonical: embed.fullHref } };
}

/**
 * The timeline for one query string, compact and framable: rendered per request by `/embed/timeline` when
 * a value could not be used, otherwise once per canonical view by `/embed/timeline-view/<key>` (proxy.ts).
 */
export function EmbedTimeline({ params }: { params: SearchParams }) {
  const embed = getTimelineEmbed(params);
  return (
    <EmbedShell kicker="Timeline" title={embed.title} fullHref={embed.fullHref} fullLabel="Open this view on the full timeline">
      <ParamNotices notices={embed.notices} />
      <p className="mb-3 text-sm text-muted">
        {embed.matched === 0
          ? "No entries match these filters."
          : embed.last - embed.first + 1 < embed.matched
            ? `Entries ${embed.first}–${embed.last} of ${embed.matched}, newest first unless the view says otherwise.`
            : `${countNoun(embed.matched, "entry", "entries")}.`}
      </p>
      <EmbedEntryList entries={embed.entries} />
    </EmbedShell>
  );
}
