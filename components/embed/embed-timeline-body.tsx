import { EmbedEntryList } from "./embed-entry-list";
import { EmbedShell } from "./embed-shell";
import { ParamNotices } from "@/components/param-notices";
import type { TimelineEmbedProps } from "@/lib/data/pages/timeline-embed";
import { countNoun } from "@/lib/format/words";

/**
 * The timeline embed for one query string, compact and framable: the same for the App Router page that
 * renders views with notices per request and the Pages Router page that sends each canonical view as HTML
 * alone (pages/embed/timeline-view).
 */
export function EmbedTimelineBody({ embed }: { embed: TimelineEmbedProps }) {
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
