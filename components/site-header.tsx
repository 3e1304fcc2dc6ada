import { Link } from "@/components/site-link";
import { NAV_LINKS, SITE_NAME } from "@/lib/site";

export function SiteHeader() {
  return (
    <header className="border-b border-rule bg-surface">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-ink focus:px-3 focus:py-2 focus:text-bg"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-4 sm:px-6">
        <Link href="/" className="font-serif text-2xl font-bold tracking-tight text-ink no-underline">
          {SITE_NAME}
        </Link>
        <nav aria-label="Main" className="no-print -mx-2 flex flex-wrap text-[0.95rem]">
          {NAV_LINKS.map((link) => (
            <Link key={link.href} href={link.href} className="rounded px-2 py-1 text-ink no-underline hover:bg-surface-2 hover:underline">
              {link.label}
            </Link>
          ))}
        </nav>
      </div>
    </header>
  );
}
