import { z } from "zod";
import { IsoDateSchema, SlugSchema } from "./primitives";

/** Front matter of `data/articles/<id>.md`; the Markdown body is the article text, verbatim. */
export const ArticleFrontMatterSchema = z.object({
  id: SlugSchema,
  title: z.string().min(1),
  /** Publisher, only where the text itself names it. */
  outlet: z.string().min(1).nullable(),
  /** Inferred publication date; no seed text states its own date. The earliest day when it is a range. */
  published: IsoDateSchema,
  /** The last possible day when the text allows more than one ("25 or 26 June 2025"). */
  publishedLatest: IsoDateSchema.optional(),
  /** The in-text anchors that fix `published`, one per item. */
  publishedEvidence: z.array(z.string().min(1)).min(1, "explain how the publication date was inferred"),
  /** File name of the seed this article was copied from. */
  seedFile: z.string().regex(/^[\w.-]+\.txt$/, "must be a seed file name such as 000_abc.txt"),
  /** sha256 of the seed file; the loader checks the body against it, so the text stays verbatim. */
  seedSha256: z.string().regex(/^[a-f0-9]{64}$/, "must be a sha256 hex digest"),
  /** Errors or oddities in the text, recorded here because the text itself is never edited. */
  notes: z.array(z.string().min(1)).default([]),
}).superRefine((value, ctx) => {
  if (value.publishedLatest !== undefined && value.publishedLatest <= value.published) {
    ctx.addIssue({
      code: "custom",
      path: ["publishedLatest"],
      message: `${value.publishedLatest} must be after published (${value.published}): it is the last day of a range`,
    });
  }
});
export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatterSchema>;

export const ArticleSchema = ArticleFrontMatterSchema.extend({
  /** The article text exactly as received. */
  body: z.string().min(1, "article text is empty"),
});
/** A source article: front matter plus its verbatim text. */
export type Article = z.infer<typeof ArticleSchema>;
