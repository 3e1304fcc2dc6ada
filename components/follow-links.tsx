import { feedFormats, type FeedLink } from "@/lib/feeds/feed-model";

export type FollowLinksProps = {
  feed: FeedLink;
  /** "Follow this view" on the timeline; "Follow" on a record's page. */
  label?: string;
};

/** Links to a page's feed in both formats, for feed readers (the head links the same addresses). */
export function FollowLinks({ feed, label = "Follow this view" }: FollowLinksProps) {
  return (
    <p className="follow-links no-print flex flex-wrap items-center gap-x-2 text-sm">
      <FeedIcon />
      <span className="font-medium text-ink">{label}:</span>
      {feedFormats(feed).map(({ format, href, type, label: formatLabel }, index) => (
        <span key={format}>
          {index > 0 ? <span aria-hidden="true">· </span> : null}
          <a href={href} type={type} className="underline">
            {formatLabel}
            <span className="sr-only"> feed of {feed.title}</span>
          </a>
        </span>
      ))}
    </p>
  );
}

function FeedIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="currentColor" className="text-accent">
      <circle cx="3" cy="13" r="2" />
      <path d="M1 6.5v2a6.5 6.5 0 0 1 6.5 6.5h2A8.5 8.5 0 0 0 1 6.5Z" />
      <path d="M1 1.5v2A11.5 11.5 0 0 1 12.5 15h2A13.5 13.5 0 0 0 1 1.5Z" />
    </svg>
  );
}
