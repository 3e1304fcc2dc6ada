import { Link } from "@/components/site-link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule bg-surface text-sm text-muted">
      <div className="mx-auto grid max-w-6xl gap-2 px-4 py-6 sm:px-6">
        <p>
          Every fact on this site links to the article it comes from and the passage quoted verbatim. Figures name who
          reported them; where sources disagree, both are shown.
        </p>
        <p className="no-print">
          <Link href="/sources" className="text-ink">Source articles</Link> ·{" "}
          <Link href="/corrections" className="text-ink">Corrections</Link> ·{" "}
          <a href="/api/dataset" className="text-ink">Download the dataset (JSON)</a>
        </p>
      </div>
    </footer>
  );
}
