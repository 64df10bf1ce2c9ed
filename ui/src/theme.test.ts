// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import page from "../index.html?raw";
import { applyTheme, storedTheme, THEME_KEY } from "./theme";

const storage = (value: string | null) => ({ getItem: (key: string) => (key === THEME_KEY ? value : null) });

describe("theme", () => {
  it("follows the system unless light or dark was chosen", () => {
    expect(storedTheme(storage(null))).toBe("system");
    expect(storedTheme(storage("dark"))).toBe("dark");
    expect(storedTheme(storage("light"))).toBe("light");
    expect(storedTheme(storage("system"))).toBe("system");
    expect(storedTheme(storage("sepia"))).toBe("system");
  });

  it("is shown as data-theme on <html>", () => {
    applyTheme("dark");
    expect(document.documentElement.dataset.theme).toBe("dark");
    applyTheme("system");
    expect(document.documentElement.dataset.theme).toBe("system");
  });

  it("is applied by index.html before the app's script, from the same key", () => {
    const head = page.slice(0, page.indexOf("</head>"));
    expect(head).toContain(`localStorage.getItem("${THEME_KEY}")`);
    expect(head).toContain("document.documentElement.dataset.theme");
  });
});
