// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { ignoresDiacritics, renderResults } from "./search";

describe("search", () => {
  it("ignores diacritics only when the query has none", () => {
    expect(ignoresDiacritics("pho bo")).toBe(true);
    expect(ignoresDiacritics("phở bò")).toBe(false);
    expect(ignoresDiacritics("Đà Nẵng")).toBe(false);
    expect(ignoresDiacritics("がっこう")).toBe(true);
  });

  it("renders snippets as text, never as markup", () => {
    const list = document.createElement("ul");
    renderResults(
      list,
      [
        {
          conversationId: 1,
          conversationTitle: "<img src=x onerror=alert(1)>",
          messageId: 2,
          role: "assistant",
          createdAt: 0,
          snippet: [
            { text: "<script>alert(1)</script> ", hit: false },
            { text: "東京", hit: true },
          ],
        },
      ],
      () => {},
    );
    expect(list.querySelector("img, script")).toBeNull();
    expect(list.querySelector("mark")?.textContent).toBe("東京");
    expect(list.textContent).toContain("<script>alert(1)</script>");
  });
});
