import { Link } from "@/components/site-link";

export default function NotFound() {
  return (
    <div className="max-w-2xl py-12">
      <p className="text-sm font-semibold uppercase tracking-wider text-accent">404 · Not found</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">There is nothing at this address</h1>
      <p className="mt-4 text-muted">
        The link may be mistyped, or it may point to an entry that does not exist in this dataset. Permalinks to events,
        actors, proposals and sources never change once published.
      </p>
      <ul className="mt-6 flex flex-wrap gap-4">
        <li><Link href="/">Home</Link></li>
        <li><Link href="/timeline">Timeline</Link></li>
        <li><Link href="/sources">Source articles</Link></li>
      </ul>
    </div>
  );
}
