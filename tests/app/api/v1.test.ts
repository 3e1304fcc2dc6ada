import { describe, expect, it, vi } from "vitest";
import { GET as getList } from "@/app/api/v1/[collection]/route";
import { GET as getRecord } from "@/app/api/v1/[collection]/[id]/route";
import { ApiErrorBodySchema, ListEnvelopeSchema, RecordEnvelopeSchema } from "@/lib/api/api-schemas";
import { getData } from "@/lib/data/dataset";
import { referenceFilter } from "../../support/reference-filter";

// server-only throws outside React's server build; vitest inlines it so this mock reaches it.
vi.mock("server-only", () => ({}));

// The route handlers on the real data/. Expectations come from the dataset by plain loops written here,
// never from lib/api.
const { dataset, timeline } = getData();
const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));

/** The actor and everyone below it, by walking each actor's organisation chain upwards. */
function family(actorId: string): Set<string> {
  const members = new Set<string>();
  for (const actor of dataset.actors) {
    const seen: string[] = [];
    for (let id: string | undefined = actor.id; id && !seen.includes(id); id = actors.get(id)?.organisationId) seen.push(id);
    if (seen.includes(actorId)) members.add(actor.id);
  }
  return members;
}

const newestFirst = <T extends { id: string }>(date: (item: T) => string) => (a: T, b: T) =>
  date(a) === date(b) ? (a.id < b.id ? -1 : 1) : date(a) < date(b) ? 1 : -1;
const byDate = newestFirst<{ id: string; date: string }>((item) => item.date);
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

async function list(path: string, headers: HeadersInit = {}) {
  const url = new URL(path, "http://localhost");
  const collection = url.pathname.split("/")[3]!;
  return getList(new Request(url, { headers }), { params: Promise.resolve({ collection }) });
}

async function record(path: string, headers: HeadersInit = {}) {
  const url = new URL(path, "http://localhost");
  const [, , , collection, id] = url.pathname.split("/");
  return getRecord(new Request(url, { headers }), { params: Promise.resolve({ collection: collection!, id: decodeURIComponent(id!) }) });
}

// Sample values from the data, so the cases keep meaning something as it grows.
const qatar = family("qatar");
const israel = family("israel");
const someDate = [...new Set(dataset.events.map((event) => event.date))].sort()[Math.floor(dataset.events.length / 2)]!;
const talks = dataset.events.filter((event) => event.type === "talks");

