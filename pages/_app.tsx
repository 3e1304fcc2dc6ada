import type { AppProps } from "next/app";
import "@/app/globals.css";
import "@/app/timeline/timeline.css";
import "@/app/figures/figures.css";

// The Pages Router allows global CSS only here: the site's styles, the timeline's and the charts' (for the
// figures embed), as the App Router pages import them. All arrive as <link rel="stylesheet">; the charts'
// add about 1.5 kB gzip to the Pages Router timeline, against the ~180 kB runtime the figures embed no longer loads.
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
