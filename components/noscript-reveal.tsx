export type NoscriptRevealProps = {
  /** A class on the page's outermost element, unique to the page. */
  pageClass: string;
};

/**
 * Shows a dynamic page to readers without JavaScript. Under the root loading boundary, Next streams a
 * dynamic page into a hidden element at the end of <body> and reveals it with a script; without
 * scripts the reader would be left on the loading skeleton. This style, inert when scripts run,
 * unhides that element and puts it where <main> was, before the footer.
 */
export function NoscriptReveal({ pageClass }: NoscriptRevealProps) {
  if (!/^[a-z][a-z0-9-]*$/.test(pageClass)) throw new Error(`NoscriptReveal: "${pageClass}" is not a plain class name`);
  // In Tailwind's base layer, where `[hidden]` is hidden with !important: a more specific
  // !important rule in the same layer wins (an unlayered one would lose). :has() cannot nest.
  const css = [
    `@layer base{body>div[hidden]:has(.${pageClass}){display:block!important;order:1;width:100%;max-width:72rem;margin:0 auto;padding:2rem 1rem}}`,
    `body:has(>div[hidden] .${pageClass})>main{display:none}`,
    `body:has(>div[hidden] .${pageClass})>footer{order:2}`,
  ].join("");
  return (
    <noscript>
      <style>{css}</style>
    </noscript>
  );
}
