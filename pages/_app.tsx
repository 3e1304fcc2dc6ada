import type { AppProps } from "next/app";
import "@/app/globals.css";
import "@/app/timeline/timeline.css";

// The Pages Router allows global CSS only here: the site's styles and the timeline's, as the App Router
// pages import them. Both arrive as <link rel="stylesheet">.
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
