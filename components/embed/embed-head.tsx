import Head from "next/head";
import { iconTags, resolved, siteTags } from "@/components/page-head";
import { EMBED_METADATA, ROOT_METADATA } from "@/lib/root-metadata";

/**
 * The head of an embed sent by the Pages Router: the tags the App Router writes for the embeds from the root
 * layout's metadata and app/embed/layout.tsx: the site's description, no indexing, the full page as canonical address.
 */
export function EmbedHead({ title, canonical }: { title: string; canonical: string }) {
  const fullTitle = ROOT_METADATA.title.template.replace("%s", title);
  const { index, follow } = EMBED_METADATA.robots;
  const { siteName, locale, type } = ROOT_METADATA.openGraph;
  return (
    <Head>
      {siteTags()}
      <title>{fullTitle}</title>
      <meta name="description" content={ROOT_METADATA.description} />
      <meta name="robots" content={`${index ? "index" : "noindex"}, ${follow ? "follow" : "nofollow"}`} />
      <link rel="canonical" href={resolved(canonical)} />
      <meta property="og:title" content={fullTitle} />
      <meta property="og:description" content={ROOT_METADATA.description} />
      <meta property="og:site_name" content={siteName} />
      <meta property="og:locale" content={locale} />
      <meta property="og:type" content={type} />
      <meta name="twitter:card" content={ROOT_METADATA.twitter.card} />
      <meta name="twitter:title" content={fullTitle} />
      <meta name="twitter:description" content={ROOT_METADATA.description} />
      {iconTags()}
    </Head>
  );
}
