// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import page from "../index.html?raw";
import { applyTheme, attachTheme, resolveTheme, SYSTEM_DARK, storedTheme, THEME_KEY, type Theme } from "./theme";

const storage = (value: string | null) => ({ getItem: (key: string) => (key === THEME_KEY ? value : null) });

/** Stands in for the system's colour preference; `set` switches it the way the OS would. */
function system(dark: boolean) {
  const listeners: (() => void)[] = [];
  const query = {
    matches: dark,
    addEventListener: (type: string, listener: () => void) => type === "change" && listeners.push(listener),
  };
  vi.stubGlobal("matchMedia", (media: string) => {
    expect(media).toBe(SYSTEM_DARK);
    return query;
  });
  return {
    set(nowDark: boolean) {
      query.matches = nowDark;
      for (const listener of listeners) listener();
    },
  };
}

/** The inline script in index.html's <head>, as a function to run here. */
function headScript(): () => void {
  const doc = new DOMParser().parseFromString(page, "text/html");
  const scripts = [...doc.head.querySelectorAll("script")].filter((s) => !s.src);
  expect(scripts).toHaveLength(1);
  return new Function(scripts[0].textContent ?? "") as () => void;
}

/** The theme menu as index.html has it. */
function themePicker(): HTMLSelectElement {
  const picker = document.createElement("select");
  picker.innerHTML = '<option value="system"></option><option value="light"></option><option value="dark"></option>';
  return picker;
}

const shown = () => document.documentElement.dataset.theme;

beforeEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});
afterEach(() => vi.unstubAllGlobals());

describe("theme", () => {
  it("follows the system unless light or dark was chosen", () => {
    expect(storedTheme(storage(null))).toBe("system");
    expect(storedTheme(storage("dark"))).toBe("dark");
    expect(storedTheme(storage("light"))).toBe("light");
    expect(storedTheme(storage("system"))).toBe("system");
    expect(storedTheme(storage("sepia"))).toBe("system");
  });

  it("comes to light or dark: the choice, or for system the system's", () => {
    for (const dark of [false, true]) {
      expect(resolveTheme("light", dark)).toBe("light");
      expect(resolveTheme("dark", dark)).toBe("dark");
    }
    expect(resolveTheme("system", false)).toBe("light");
    expect(resolveTheme("system", true)).toBe("dark");
  });

  it("is shown as the effective theme in data-theme on <html>", () => {
    applyTheme("dark", false);
    expect(shown()).toBe("dark");
    applyTheme("system", false);
    expect(shown()).toBe("light");
    applyTheme("system", true);
    expect(shown()).toBe("dark");
    system(true);
    applyTheme("system");
    expect(shown()).toBe("dark");
  });

  it("keeps the choice, and follows the system's switches only while the choice is system", () => {
    const os = system(false);
    const picker = themePicker();
    attachTheme(picker);
    expect(picker.value).toBe("system");
    expect(shown()).toBe("light");
    os.set(true);
    expect(shown()).toBe("dark");

    const choose = (value: Theme) => {
      picker.value = value;
      picker.dispatchEvent(new Event("change"));
    };
    choose("light");
    expect(shown()).toBe("light");
    expect(localStorage.getItem(THEME_KEY)).toBe("light");
    os.set(false);
    os.set(true);
    expect(shown()).toBe("light");

    choose("system");
    expect(shown()).toBe("dark");
    expect(localStorage.getItem(THEME_KEY)).toBe("system");
    os.set(false);
    expect(shown()).toBe("light");

    choose("dark");
    os.set(true);
    os.set(false);
    expect(shown()).toBe("dark");
  });

  it("starts from the stored choice", () => {
    system(true);
    localStorage.setItem(THEME_KEY, "light");
    const picker = themePicker();
    attachTheme(picker);
    expect(picker.value).toBe("light");
    expect(shown()).toBe("light");
  });

  it("is resolved by index.html's inline script just as theme.ts resolves it, from the same key", () => {
    const run = headScript();
    for (const stored of [null, "system", "light", "dark", "sepia"]) {
      for (const dark of [false, true]) {
        system(dark);
        localStorage.clear();
        if (stored !== null) localStorage.setItem(THEME_KEY, stored);
        delete document.documentElement.dataset.theme;
        run();
        expect(shown(), `stored ${stored}, system ${dark ? "dark" : "light"}`).toBe(
          resolveTheme(storedTheme(localStorage), dark),
        );
      }
    }
  });
});
