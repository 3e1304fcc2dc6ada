import { expect, test } from "@playwright/test";
import { PROPOSAL_LIMITS } from "@/lib/params/proposal-params";
import { ProvisionKeySchema } from "@/lib/schema/provision";
import { rootActorId } from "@/lib/theme/actor-palette";
import { cell, columnIds, comparisonTable, loadProposals, rowKeys } from "./support/proposals-data";

test.describe("/proposals", () => {
  test("compares every proposal, oldest first, in real table markup", async ({ page, request }) => {
    const { ordered } = await loadProposals(request);
    await page.goto("/proposals");
    await expect(page).toHaveTitle(/Proposals compared/);
    const table = comparisonTable(page);
    await expect(table.locator("caption")).toContainText(`${ordered.length} proposals compared`);
    await expect(table.locator('thead th[scope="col"]')).toHaveCount(ordered.length + 1);
    await expect.poll(() => columnIds(page)).toEqual(ordered.map((p) => p.id));
    // Dates never go backwards; a reply follows what it answers.
    const dates = ordered.map((p) => p.date);
    expect([...dates].sort()).toEqual(dates);
    for (const [i, proposal] of ordered.entries()) {
      if (proposal.respondsToId) expect(ordered.findIndex((p) => p.id === proposal.respondsToId)).toBeLessThan(i);
    }
    // One row heading per provision, plus the status row.
    await expect.poll(() => rowKeys(page)).toEqual(ProvisionKeySchema.options);
    await expect(table.locator('tbody th[scope="row"]')).toHaveCount(ProvisionKeySchema.options.length + 1);
    for (const proposal of ordered) {
      const status = proposal.statusHistory.at(-1)!;
      const heading = table.locator(`thead th[data-proposal="${proposal.id}"]`);
      await expect(heading.getByRole("link", { name: proposal.shortTitle, exact: true })).toHaveAttribute("href", `/proposals/${proposal.id}`);
      const column = ordered.indexOf(proposal);
      const statusCell = table.locator("tbody tr.ptable-status-row td").nth(column);
      await expect(statusCell.locator("[data-status]").first()).toHaveAttribute("data-status", status.status);
      if (status.eventId) await expect(statusCell.locator(`a[href="/events/${status.eventId}"]`)).toBeVisible();
    }
  });

  test("shows what each proposal says, and tells 'not reported' apart from 'not part of it'", async ({ page, request }) => {
    const { ordered } = await loadProposals(request);
    await page.goto("/proposals");
    for (const [column, proposal] of ordered.entries()) {
      for (const key of ProvisionKeySchema.options) {
        const provision = proposal.provisions[key];
        const target = cell(page, key, column);
        if (!provision) {
          await expect(target, `${proposal.id} ${key}`).toHaveAttribute("data-state", "not-reported");
          await expect(target).toContainText("Not reported in the sources");
          continue;
        }
        await expect(target, `${proposal.id} ${key}`).toHaveAttribute("data-state", provision.state);
        await expect(target).toContainText(provision.value);
        await expect(target).not.toContainText("Not reported in the sources");
        if (provision.state === "not-included") await expect(target).toContainText("Not part of this proposal");
        await expect(target.locator("a.cite-link")).toHaveCount(provision.sources.length);
      }
    }
  });

  test("marks differences from the previous column where the data differs", async ({ page, request }) => {
    const { ordered } = await loadProposals(request);
    // Independent of the diff code: presence on one side only, or two different amounts, must be marked;
    // two equal amounts, or nothing on either side, must not.
    const expectMarks = async (columns: typeof ordered) => {
      for (let i = 1; i < columns.length; i += 1) {
        for (const key of ProvisionKeySchema.options) {
          const before = columns[i - 1]!.provisions[key];
          const now = columns[i]!.provisions[key];
          const target = cell(page, key, i);
          const label = `${columns[i]!.id} ${key}`;
          if (!before && !now) await expect(target, label).not.toHaveClass(/pcell--marked/);
          else if (!before) await expect(target.locator(".pcell-change"), label).toContainText("Newly reported");
          else if (!now) await expect(target.locator(".pcell-change"), label).toContainText("No longer reported");
          else if (before.state === "specified" && now.state === "specified" && before.amount !== undefined && now.amount !== undefined) {
            if (before.amount === now.amount) await expect(target, label).not.toHaveClass(/pcell--marked/);
            else await expect(target.locator(".pcell-change"), label).toContainText("Changed");
          }
        }
      }
      // The first column has nothing to differ from.
      await expect(comparisonTable(page).locator("tbody tr[data-row] td:nth-child(2).pcell--marked")).toHaveCount(0);
    };

    await page.goto("/proposals");
    await expectMarks(ordered);
    expect(await comparisonTable(page).locator("td.pcell--marked").count()).toBeGreaterThan(0);

    // Comparing only the first and the last: the last is now compared with the first.
    const [oldest, newest] = [ordered[0]!, ordered.at(-1)!];
    const pair = [oldest, newest];
    await page.goto(`/proposals?p=${oldest.id}&p=${newest.id}`);
    await expect.poll(() => columnIds(page)).toEqual(pair.map((p) => p.id));
    await expectMarks(pair);
  });

  test("selecting proposals in the form changes the URL and the table", async ({ page, request }) => {
    const { ordered } = await loadProposals(request);
    await page.goto("/proposals");
    const form = page.locator("form.pcontrols");
    const dropped = ordered[1]!;
    await form.getByRole("checkbox", { name: new RegExp(dropped.shortTitle.replace(/[()]/g, "\\$&")) }).uncheck();
    await form.getByRole("button", { name: "Update comparison" }).click();
    const kept = ordered.filter((p) => p.id !== dropped.id);
    await expect(page).toHaveURL((url) => url.pathname === "/proposals" && url.searchParams.getAll("p").join(",") === kept.map((p) => p.id).join(","));
    await expect.poll(() => columnIds(page)).toEqual(kept.map((p) => p.id));
    await expect(comparisonTable(page).locator("caption")).toContainText(`${kept.length} proposals compared`);

    // The column's own "Hide" link removes it too, and the URL says so.
    const next = kept[0]!;
    await comparisonTable(page).getByRole("link", { name: `Hide ${next.shortTitle} from the comparison` }).click();
    const left = kept.slice(1);
    await expect(page).toHaveURL((url) => url.searchParams.getAll("p").join(",") === left.map((p) => p.id).join(","));
    await expect.poll(() => columnIds(page)).toEqual(left.map((p) => p.id));
  });

  test("rows can be hidden and shown again, and the URL keeps them hidden", async ({ page }) => {
    const withoutAid = ProvisionKeySchema.options.filter((key) => key !== "humanitarianAid");
    await page.goto("/proposals");
    await comparisonTable(page).getByRole("link", { name: "Hide the row Humanitarian aid" }).click();
    await expect(page).toHaveURL((url) => url.searchParams.getAll("hide").join(",") === "humanitarianAid");
    await expect.poll(() => rowKeys(page)).toEqual(withoutAid);
    await expect(page.getByTestId("hidden-rows")).toContainText("Humanitarian aid");

    await page.reload();
    await expect.poll(() => rowKeys(page)).toEqual(withoutAid);

    await page.getByRole("link", { name: "Show the row Humanitarian aid" }).click();
    await expect(page).toHaveURL((url) => !url.searchParams.has("hide"));
    await expect.poll(() => rowKeys(page)).toEqual(ProvisionKeySchema.options);
  });

  test("a linked comparison opens as linked", async ({ page, request }) => {
    const { ordered } = await loadProposals(request);
    const [newest, oldest] = [ordered.at(-1)!, ordered[0]!];
    const chosen = [newest, oldest]; // listed newest first in the link
    await page.goto(`/proposals?p=${newest.id}&p=${oldest.id}&hide=truceLength&hide=otherDemands`);
    await expect.poll(() => columnIds(page)).toEqual([ordered[0]!.id, ordered.at(-1)!.id]);
    await expect.poll(() => rowKeys(page)).toEqual(ProvisionKeySchema.options.filter((k) => k !== "truceLength" && k !== "otherDemands"));
    const form = page.locator("form.pcontrols");
    for (const proposal of ordered) {
      const box = form.locator(`input[name="p"][value="${proposal.id}"]`);
      if (chosen.some((c) => c.id === proposal.id)) await expect(box).toBeChecked();
      else await expect(box).not.toBeChecked();
    }
    await expect(form.locator('input[name="hide"][value="truceLength"]')).toBeChecked();
    await expect(page.locator('[role="status"]')).toHaveCount(0);
    await expect(page).toHaveTitle(new RegExp(`Compared: ${ordered[0]!.shortTitle.replace(/[()]/g, "\\$&")}`));
  });

  test("a citation's quote is reachable by keyboard and opens its source", async ({ page, request }) => {
    const { ordered } = await loadProposals(request);
    await page.goto("/proposals");
    // Tab from the table's start until a citation link has focus.
    await comparisonTable(page).locator("..").focus();
    let focusedIsCitation = false;
    for (let i = 0; i < 80 && !focusedIsCitation; i += 1) {
      await page.keyboard.press("Tab");
      focusedIsCitation = await page.evaluate(() => document.activeElement?.classList.contains("cite-link") ?? false);
    }
    expect(focusedIsCitation).toBe(true);
    const link = page.locator("a.cite-link:focus");
    const popoverId = await link.getAttribute("aria-describedby");
    const popover = page.locator(`[id="${popoverId}"]`);
    await expect(popover).toBeVisible();
    await expect(popover).toHaveAttribute("role", "tooltip");

    // The first citation reached belongs to the first reported provision of the first row that has one.
    const first = ProvisionKeySchema.options.flatMap((key) => ordered.flatMap((p) => p.provisions[key]?.sources ?? []))[0]!;
    await expect(popover).toContainText(first.quote.replace(/\s+/g, " "));
    await expect(link).toHaveAccessibleDescription(new RegExp(first.quote.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    await expect(link).toHaveAttribute("href", new RegExp(`^/sources/${first.articleId}#q-[0-9a-f]{8}$`));

    // Escape closes it without moving focus; moving on and back opens it again.
    await page.keyboard.press("Escape");
    await expect(popover).toBeHidden();
    await expect(link).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Shift+Tab");
    await expect(popover).toBeVisible();

    // Each numbered passage is also listed in full below the table.
    const number = await link.getAttribute("data-note");
    await expect(page.locator(`#note-${number}`)).toContainText(first.quote.replace(/\s+/g, " "));
  });

  test("shows each side's stated positions with quotes, dates and links", async ({ page, request }) => {
    const { dataset } = await loadProposals(request);
    const actors = new Map(dataset.actors.map((a) => [a.id, a]));
    await page.goto("/proposals");
    const section = page.getByRole("region", { name: "Who objects to what" });
    const withTopics = dataset.statements.filter((s) => s.topics.length > 0);
    expect(withTopics.length).toBeGreaterThan(0);
    for (const statement of withTopics) {
      const entry = section.locator(`a[href="/timeline?entry=${statement.id}#${statement.id}"]`).first();
      await expect(entry, statement.id).toBeAttached();
    }
    // Israel and Hamas both have a column for the end-of-war guarantee, with their statements in it.
    const guarantee = section.locator('[data-positions~="endOfWarGuarantee"]');
    for (const side of ["israel", "hamas"]) {
      const expected = withTopics.filter((s) => s.topics.includes("endOfWarGuarantee") && rootActorId(s.actorId, actors) === side);
      await expect(guarantee.locator(`[data-side="${side}"] article`)).toHaveCount(expected.length);
    }
    await expect(guarantee.locator('[data-side="mediators"]')).toBeVisible();
  });

  test("the default view compares the latest proposals (every one when there are few) and the picker reaches the rest", async ({ page, request }) => {
    const { ordered } = await loadProposals(request);
    const latest = ordered.slice(-PROPOSAL_LIMITS.defaultCount);
    await page.goto("/proposals");
    await expect.poll(() => columnIds(page)).toEqual(latest.map((p) => p.id));
    const briefs = page.getByRole("region", { name: "The proposals in brief" }).locator("article h3");
    await expect(briefs).toHaveText(latest.map((p) => p.title));
    const note = page.getByTestId("default-selection");
    if (ordered.length > latest.length) await expect(note).toContainText(`Showing the latest ${latest.length} of the ${ordered.length} proposals`);
    else await expect(note).toHaveCount(0);
    // Every proposal on the picker's first page has a box; the compared ones are ticked.
    const form = page.locator("form.pcontrols");
    for (const proposal of ordered.slice(-PROPOSAL_LIMITS.pickerPageSize)) {
      const box = form.locator(`input[name="p"][value="${proposal.id}"]`);
      if (latest.includes(proposal)) await expect(box).toBeChecked();
      else await expect(box).not.toBeChecked();
    }
    await expect(page.getByRole("navigation", { name: "Pages of the proposal list" })).toHaveCount(ordered.length > PROPOSAL_LIMITS.pickerPageSize ? 1 : 0);
  });

  test("an explicit p= selection shows exactly those proposals, in date order, with their briefs", async ({ page, request }) => {
    const { ordered } = await loadProposals(request);
    const chosen = [ordered.at(-1)!, ordered[0]!, ordered[1]!];
    await page.goto(`/proposals?${chosen.map((p) => `p=${p.id}`).join("&")}`);
    const expected = ordered.filter((p) => chosen.includes(p));
    await expect.poll(() => columnIds(page)).toEqual(expected.map((p) => p.id));
    await expect(page.getByRole("region", { name: "The proposals in brief" }).locator("article h3")).toHaveText(expected.map((p) => p.title));
    await expect(page.getByTestId("default-selection")).toHaveCount(0);
    await expect(page.locator('[role="status"]')).toHaveCount(0);
    await expect(page).toHaveTitle(new RegExp(`Compared: ${expected.map((p) => p.shortTitle.replace(/[()]/g, "\\$&")).join(" · ")}`));
  });

  test("a picker page beyond the last shows the last, with a notice", async ({ page, request }) => {
    const { ordered } = await loadProposals(request);
    const response = await page.goto("/proposals?list=999");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status")).toContainText("the last is shown");
    await expect.poll(() => columnIds(page)).toEqual(ordered.slice(-PROPOSAL_LIMITS.defaultCount).map((p) => p.id));
  });

  test("unknown proposal ids show a notice and the page still renders", async ({ page, request }) => {
    const { ordered } = await loadProposals(request);
    const response = await page.goto("/proposals?p=no-such-plan");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status")).toContainText("p=no-such-plan");
    await expect.poll(() => columnIds(page)).toEqual(ordered.map((p) => p.id));

    await page.goto(`/proposals?p=${ordered[0]!.id}&p=nope&hide=colour`);
    await expect(page.getByRole("status")).toContainText("p=nope");
    await expect(page.getByRole("status")).toContainText("hide=colour");
    await expect.poll(() => columnIds(page)).toEqual([ordered[0]!.id]);
  });

  test("fits a 360 px phone: the table scrolls inside its box, row headings stay in view", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/proposals");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const wrap = page.locator(".ptable-wrap");
    const sizes = await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    const heading = comparisonTable(page).locator('tbody tr[data-row="truceLength"] th');
    const before = await heading.boundingBox();
    await wrap.evaluate((el) => el.scrollBy({ left: 400 }));
    const after = await heading.boundingBox();
    expect(after?.x).toBeCloseTo(before?.x ?? -1, 0);
    await expect(heading).toBeVisible();
  });

  test("prints the whole table with citations as footnotes", async ({ page }) => {
    await page.setViewportSize({ width: 760, height: 1000 });
    await page.emulateMedia({ media: "print" });
    await page.goto("/proposals");
    const wrap = page.locator(".ptable-wrap");
    const sizes = await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client + 1);
    await expect(page.locator("form.pcontrols")).toBeHidden();
    await expect(page.getByRole("heading", { name: "Passages cited in the table" })).toBeVisible();
    await page.locator("a.cite-link").first().focus();
    await expect(page.locator(".cite-pop").first()).toBeHidden();
  });
});

