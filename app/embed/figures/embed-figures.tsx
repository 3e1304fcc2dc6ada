import type { Metadata } from "next";
import "@/app/figures/figures.css";
import { EmbedFiguresBody, FIGURES_EMBED_TITLE } from "@/components/embed/embed-figures-body";
import { figuresEmbedHref, getFiguresEmbed } from "@/lib/data/pages/embed-pages";
import type { SearchParams } from "@/lib/params/search-params";
import { embedTitle } from "@/lib/root-metadata";

export function embedFiguresMetadata(params: SearchParams): Metadata {
  return { title: embedTitle(FIGURES_EMBED_TITLE), alternates: { canonical: figuresEmbedHref(params) } };
}

/** The figures embed rendered per request by `/embed/figures`: ranges with a date that could not be used, with notices. */
export function EmbedFigures({ params }: { params: SearchParams }) {
  return <EmbedFiguresBody embed={getFiguresEmbed(params)} />;
}
