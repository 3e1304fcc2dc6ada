import { afterEach, beforeEach, vi } from "vitest";
import { buildDataset, writeDataDir } from "./dataset-builder";

/** Points the page getters (which read through getData()) at the builder's data for each test of the file. */
export function pointGettersAtBuilderData(): void {
  beforeEach(() => {
    vi.doMock("server-only", () => ({}));
    vi.stubEnv("DATA_DIR", writeDataDir(buildDataset()));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });
}
