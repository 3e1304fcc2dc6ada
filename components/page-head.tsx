import Head from "next/head";
import type { ReactElement } from "react";
import { ROOT_METADATA, ROOT_VIEWPORT } from "@/lib/root-metadata";
import type { PageMetadata } from "@/lib/site-metadata";

/** A site-relative address made absolute on SITE_URL when the build knows it, as Next's `metadataBase` does. */
export function resolved(url: string): string {
  return "metadataBase" in ROOT_METADATA ? new URL(url, ROOT_METADATA.metadataBase).href : url;
}

/**
 * Share images must be absolute. Without SITE_URL, Next's metadata falls back to the server's own port on
 * localhost (its social-image fallback in production); the same here, so both routers link the same card.
 */
function resolvedImage(url: string): string {
  return "metadataBase" in ROOT_METADATA ? resolved(url) : new URL(url, `http://localhost:${process.env.PORT || 3000}`).href;
}

/** What every page's head starts with, whatever the page: viewport, theme colours, web manifest (app/manifest.ts). */
export function siteTags(): ReactElement[] {
  return [
    <meta key="viewport" name="viewport" content={`width=${ROOT_VIEWPORT.width}, initial-scale=${ROOT_VIEWPORT.initialScale}`} />,
    ...ROOT_VIEWPORT.themeColor.map(({ media, color }) => <meta key={media} name="theme-color" media={media} content={color} />),
    <link key="manifest" rel="manifest" href="/manifest.webmanifest" />,
  ];
}

/** The site's icons, last in every page's head. */
export function iconTags(): ReactElement[] {
  return ROOT_METADATA.icons.icon.map((icon) => <link key={icon.url} rel="icon" href={icon.url} {...("sizes" in icon ? { sizes: icon.sizes } : { type: icon.type })} />);
}

/**
 * The head tags the App Router writes from the root layout's metadata and a page's `pageMetadata`, for
 * a Pages Router page (which has no metadata API): the same title, canonical link, feeds, Open Graph and
 * Twitter tags, icons and theme colours.
 */
export function PageHead({ metadata }: { metadata: PageMetadata }) {
  const { title, description, alternates, openGraph, twitter } = metadata;
  const feeds = Object.entries(alternates.types ?? {}).flatMap(([type, links]) => links.map((link) => ({ type, ...link })));
  const images = openGraph.images ?? [];
  const twitterImages = ("images" in twitter ? twitter.images : undefined) ?? [];
  return (
    <Head>
      {siteTags()}
      <title>{ROOT_METADATA.title.template.replace("%s", title)}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={resolved(alternates.canonical)} />
      {feeds.map(({ type, url, title: feedTitle }) => (
        <link key={type} rel="alternate" type={type} title={feedTitle} href={resolved(url)} />
      ))}
      <meta property="og:title" content={openGraph.title} />
      <meta property="og:description" content={openGraph.description} />
      <meta property="og:url" content={resolved(openGraph.url)} />
      <meta property="og:site_name" content={openGraph.siteName} />
      <meta property="og:locale" content={openGraph.locale} />
      {images.flatMap((image) => [
        <meta key="image" property="og:image" content={resolvedImage(image.url)} />,
        <meta key="width" property="og:image:width" content={String(image.width)} />,
        <meta key="height" property="og:image:height" content={String(image.height)} />,
        <meta key="alt" property="og:image:alt" content={image.alt} />,
        <meta key="type" property="og:image:type" content={image.type} />,
      ])}
      <meta property="og:type" content={openGraph.type} />
      <meta name="twitter:card" content={twitter.card} />
      <meta name="twitter:title" content={twitter.title} />
      <meta name="twitter:description" content={twitter.description} />
      {twitterImages.flatMap((image) => [
        <meta key="twitter-image" name="twitter:image" content={resolvedImage(image.url)} />,
        <meta key="twitter-alt" name="twitter:image:alt" content={image.alt} />,
        <meta key="twitter-type" name="twitter:image:type" content={image.type} />,
        <meta key="twitter-width" name="twitter:image:width" content={String(image.width)} />,
        <meta key="twitter-height" name="twitter:image:height" content={String(image.height)} />,
      ])}
      {iconTags()}
    </Head>
  );
}
