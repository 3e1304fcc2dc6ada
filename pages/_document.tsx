import { Head, Html, Main, NextScript } from "next/document";
import { paletteCss } from "@/lib/theme/actor-palette";

/**
 * The document of the Pages Router pages (the cached timeline views): the same `<html>`, palette and body
 * as the App Router's root layout (app/layout.tsx). The themes follow `prefers-color-scheme` in CSS alone,
 * so there is nothing to run before first paint.
 */
export default function Document() {
  return (
    <Html lang="en-GB">
      <Head>
        {/* Next's <div id="__next"> must not break the body's flex column (main grows, the footer stays down). */}
        <style>{`${paletteCss()}#__next{display:contents}`}</style>
      </Head>
      <body className="flex min-h-screen flex-col">
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
