import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleText } from "@/components/article-text";
import { quoteAnchorId } from "@/lib/format/quote-anchor";
import { articleCitations } from "@/lib/queries/article-citations";
import { highlightArticle } from "@/lib/queries/article-highlights";
import { buildIndex } from "@/lib/queries/dataset-index";
import { buildDataset, withArticleBody } from "../support/dataset-builder";

const HOSTILE_BODY =
  "Mediator Qatar said Tuesday that talks are “ongoing”.\n\n<script>alert(1)</script> Hamas said it had “not yet received any new proposals”.\n\n<img src=x onerror=alert(2)> The health ministry reported over 57,000 deaths.\n";

function render(body: string) {
  const index = buildIndex(withArticleBody(buildDataset(), body));
  const article = index.articles.get("test-article")!;
  const highlighted = highlightArticle(article.body, articleCitations(index, article.id), (f) => f.key);
  return { html: renderToStaticMarkup(<ArticleText paragraphs={highlighted.paragraphs} passages={highlighted.passages} />), highlighted };
}

describe("ArticleText", () => {
  it("shows markup in the article as text, never as HTML", () => {
    const { html } = render(HOSTILE_BODY);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(2)&gt;");
  });

  it("marks each quoted passage with its anchor id and links it to the facts citing it", () => {
    const { html, highlighted } = render(HOSTILE_BODY);
    expect(highlighted.unmatched).toEqual([]);
    const marks = html.match(/<mark\b/g) ?? [];
    expect(marks).toHaveLength(highlighted.passages.length);
    for (const quote of ['talks are "ongoing"', "reported over 57,000 deaths", 'Hamas said it had "not yet received any new proposals"']) {
      expect(html).toContain(`id="${quoteAnchorId(quote)}"`);
    }
    expect(html).toContain('href="/events/talks-ongoing"');
    expect(html).toContain('href="/timeline?entry=hamas-no-proposals#hamas-no-proposals"');
    expect(html).toContain('href="/actors/hamas-spokesman"');
  });

  it("labels a paragraph repeated word for word and keeps its text", () => {
    const { html } = render("First paragraph here.\n\nSecond one.\n\nFirst paragraph here.\n");
    expect(html.match(/Repeated verbatim in the original/g)).toHaveLength(1);
    expect(html.match(/First paragraph here\./g)).toHaveLength(2);
    expect(html).toContain('data-repeat-of="p-1"');
  });
});
