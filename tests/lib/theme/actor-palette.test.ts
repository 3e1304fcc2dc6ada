import { expect, it } from "vitest";
import { buildIndex } from "@/lib/queries/dataset-index";
import { ACTOR_PALETTE, actorColour, paletteCss, paletteKeyFor } from "@/lib/theme/actor-palette";
import { buildDataset } from "../../support/dataset-builder";

const { actors } = buildIndex(buildDataset());

it("gives a person their organisation's colour", () => {
  expect(paletteKeyFor("hamas-spokesman", actors)).toBe("hamas");
  expect(actorColour("hamas-spokesman", actors)).toBe(actorColour("hamas", actors));
  expect(actorColour("qatar", actors)).toBe("var(--actor-qatar)");
});

it("falls back to a neutral colour for actors outside the palette", () => {
  expect(paletteKeyFor("unknown-body", actors)).toBe("other");
});

it("emits a light and a dark value for every palette entry", () => {
  const css = paletteCss();
  for (const [key, { light, dark }] of Object.entries(ACTOR_PALETTE)) {
    expect(css).toContain(`--actor-${key}:${light};`);
    expect(css).toContain(`--actor-${key}:${dark};`);
  }
});