test.describe("/proposals/[id]", () => {
  test("shows one proposal in full", async ({ page, request }) => {
    const { dataset, ordered } = await loadProposals(request);
    const proposal = ordered[1]!;
    await page.goto(`/proposals/${proposal.id}`);
    await expect(page).toHaveTitle(new RegExp(proposal.title.replace(/[()]/g, "\\$&")));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", proposal.title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.+/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(proposal.title);
    for (const id of proposal.proposerIds) await expect(page.locator(`a[href="/actors/${id}"]`).first()).toBeVisible();

    const history = page.getByRole("region", { name: "Status history" });
    await expect(history.locator("li")).toHaveCount(proposal.statusHistory.length);
    for (const change of proposal.statusHistory) {
      if (change.eventId) await expect(history.locator(`a[href="/events/${change.eventId}"]`).first()).toBeVisible();
    }

    for (const key of ProvisionKeySchema.options) {
      const row = page.locator(`[data-row="${key}"]`);
      const provision = proposal.provisions[key];
      if (!provision) await expect(row).toContainText("Not reported in the sources");
      else {
        await expect(row).toContainText(provision.value);
        for (const source of provision.sources) await expect(row.locator("blockquote").filter({ hasText: source.quote.slice(0, 30) })).toHaveCount(1);
      }
    }

    const reactions = page.getByRole("region", { name: "Events and reactions" });
    const expected = [...dataset.events, ...dataset.statements].filter((f) => f.proposalIds.includes(proposal.id));
    await expect(reactions.locator("article.entry-card")).toHaveCount(expected.length);

    const previous = ordered[0]!;
    await page.getByRole("link", { name: `Compare with the ${previous.shortTitle}` }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/proposals" && url.searchParams.getAll("p").join(",") === `${previous.id},${proposal.id}`);
    await expect.poll(() => columnIds(page)).toEqual([previous.id, proposal.id]);
  });

  test("an unknown proposal id is a 404", async ({ page }) => {
    const response = await page.goto("/proposals/no-such-plan");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/no proposal|nothing/i);
  });

  test("fits a 360 px phone", async ({ page, request }) => {
    const { ordered } = await loadProposals(request);
    await page.setViewportSize({ width: 360, height: 800 });
    for (const proposal of ordered) {
      await page.goto(`/proposals/${proposal.id}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, proposal.id).toBeLessThanOrEqual(0);
    }
  });
});

test("the comparison is readable with JavaScript off", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/proposals");
  const table = page.getByRole("table").first();
  await expect(table).toBeVisible();
  await expect(table.locator("thead th, tr:first-child th").first()).toBeVisible();
  await context.close();
});
