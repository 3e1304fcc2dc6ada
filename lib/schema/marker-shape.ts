import { z } from "zod";

/** Marker shapes that tell figures apart without relying on colour. */
export const MarkerShapeSchema = z.enum(["circle", "diamond", "square", "triangle", "triangle-down"]);
export type MarkerShape = z.infer<typeof MarkerShapeSchema>;
