"use client";

import { Link } from "@/components/site-link";

/** The comparison failed to render: offer a retry and a way back to the full comparison. */
export default function ProposalsError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="max-w-2xl py-12">
      <p className="text-sm font-semibold uppercase tracking-wider text-accent">Error</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">The proposal comparison could not be shown</h1>
      <p className="mt-4 text-muted">Something went wrong while preparing it. Trying again usually helps.</p>
      <div className="mt-6 flex flex-wrap gap-4">
        <button type="button" onClick={reset} className="rounded border border-rule bg-surface px-4 py-2 font-medium hover:bg-surface-2">
          Try again
        </button>
        <Link href="/proposals" className="px-4 py-2">
          All proposals
        </Link>
        <Link href="/" className="px-4 py-2">
          Home
        </Link>
      </div>
    </div>
  );
}
