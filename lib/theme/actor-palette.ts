import { walkLineage } from "../actors/actor-tree";
import type { Actor } from "../schema/actor";

/**
 * One colour per top-level actor, used by chips, tables and charts alike. People and sub-bodies
 * take their organisation's colour. Light and dark values are both checked for 4.5:1 contrast
 * against the page background, since the colour is also used for text.
 */
export const ACTOR_PALETTE = {
  israel: { light: "#1d4ed8", dark: "#8db4ff" },
  hamas: { light: "#15803d", dark: "#6fd08f" },
  qatar: { light: "#9f1239", dark: "#ff8fab" },
  egypt: { light: "#a16207", dark: "#f2c14e" },
  "united-states": { light: "#6d28d9", dark: "#c4a8ff" },
  iran: { light: "#0f766e", dark: "#5fd4c4" },
  international: { light: "#0369a1", dark: "#7cc8f2" },
  press: { light: "#57534e", dark: "#c9c4bd" },
  other: { light: "#6b6b6b", dark: "#b5b5b5" },
} as const;
export type PaletteKey = keyof typeof ACTOR_PALETTE;

function isPaletteKey(key: string): key is PaletteKey {
  return key in ACTOR_PALETTE;
}

/** The organisation at the top of an actor's chain (a spokesman → his state or group). */
export function rootActorId(actorId: string, actors: ReadonlyMap<string, Actor>): string {
  return walkLineage(actorId, actors).at(-1) ?? actorId;
}

/** Palette entry for an actor: its root organisation's own colour, else one by role. */
export function paletteKeyFor(actorId: string, actors: ReadonlyMap<string, Actor>): PaletteKey {
  const root = rootActorId(actorId, actors);
  if (isPaletteKey(root)) return root;
  const role = actors.get(root)?.role;
  if (role === "international") return "international";
  if (role === "reporter") return "press";
  return "other";
}

/** CSS colour value for inline styles and SVG attributes; follows the light/dark theme. */
export function actorColour(actorId: string, actors: ReadonlyMap<string, Actor>): string {
  return `var(--actor-${paletteKeyFor(actorId, actors)})`;
}

/** The custom properties behind `actorColour`, emitted once by the root layout. */
export function paletteCss(): string {
  const entries = Object.entries(ACTOR_PALETTE);
  const light = entries.map(([key, value]) => `--actor-${key}:${value.light};`).join("");
  const dark = entries.map(([key, value]) => `--actor-${key}:${value.dark};`).join("");
  return `:root{${light}}@media (prefers-color-scheme: dark){:root{${dark}}}`;
}
