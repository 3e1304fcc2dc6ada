/**
 * Without JavaScript a large page would stay on its loading skeleton: React streams any Suspense
 * boundary over ~12.8 KB after its fallback (here, `loading.tsx`) and swaps it in with a script
 * (vercel/next.js#50150). This style, applied only when scripting is off, hides the skeleton and
 * shows the streamed page (`<div hidden id="S:…">` at the end of <body>) where <main> would be.
 * Render it inside a `loading.tsx`, next to an element with the `route-skeleton` class.
 *
 * Tailwind's preflight hides `[hidden]` with `!important` in its `base` layer; an important rule
 * only beats that from an earlier layer, hence `@layer theme` (the first one Tailwind declares).
 */
const NO_SCRIPT_CSS = [
  ".route-skeleton{display:none!important}",
  'main:has(>template[id^="B:"]){display:none!important}',
  '@layer theme{body>div[hidden][id^="S:"]{display:block!important}}',
  'body>div[hidden][id^="S:"]{order:1;flex:1 0 auto;box-sizing:border-box;width:100%;max-width:72rem;margin-inline:auto;padding:2rem 1rem}',
  '@media (min-width:40rem){body>div[hidden][id^="S:"]{padding-inline:1.5rem}}',
  "body>footer{order:2}",
].join("");

export function NoScriptReveal() {
  return (
    <noscript>
      <style>{NO_SCRIPT_CSS}</style>
    </noscript>
  );
}
