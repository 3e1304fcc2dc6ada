export type PageHeaderProps = {
  /** Small label above the title, e.g. "Event" or "Source article". */
  kicker?: string;
  title: string;
  children?: React.ReactNode;
};

/** Title block shared by every page, so headings look the same site-wide. */
export function PageHeader({ kicker, title, children }: PageHeaderProps) {
  return (
    <header className="mb-8 max-w-3xl">
      {kicker ? <p className="text-sm font-semibold uppercase tracking-wider text-accent">{kicker}</p> : null}
      <h1 className="mt-1 font-serif text-3xl font-bold leading-tight sm:text-4xl">{title}</h1>
      {children ? <div className="mt-3 text-lg text-muted">{children}</div> : null}
    </header>
  );
}
