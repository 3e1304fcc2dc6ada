import type { MarkerShape } from "../schema/marker-shape";
import type { Metric } from "../schema/count";

/**
 * How each metric is drawn: marker shape and line dash, so two figures can be told apart
 * in grey print and by readers who do not see colour. Colour is kept for who reported it.
 */
export const METRIC_STYLE: Record<Metric, { shape: MarkerShape; dash: string }> = {
  "hostages-taken": { shape: "diamond", dash: "" },
  "hostages-held": { shape: "circle", dash: "" },
  "hostages-alive": { shape: "triangle", dash: "6 4" },
  "hostages-dead": { shape: "square", dash: "2 3" },
  "hostages-of-concern": { shape: "triangle-down", dash: "1 4" },
  "deaths-gaza": { shape: "circle", dash: "" },
  "deaths-israel-oct7": { shape: "diamond", dash: "" },
  "hostages-released": { shape: "triangle", dash: "" },
  "prisoners-released": { shape: "square", dash: "" },
  "people-displaced": { shape: "circle", dash: "4 3" },
};

/**
 * Colour of a figure the article gives without naming anyone: the press colour, since the
 * publication itself is then the one reporting it. Such markers are also drawn hollow.
 */
export const UNATTRIBUTED_COLOUR = "var(--actor-press)";
