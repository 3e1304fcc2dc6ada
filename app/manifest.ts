import type { MetadataRoute } from "next";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/site";

/** `/manifest.webmanifest`: name, colours and icons for a reader who adds the site to a home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: SITE_NAME,
    short_name: "Ceasefire",
    description: SITE_DESCRIPTION,
    start_url: "/",
    display: "browser",
    background_color: "#fbfaf7",
    theme_color: "#a3271c",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/favicon.ico", sizes: "16x16 32x32 48x48", type: "image/x-icon" },
    ],
  };
}
