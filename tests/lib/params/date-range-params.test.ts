import { expect, it } from "vitest";
import { parseDateRange } from "@/lib/params/date-range-params";

it.each([
  [{}, {}, 0],
  [{ from: "2025-06-01", to: "2025-07-31" }, { from: "2025-06-01", to: "2025-07-31" }, 0],
  [{ from: "2025-07-31", to: "2025-06-01" }, { from: "2025-06-01", to: "2025-07-31" }, 1],
  [{ from: "2025-02-30" }, {}, 1],
  [{ to: "yesterday" }, {}, 1],
  [{ from: ["2025-06-01", "2025-01-01"] }, { from: "2025-06-01" }, 0],
  [{ from: " " }, {}, 0],
])("%o → %o with %i notice(s)", (params, range, noticeCount) => {
  const result = parseDateRange(params);
  expect(result.range).toEqual(range);
  expect(result.notices).toHaveLength(noticeCount);
});

it("cuts an overlong bad value in its notice", () => {
  const { notices } = parseDateRange({ to: "x".repeat(500) });
  expect(notices[0]?.message.length).toBeLessThan(120);
  expect(notices[0]?.message).toContain("not a valid date");
});
