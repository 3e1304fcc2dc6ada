/** Site-wide constants shared by metadata, header and footer. */
export const SITE_NAME = "Ceasefire Tracker";
export const SITE_DESCRIPTION =
  "The Gaza ceasefire and hostage negotiations — Israel, Hamas and the mediators Qatar, Egypt and the United States — traced event by event to verbatim quotes from the source articles.";

/** Absolute base for Open Graph URLs; set SITE_URL when deploying behind a real host name. */
export const SITE_URL = process.env.SITE_URL ?? "http://localhost:3000";

export const NAV_LINKS = [
  { href: "/timeline", label: "Timeline" },
  { href: "/proposals", label: "Proposals" },
  { href: "/figures", label: "Figures" },
  { href: "/actors", label: "Actors" },
  { href: "/sources", label: "Sources" },
] as const;
