import { describe, expect, it } from "vitest";
import { matchesIfNoneMatch, respondWithEtag, strongEtag } from "@/lib/http/etag";

describe("strongEtag", () => {
  it("is a quoted hash that changes with the body", () => {
    expect(strongEtag("a")).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(strongEtag("a")).toBe(strongEtag(new TextEncoder().encode("a")));
    expect(strongEtag("a")).not.toBe(strongEtag("b"));
  });
});

describe("matchesIfNoneMatch", () => {
  const etag = '"abc"';
  it.each<{ header: string | null; matches: boolean }>([
    { header: null, matches: false },
    { header: "", matches: false },
    { header: '"abc"', matches: true },
    { header: 'W/"abc"', matches: true },
    { header: '"x", "abc"', matches: true },
    { header: '"x","abc" ', matches: true },
    { header: "*", matches: true },
    { header: '"abcd"', matches: false },
    { header: "abc", matches: false },
  ])("$header → $matches", ({ header, matches }) => {
    expect(matchesIfNoneMatch(header, etag)).toBe(matches);
  });
});

describe("respondWithEtag", () => {
  const headers = { "Content-Type": "application/json", "Cache-Control": "public, max-age=60" };
  const request = (ifNoneMatch?: string) => new Request("http://localhost/x", { headers: ifNoneMatch ? { "If-None-Match": ifNoneMatch } : {} });

  it("sends the body with its ETag, then 304 with the caching headers only", async () => {
    const full = respondWithEtag(request(), { status: 200, body: "{}", headers });
    expect(full.status).toBe(200);
    expect(await full.text()).toBe("{}");
    const etag = full.headers.get("etag")!;
    const notModified = respondWithEtag(request(etag), { status: 200, body: "{}", headers });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("etag")).toBe(etag);
    expect(notModified.headers.get("cache-control")).toBe("public, max-age=60");
    expect(notModified.headers.get("content-type")).toBeNull();
  });

  it("sends binary bodies (card images) byte for byte, with the same 304 handling", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    const full = respondWithEtag(request(), { status: 200, body: png, headers: { "Content-Type": "image/png" } });
    expect(new Uint8Array(await full.arrayBuffer())).toEqual(png);
    expect(full.headers.get("etag")).toBe(strongEtag(png));
    expect(respondWithEtag(request(full.headers.get("etag")!), { status: 200, body: png, headers: {} }).status).toBe(304);
  });

  it("never answers an error with 304", () => {
    const etag = strongEtag("{}");
    expect(respondWithEtag(request(etag), { status: 404, body: "{}", headers }).status).toBe(404);
  });
});
