import { describe, expect, it } from "vitest";
import { stackLabels, wrapWords } from "@/lib/charts/label-layout";

describe("wrapWords", () => {
  it("breaks between words to fit the width", () => {
    // 10.5-unit text is about 5.9 units a character: 94 units hold 15 characters, 60 units 10.
    expect(wrapWords("not attributed; Matzav.com", 94, 10.5)).toEqual(["not attributed;", "Matzav.com"]);
    expect(wrapWords("Israeli officials", 100, 10.5)).toEqual(["Israeli officials"]);
    expect(wrapWords("Israeli officials", 60, 10.5)).toEqual(["Israeli", "officials"]);
  });

  it("cuts what does not fit in the lines allowed, and says so", () => {
    const lines = wrapWords("one two three four five six seven", 30, 10.5, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
  });
});

describe("stackLabels", () => {
  it("leaves labels at their anchors when they do not meet", () => {
    const tops = stackLabels(
      [
        { id: "a", anchor: 20, height: 10, offset: 5 },
        { id: "b", anchor: 80, height: 10, offset: 5 },
      ],
      { top: 0, bottom: 100 },
    );
    expect(Object.fromEntries(tops)).toEqual({ a: 15, b: 75 });
  });

  it("pushes labels for the same height apart and keeps them inside the bounds", () => {
    const items = [
      { id: "a", anchor: 95, height: 20, offset: 5 },
      { id: "b", anchor: 95, height: 20, offset: 5 },
      { id: "c", anchor: 96, height: 20, offset: 5 },
    ];
    const tops = stackLabels(items, { top: 0, bottom: 100 }, 4);
    const boxes = items.map((item) => ({ top: tops.get(item.id)!, bottom: tops.get(item.id)! + item.height })).sort((x, y) => x.top - y.top);
    boxes.forEach((box, i) => {
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(100);
      if (i > 0) expect(box.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom + 4);
    });
  });
});
