import { afterEach, describe, expect, it, vi } from "vitest";
import { isReviewEnabled, isSameOrigin, runReviewAction } from "@/lib/review/review-request";
import { DRAFT_ID, writeReviewDataDir } from "../../support/draft-builder";

describe("isSameOrigin", () => {
  it.each<{ name: string; headers: Record<string, string>; expected: boolean }>([
    { name: "the page's own origin", headers: { origin: "http://localhost:3000", host: "localhost:3000" }, expected: true },
    { name: "own origin, browser says same-origin", headers: { origin: "http://localhost:3000", host: "localhost:3000", "sec-fetch-site": "same-origin" }, expected: true },
    { name: "another site", headers: { origin: "http://evil.example", host: "localhost:3000" }, expected: false },
    { name: "another port", headers: { origin: "http://localhost:3001", host: "localhost:3000" }, expected: false },
    { name: "an opaque origin", headers: { origin: "null", host: "localhost:3000" }, expected: false },
    { name: "no Origin header", headers: { host: "localhost:3000" }, expected: false },
    { name: "own origin but the browser says cross-site", headers: { origin: "http://localhost:3000", host: "localhost:3000", "sec-fetch-site": "cross-site" }, expected: false },
  ])("$name: $expected", ({ headers, expected }) => {
    expect(isSameOrigin(new Headers(headers))).toBe(expected);
  });
});

describe("isReviewEnabled", () => {
  afterEach(() => vi.unstubAllEnvs());
  it.each([
    ["development", true],
    ["production", false],
    ["test", false],
  ] as const)("NODE_ENV=%s: %s", (env, expected) => {
    vi.stubEnv("NODE_ENV", env);
    expect(isReviewEnabled()).toBe(expected);
  });
});

describe("runReviewAction", () => {
  it.each([
    { name: "not an action", input: { action: "publish" }, status: 400, message: "the request is not a review action" },
    { name: "an unknown collection", input: { action: "accept", collection: "proposals", recordId: "x" }, status: 400, message: "the request is not a review action" },
    { name: "an unknown record", input: { action: "reject", collection: "counts", recordId: "x" }, status: 404, message: 'no figure "x" in draft "test-article"' },
    { name: "a record blocked by its drafted actor", input: { action: "accept", collection: "statements", recordId: "egyptian-official-within-reach" }, status: 409, message: /accept it first/ },
    { name: "an edit that is not an object", input: { action: "edit", collection: "counts", recordId: "hostages-alive-army", record: [1] }, status: 422, message: "not saved: the figure must be a JSON object" },
    { name: "an accept that passes", input: { action: "accept", collection: "counts", recordId: "hostages-alive-army" }, status: 200, message: 'wrote figure "hostages-alive-army" to counts.json' },
  ])("answers $status for $name", async ({ input, status, message }) => {
    const response = await runReviewAction(writeReviewDataDir(), DRAFT_ID, input);
    expect(response.status).toBe(status);
    expect(response.body.message).toMatch(message);
  });
});