describe("GET /api/v1/<collection>: filters", () => {
  it.each<{ path: string; expected: () => string[]; minimum?: number }>([
    {
      path: "/api/v1/entries?actor=qatar",
      expected: () => ids(referenceFilter(timeline, { actorIds: ["qatar"] }, actors)),
      minimum: 2,
    },
    {
      path: "/api/v1/entries?actor=qatar&actor=hamas&type=statement&type=talks&order=oldest",
      expected: () => ids(referenceFilter(timeline, { actorIds: ["qatar", "hamas"], types: ["statement", "talks"] }, actors).reverse()),
      minimum: 2,
    },
    {
      path: "/api/v1/entries?q=ceasefire&to=2025-06-30",
      expected: () => ids(referenceFilter(timeline, { q: "ceasefire", to: "2025-06-30" }, actors)),
      minimum: 1,
    },
    {
      path: "/api/v1/events",
      expected: () => ids([...dataset.events].sort(byDate)),
      minimum: dataset.events.length,
    },
    {
      path: `/api/v1/events?type=talks&from=${someDate}`,
      expected: () => ids(talks.filter((event) => event.date >= someDate).sort(byDate)),
    },
    {
      path: "/api/v1/events?actor=israel&order=oldest",
      expected: () => ids(dataset.events.filter((event) => event.actorIds.some((id) => israel.has(id))).sort(byDate).reverse()),
      minimum: 1,
    },
    {
      path: "/api/v1/statements?actor=qatar",
      expected: () => ids(dataset.statements.filter((s) => qatar.has(s.speakerId) || qatar.has(s.actorId)).sort(byDate)),
      minimum: 1,
    },
    {
      path: "/api/v1/counts?actor=israel",
      expected: () => ids(dataset.counts.filter((count) => count.reportedById !== undefined && israel.has(count.reportedById)).sort(byDate)),
      minimum: 1,
    },
    {
      path: "/api/v1/counts?metric=hostages-alive&metric=deaths-gaza",
      expected: () => ids(dataset.counts.filter((count) => ["hostages-alive", "deaths-gaza"].includes(count.metric)).sort(byDate)),
      minimum: 1,
    },
    {
      path: "/api/v1/proposals",
      expected: () => ids([...dataset.proposals].sort(byDate)),
      minimum: dataset.proposals.length,
    },
    {
      path: "/api/v1/proposals?actor=qatar",
      expected: () => ids(dataset.proposals.filter((p) => p.proposerIds.some((id) => qatar.has(id))).sort(byDate)),
    },
    {
      path: "/api/v1/proposals?status=rejected&status=collapsed",
      expected: () => ids(dataset.proposals.filter((p) => ["rejected", "collapsed"].includes(p.statusHistory.at(-1)!.status)).sort(byDate)),
    },
    {
      path: "/api/v1/actors?kind=state&role=mediator",
      expected: () => ids(dataset.actors.filter((actor) => actor.kind === "state" && actor.role === "mediator")),
      minimum: 2,
    },
    {
      path: "/api/v1/actors?role=party&role=mediator",
      expected: () => ids(dataset.actors.filter((actor) => actor.role === "party" || actor.role === "mediator")),
      minimum: 3,
    },
    {
      path: "/api/v1/articles?from=2025-01-01",
      expected: () => ids(dataset.articles.filter((a) => a.published >= "2025-01-01").sort(newestFirst((a) => a.published))),
      minimum: 1,
    },
  ])("$path", async ({ path, expected, minimum = 0 }) => {
    const response = await list(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = ListEnvelopeSchema.parse(await response.json());
    const want = expected();
    expect(want.length).toBeGreaterThanOrEqual(minimum);
    expect(ids(body.data as { id: string }[])).toEqual(want);
    expect(body.page).toEqual({ number: 1, size: 100, count: want.length, total: want.length, pages: 1 });
  });

  it("lists the dataset's own records, field for field (articles without their body)", async () => {
    const events = ListEnvelopeSchema.parse(await (await list("/api/v1/events")).json());
    expect(events.data).toEqual(expect.arrayContaining(dataset.events));
    const articles = ListEnvelopeSchema.parse(await (await list("/api/v1/articles")).json());
    const withoutBodies = dataset.articles.map((article) => Object.fromEntries(Object.entries(article).filter(([key]) => key !== "body")));
    expect(articles.data).toEqual(expect.arrayContaining(withoutBodies));
    expect(articles.data.every((article) => !Object.hasOwn(article as object, "body"))).toBe(true);
  });

  it("gives the canonical query: repeatable values sorted and lower case, defaults filled in", async () => {
    const body = ListEnvelopeSchema.parse(await (await list("/api/v1/entries?type=statement&actor=Qatar&actor=hamas&q=%20the%20%20talks%20")).json());
    expect(body.query).toEqual({ actor: ["hamas", "qatar"], type: ["statement"], q: "the talks", order: "newest", p: 1 });
    expect(body.links).toEqual({ self: "/api/v1/entries?actor=hamas&actor=qatar&type=statement&q=the+talks" });
  });

  it("`entry` opens the page holding it", async () => {
    const entry = timeline[timeline.length - 1]!;
    const body = ListEnvelopeSchema.parse(await (await list(`/api/v1/entries?entry=${entry.id}`)).json());
    expect(ids(body.data as { id: string }[])).toContain(entry.id);
    expect(body.query).toMatchObject({ entry: entry.id, p: 1 });
  });
});

describe("GET /api/v1/<collection>: bad parameters are 400 naming the parameter", () => {
  const event = dataset.events[0]!;
  const otherEntry = timeline.find((entry) => entry.kind === "figure")!;
  it.each<{ path: string; parameter: string }>([
    { path: "/api/v1/entries?actor=no-such-actor", parameter: "actor" },
    { path: "/api/v1/entries?actor=", parameter: "actor" },
    { path: `/api/v1/entries?actor=${"a,".repeat(20)}`, parameter: "actor" },
    { path: "/api/v1/entries?type=speech", parameter: "type" },
    { path: "/api/v1/events?type=statement", parameter: "type" },
    { path: "/api/v1/statements?type=statement", parameter: "type" },
    { path: "/api/v1/entries?from=2025-02-30", parameter: "from" },
    { path: "/api/v1/entries?to=25/06/2025", parameter: "to" },
    { path: "/api/v1/entries?from=2025-07-01&to=2025-01-01", parameter: "from" },
    { path: "/api/v1/entries?from=2025-01-01&from=2025-02-01", parameter: "from" },
    { path: "/api/v1/entries?q=a&q=a", parameter: "q" },
    { path: `/api/v1/entries?q=${"x".repeat(201)}`, parameter: "q" },
    { path: "/api/v1/entries?order=random", parameter: "order" },
    { path: "/api/v1/entries?order=newest&order=oldest", parameter: "order" },
    { path: "/api/v1/entries?p=0", parameter: "p" },
    { path: "/api/v1/entries?p=-1", parameter: "p" },
    { path: "/api/v1/entries?p=1e3", parameter: "p" },
    { path: "/api/v1/entries?p=2", parameter: "p" },
    { path: "/api/v1/entries?p=1&page=1", parameter: "p" },
    { path: "/api/v1/entries?page=9", parameter: "p" },
    { path: "/api/v1/entries?entry=no-such-entry", parameter: "entry" },
    { path: `/api/v1/entries?entry=${event.id}&p=1`, parameter: "entry" },
    { path: `/api/v1/entries?entry=${otherEntry.id}&type=statement`, parameter: "entry" },
    { path: "/api/v1/entries?sort=oldest", parameter: "sort" },
    { path: "/api/v1/entries?__proto__=x", parameter: "__proto__" },
    { path: "/api/v1/events?entry=x", parameter: "entry" },
    { path: "/api/v1/counts?metric=hostages", parameter: "metric" },
    { path: "/api/v1/counts?type=figure", parameter: "type" },
    { path: "/api/v1/proposals?status=signed", parameter: "status" },
    { path: "/api/v1/proposals?q=plan", parameter: "q" },
    { path: "/api/v1/actors?kind=planet", parameter: "kind" },
    { path: "/api/v1/actors?role=", parameter: "role" },
    { path: "/api/v1/actors?from=2025-01-01", parameter: "from" },
    { path: "/api/v1/articles?actor=qatar", parameter: "actor" },
    { path: "/api/v1/articles?p=2", parameter: "p" },
  ])("$path → $parameter", async ({ path, parameter }) => {
    const response = await list(path);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = ApiErrorBodySchema.parse(await response.json());
    expect(body.errors.map((error) => error.parameter)).toContain(parameter);
    expect(body.error).toEqual(body.errors[0]);
  });

  it("names every bad parameter at once", async () => {
    const body = ApiErrorBodySchema.parse(await (await list("/api/v1/events?actor=nobody&type=statement&p=0&colour=red")).json());
    expect(new Set(body.errors.map((error) => error.parameter))).toEqual(new Set(["actor", "type", "p", "colour"]));
  });

  it("never lets echoed input read as markup", async () => {
    const response = await list("/api/v1/entries?actor=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    const text = await response.text();
    expect(text).not.toContain("<");
    expect(JSON.stringify(ApiErrorBodySchema.parse(JSON.parse(text)))).toContain("<script>");
  });
});

describe("GET /api/v1/<collection>/<id>", () => {
  it.each([
    { path: `/api/v1/events/${dataset.events[0]!.id}`, expected: () => dataset.events[0] },
    { path: `/api/v1/statements/${dataset.statements[0]!.id}`, expected: () => dataset.statements[0] },
    { path: `/api/v1/counts/${dataset.counts[0]!.id}`, expected: () => dataset.counts[0] },
    { path: `/api/v1/proposals/${dataset.proposals[0]!.id}`, expected: () => dataset.proposals[0] },
    { path: `/api/v1/actors/${dataset.actors[0]!.id}`, expected: () => dataset.actors[0] },
    { path: `/api/v1/articles/${dataset.articles[0]!.id}`, expected: () => dataset.articles[0] },
    { path: `/api/v1/entries/${timeline[0]!.id}`, expected: () => timeline[0] },
  ])("$path", async ({ path, expected }) => {
    const response = await record(path);
    expect(response.status).toBe(200);
    const body = RecordEnvelopeSchema.parse(await response.json());
    expect(body.data).toEqual(expected());
    expect(body.links.self).toBe(path);
  });

  it("includes an article's text", async () => {
    const article = dataset.articles[0]!;
    const body = RecordEnvelopeSchema.parse(await (await record(`/api/v1/articles/${article.id}`)).json());
    expect((body.data as { body: string }).body).toBe(article.body);
  });

  it.each<{ path: string; status: number; parameter?: string }>([
    { path: "/api/v1/events/no-such-event", status: 404, parameter: "id" },
    { path: `/api/v1/events/${dataset.statements[0]!.id}`, status: 404, parameter: "id" },
    { path: `/api/v1/events/${dataset.events[0]!.id.toUpperCase()}`, status: 404, parameter: "id" },
    { path: "/api/v1/events/..%2F..%2Fetc%2Fpasswd", status: 404, parameter: "id" },
    { path: "/api/v1/planets/earth", status: 404 },
    { path: `/api/v1/events/${dataset.events[0]!.id}?p=1`, status: 400, parameter: "p" },
  ])("$path → $status", async ({ path, status, parameter }) => {
    const response = await record(path);
    expect(response.status).toBe(status);
    const body = ApiErrorBodySchema.parse(await response.json());
    expect(body.error.parameter).toBe(parameter);
  });

  it("answers an unknown collection with a 404 listing the collections", async () => {
    const response = await list("/api/v1/planets");
    expect(response.status).toBe(404);
    expect(ApiErrorBodySchema.parse(await response.json()).error.message).toMatch(/entries, events, statements, counts, proposals, actors, articles/);
  });
});

describe("caching", () => {
  it.each(["/api/v1/entries?actor=qatar", "/api/v1/actors", `/api/v1/events/${dataset.events[0]!.id}`])("%s: strong ETag, 304 on If-None-Match", async (path) => {
    const get = path.split("?")[0]!.split("/").length > 4 ? record : list;
    const first = await get(path);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get("cache-control")).toMatch(/public, max-age=300, s-maxage=\d+/);

    const again = await get(path);
    expect(again.headers.get("etag")).toBe(etag);
    for (const header of [etag!, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const conditional = await get(path, { "If-None-Match": header });
      expect(conditional.status).toBe(304);
      expect(await conditional.text()).toBe("");
      expect(conditional.headers.get("etag")).toBe(etag);
      expect(conditional.headers.get("cache-control")).toBe(first.headers.get("cache-control"));
    }
    expect((await get(path, { "If-None-Match": '"stale"' })).status).toBe(200);
  });

  it("different bodies have different ETags; errors are never answered 304", async () => {
    const a = (await list("/api/v1/actors?role=party")).headers.get("etag");
    const b = (await list("/api/v1/actors?role=mediator")).headers.get("etag");
    expect(a).not.toBe(b);
    const error = await list("/api/v1/actors?role=planet");
    const repeat = await list("/api/v1/actors?role=planet", { "If-None-Match": error.headers.get("etag")! });
    expect(repeat.status).toBe(400);
  });
});
