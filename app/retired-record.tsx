import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RetiredRecordNotice } from "@/components/corrections/retired-notice";
import { getRetiredNotice, getRetiredNoticeMetadata } from "@/lib/data/pages/corrections-page";
import type { CorrectionRecordKind } from "@/lib/schema/correction";
import { pageMetadata } from "@/lib/site-metadata";

// Shared by the permalink routes (/events, /actors, /proposals, /sources): a record merged or removed by a
// correction keeps its address, which then says where the record went or why it was taken out. Any other
// unknown id is a 404 (proxy.ts lets only these ids through to the route).

/** The notice for a retired record's permalink, or the 404 for an id no correction names. */
export function retiredRecordOrNotFound(kind: CorrectionRecordKind, id: string) {
  const notice = getRetiredNotice(kind, id);
  if (!notice) notFound();
  return <RetiredRecordNotice {...notice} />;
}

/** Metadata of a retired record's permalink, or the 404 for an id no correction names. */
export function retiredRecordMetadata(kind: CorrectionRecordKind, id: string, path: string): Metadata {
  const metadata = getRetiredNoticeMetadata(kind, id, path);
  if (!metadata) notFound();
  return pageMetadata(metadata);
}
