import { ImageResponse } from "next/og";
import { ShareCardImage } from "@/components/share/share-card-image";
import { getShareCard } from "@/lib/data/pages/share-card";
import { BoundedCache } from "@/lib/http/bounded-cache";
import { CDN_CACHE_CONTROL, respondWithEtag } from "@/lib/http/etag";
import { cardFonts } from "@/lib/share/card-fonts";
import { CARD_SIZE } from "@/lib/share/card-path";
import { SITE_NAME } from "@/lib/site";

// Card images render on their first request, not at build time (the build must not grow with the data),
// and are then kept: in this process (a bounded cache, about 60 KB an image) and, by Cache-Control, in any
// CDN until the next deploy. Unknown ids answer 404 and are never kept.
export const dynamic = "force-dynamic";

const CACHED_CARDS = 500;
const rendered = new BoundedCache<Promise<Uint8Array<ArrayBuffer>>>(CACHED_CARDS);

async function renderCard(card: NonNullable<ReturnType<typeof getShareCard>>): Promise<Uint8Array<ArrayBuffer>> {
  const image = new ImageResponse(<ShareCardImage card={card} siteName={SITE_NAME} />, { ...CARD_SIZE, fonts: await cardFonts() });
  return new Uint8Array(await image.arrayBuffer());
}

export async function GET(request: Request, { params }: RouteContext<"/cards/[kind]/[id]">) {
  const { kind, id } = await params;
  const card = getShareCard(kind, id);
  if (!card) {
    // The address is not echoed back, so nothing a link puts in it can come back as markup.
    return new Response("Not found: there is no share card at this address.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-cache, no-store" },
    });
  }
  const key = `${kind}/${id}`;
  let png = rendered.get(key);
  if (!png) {
    png = renderCard(card);
    rendered.set(key, png);
  }
  return respondWithEtag(request, { status: 200, body: await png, headers: { "Content-Type": "image/png", "Cache-Control": CDN_CACHE_CONTROL } });
}
