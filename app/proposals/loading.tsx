import { NoScriptReveal } from "@/components/no-script-reveal";

/** Skeleton of the comparison while the page is prepared: controls, then a table of rows. */
export default function ProposalsLoading() {
  return (
    <div aria-busy="true" aria-live="polite" className="route-skeleton animate-pulse py-2">
      <NoScriptReveal />
      <span className="sr-only">Loading the proposal comparison…</span>
      <div className="h-4 w-28 rounded bg-surface-2" />
      <div className="mt-3 h-9 w-3/4 rounded bg-surface-2" />
      <div className="mt-4 h-5 w-2/3 rounded bg-surface-2" />
      <div className="mt-8 h-24 w-full rounded border border-rule bg-surface" />
      <div className="mt-6 overflow-hidden rounded border border-rule bg-surface">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex gap-4 border-t border-rule p-4 first:border-t-0">
            <div className="h-4 w-28 shrink-0 rounded bg-surface-2" />
            <div className="h-4 flex-1 rounded bg-surface-2" />
            <div className="hidden h-4 flex-1 rounded bg-surface-2 sm:block" />
            <div className="hidden h-4 flex-1 rounded bg-surface-2 lg:block" />
          </div>
        ))}
      </div>
    </div>
  );
}
