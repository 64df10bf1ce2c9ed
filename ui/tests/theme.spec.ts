import { expect, type Page, test } from "@playwright/test";
import { openPreferences, start } from "./fixtures";

const LIGHT_BG = "rgb(251, 248, 245)";
const DARK_BG = "rgb(28, 23, 20)";

/** The effective theme: data-theme on <html>, its background and its color-scheme, all at once. */
async function showsTheme(page: Page, theme: "light" | "dark") {
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-theme", theme);
  await expect(html).toHaveCSS("background-color", theme === "dark" ? DARK_BG : LIGHT_BG);
  await expect(html).toHaveCSS("color-scheme", theme);
}

test("the theme follows the system until light or dark is chosen, and the choice survives a reload", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await start(page);
  const picker = (await openPreferences(page)).getByRole("combobox", { name: "Theme" });
  await expect(picker).toHaveValue("system");
  await expect(picker.locator("option")).toHaveText(["Follow system", "Light", "Dark"]);
  await showsTheme(page, "light");
  await page.emulateMedia({ colorScheme: "dark" });
  await showsTheme(page, "dark");

  await page.emulateMedia({ colorScheme: "light" });
  await picker.selectOption("dark");
  await showsTheme(page, "dark");
  expect(await page.evaluate(() => localStorage.getItem("hearth.theme"))).toBe("dark");

  await page.reload();
  await openPreferences(page);
  await expect(picker).toHaveValue("dark");
  await showsTheme(page, "dark");

  // Light stays light on a dark system.
  await page.emulateMedia({ colorScheme: "dark" });
  await picker.selectOption("light");
  await showsTheme(page, "light");
  await page.reload();
  await openPreferences(page);
  await expect(picker).toHaveValue("light");
  await showsTheme(page, "light");

  await picker.selectOption("system");
  await showsTheme(page, "dark");
  expect(await page.evaluate(() => localStorage.getItem("hearth.theme"))).toBe("system");
});

test("the stored theme is applied by the page itself, before the app's script runs", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("hearth.theme", "dark"));
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await showsTheme(page, "dark");
});

test("with nothing stored the page itself resolves the system's theme, before the app's script runs", async ({
  page,
}) => {
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await showsTheme(page, "dark");
});

test("following the system switches live as the system goes dark and light, and a choice stops it", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await start(page);
  const picker = (await openPreferences(page)).getByTestId("theme");
  await expect(picker).toHaveValue("system");
  await showsTheme(page, "light");
  for (const scheme of ["dark", "light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await showsTheme(page, scheme);
  }
  await expect(picker).toHaveValue("system");

  // A choice is not overridden by the system's next switch.
  await picker.selectOption("light");
  await page.emulateMedia({ colorScheme: "light" });
  await page.emulateMedia({ colorScheme: "dark" });
  await showsTheme(page, "light");
});

test('the dark palette is written once, for data-theme="dark"', async ({ page }) => {
  await start(page);
  const rules = await page.evaluate(() => {
    const all = (list: CSSRuleList): CSSRule[] =>
      [...list].flatMap((rule) => ("cssRules" in rule ? [rule, ...all((rule as CSSGroupingRule).cssRules)] : [rule]));
    return [...document.styleSheets]
      .flatMap((sheet) => all(sheet.cssRules))
      .filter((rule) => (rule as CSSStyleRule).style?.getPropertyValue("--bg"))
      .map((rule) => (rule as CSSStyleRule).selectorText);
  });
  expect(rules).toEqual([":root", ':root[data-theme="dark"]']);
});
