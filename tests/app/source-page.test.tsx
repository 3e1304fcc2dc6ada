import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, expect, it, vi } from "vitest";
import { buildDataset, writeDataDir } from "../support/dataset-builder";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

it("marks a source's publication date with the shared “Our inference” marker, not a bare “(inferred)”", async () => {
  vi.doMock("server-only", () => ({}));
  vi.stubEnv("DATA_DIR", writeDataDir(buildDataset()));
  const { default: SourcePage } = await import("@/app/sources/[id]/page");
  const html = renderToStaticMarkup(await SourcePage({ params: Promise.resolve({ id: "test-article" }) }));
  const header = /<header.*?<\/header>/s.exec(html)?.[0] ?? "";
  expect(header).toMatch(/<span class="inference-mark" data-inference="published"><span class="inference-badge">Our inference<\/span><span [^>]*>Publication date: <\/span>The article states no date of its own/);
  expect(html).not.toContain("(inferred)");
});
