import { shortenText } from "@/lib/format/shorten-text";
import type { ShareCard } from "@/lib/share/share-card";
import { CARD_SIZE } from "@/lib/share/card-path";

/** The light theme's colours (app/globals.css): cards are always light, the common case in link previews. */
const COLOURS = { bg: "#fbfaf7", ink: "#1b1b1b", muted: "#575757", rule: "#dedad2" } as const;

/** Longest title drawn; a longer one is cut at a word break so it stays legible at thumbnail size. */
const TITLE_LIMIT = 150;

/** Smaller type for longer titles, so three or four lines still fit above the facts. */
function titleSize(title: string): number {
  if (title.length <= 50) return 72;
  if (title.length <= 90) return 60;
  return 50;
}

export type ShareCardImageProps = { card: ShareCard; siteName: string };

/**
 * A share card as satori draws it (next/og): flexbox only, inline styles, the bundled fonts by name.
 * Large title, the record's date and as-of date, who it is attributed to, the outlets, the site name.
 */
export function ShareCardImage({ card, siteName }: ShareCardImageProps) {
  const title = shortenText(card.title, TITLE_LIMIT);
  const dates = [card.date, card.asOf].filter(Boolean).join(" · ");
  return (
    <div style={{ ...CARD_SIZE, display: "flex", background: COLOURS.bg, color: COLOURS.ink, fontFamily: "Source Sans 3" }}>
      <div style={{ width: 24, height: "100%", background: card.accent }} />
      <div style={{ display: "flex", flexDirection: "column", flex: 1, padding: "56px 72px 44px 64px" }}>
        <div style={{ display: "flex", fontSize: 28, fontWeight: 600, color: card.accent, textTransform: "uppercase", letterSpacing: 2 }}>{card.kicker}</div>
        <div style={{ display: "flex", marginTop: 20, fontFamily: "Source Serif 4", fontWeight: 700, fontSize: titleSize(title), lineHeight: 1.12 }}>{title}</div>
        <div style={{ display: "flex", flexDirection: "column", marginTop: "auto", gap: 6 }}>
          {dates ? <div style={{ display: "flex", fontSize: 32, fontWeight: 600 }}>{dates}</div> : null}
          {card.attribution ? <div style={{ display: "flex", fontSize: 30 }}>{shortenText(card.attribution, 80)}</div> : null}
          {card.detail ? <div style={{ display: "flex", fontSize: 30 }}>{card.detail}</div> : null}
          {card.outlets ? <div style={{ display: "flex", fontSize: 28, color: COLOURS.muted }}>{`Source: ${shortenText(card.outlets, 80)}`}</div> : null}
        </div>
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "baseline", marginTop: 28, paddingTop: 20, borderTop: `2px solid ${COLOURS.rule}` }}>
          <div style={{ display: "flex", fontFamily: "Source Serif 4", fontWeight: 700, fontSize: 34 }}>{siteName}</div>
          <div style={{ display: "flex", fontSize: 26, color: COLOURS.muted }}>Every fact traced to a quoted source</div>
        </div>
      </div>
    </div>
  );
}
