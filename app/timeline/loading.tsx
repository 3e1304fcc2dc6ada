import { NoScriptReveal } from "@/components/no-script-reveal";

/** Skeleton in the timeline's own shape: header, filters beside (or above) the list, month and cards. */
export default function TimelineLoading() {
  return (
    <div aria-busy="true" aria-live="polite" className="route-skeleton">
      <NoScriptReveal />
      <span className="sr-only">Loading the timeline…</span>
      <div className="animate-pulse">
        <div className="mb-8 max-w-3xl space-y-3">
          <div className="h-4 w-24 rounded bg-surface-2" />
          <div className="h-9 w-2/3 rounded bg-surface-2" />
          <div className="h-5 w-full rounded bg-surface-2" />
        </div>
        <div className="lg:grid lg:grid-cols-[17rem_minmax(0,1fr)] lg:gap-10">
          <div className="mb-6 space-y-4 lg:mb-0">
            <div className="h-11 rounded bg-surface-2" />
            <div className="hidden space-y-2 lg:block">
              {Array.from({ length: 8 }, (_, i) => (
                <div key={i} className="h-5 rounded bg-surface-2" style={{ width: `${60 + ((i * 17) % 35)}%` }} />
              ))}
            </div>
          </div>
          <div className="space-y-4">
            <div className="h-7 w-48 rounded bg-surface-2" />
            <div className="h-6 w-32 rounded bg-surface-2" />
            {Array.from({ length: 4 }, (_, i) => (
              <div key={i} className="space-y-3 rounded border border-rule border-l-4 bg-surface p-5">
                <div className="h-4 w-40 rounded bg-surface-2" />
                <div className="h-6 w-3/4 rounded bg-surface-2" />
                <div className="h-4 w-full rounded bg-surface-2" />
                <div className="h-4 w-5/6 rounded bg-surface-2" />
              </div>
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
