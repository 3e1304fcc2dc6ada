import { z } from "zod";

/** One thing wrong with a request: the query parameter it concerns (or `id`, the path's last segment) and why. */
export const ApiErrorSchema = z.object({
  parameter: z.string().optional(),
  message: z.string(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** Body of every 400 and 404: `error` is the first problem, `errors` all of them. */
export const ApiErrorBodySchema = z.object({
  error: ApiErrorSchema,
  errors: z.array(ApiErrorSchema).min(1),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;

/** Where a list page sits: `count` items on it, `total` matching items over `pages` pages of `size`. */
export const PageInfoSchema = z.object({
  number: z.number().int().min(1),
  size: z.number().int().min(1),
  count: z.number().int().min(0),
  total: z.number().int().min(0),
  pages: z.number().int().min(1),
});
export type PageInfo = z.infer<typeof PageInfoSchema>;

/** Site-relative links (never absolute, so a forged Host header cannot end up in a cached body). */
export const LinksSchema = z.object({
  self: z.string(),
  next: z.string().optional(),
  prev: z.string().optional(),
});
export type Links = z.infer<typeof LinksSchema>;

/** The parameters a list was answered with, cleaned: repeatable ones as sorted lists, defaults filled in. */
export const ApiQuerySchema = z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]));
export type ApiQuery = z.infer<typeof ApiQuerySchema>;

/** Everything in a list body but the records themselves (their shape depends on the collection). */
export const ListEnvelopeSchema = z.object({
  data: z.array(z.unknown()),
  page: PageInfoSchema,
  links: LinksSchema,
  query: ApiQuerySchema,
});
export type ListBody<T> = Omit<z.infer<typeof ListEnvelopeSchema>, "data"> & { data: readonly T[] };

/** A single record and its own address. */
export const RecordEnvelopeSchema = z.object({
  data: z.unknown(),
  links: LinksSchema.pick({ self: true }),
});
export type RecordBody<T> = { data: T; links: { self: string } };
