import { NoScriptReveal } from "@/components/no-script-reveal";

export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite" className="route-skeleton animate-pulse space-y-4 py-4">
      <NoScriptReveal />
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-2/3 rounded bg-surface-2" />
      <div className="h-4 w-full rounded bg-surface-2" />
      <div className="h-4 w-5/6 rounded bg-surface-2" />
      <div className="h-32 w-full rounded bg-surface-2" />
    </div>
  );
}
