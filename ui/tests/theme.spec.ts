import { expect, test, type Page } from "@playwright/test";
import { start } from "./fixtures";

const LIGHT_BG = "rgb(251, 248, 245)";
const DARK_BG = "rgb(28, 23, 20)";

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const scheme = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);

test("the theme follows the system until light or dark is chosen, and the choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await start(page);
  const picker = page.getByRole("combobox", { name: "Theme" });
  await expect(picker).toHaveValue("system");
  await expect(picker.locator("option")).toHaveText(["Follow system", "Light", "Dark"]);
  expect(await background(page)).toBe(LIGHT_BG);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await background(page)).toBe(DARK_BG);

  await page.emulateMedia({ colorScheme: "light" });
  await picker.selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background(page)).toBe(DARK_BG);
  expect(await scheme(page)).toBe("dark");
  expect(await page.evaluate(() => localStorage.getItem("hearth.theme"))).toBe("dark");

  await page.reload();
  await expect(picker).toHaveValue("dark");
  expect(await background(page)).toBe(DARK_BG);

  // Light stays light on a dark system.
  await page.emulateMedia({ colorScheme: "dark" });
  await picker.selectOption("light");
  expect(await background(page)).toBe(LIGHT_BG);
  expect(await scheme(page)).toBe("light");
  await page.reload();
  expect(await background(page)).toBe(LIGHT_BG);

  await picker.selectOption("system");
  expect(await background(page)).toBe(DARK_BG);
});

test("the stored theme is applied by the page itself, before the app's script runs", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("hearth.theme", "dark"));
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background(page)).toBe(DARK_BG);
});

test("choosing dark and following a dark system give the same colors", async ({ page }) => {
  const palette = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      const names = [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .flatMap((rule) => [...((rule as CSSStyleRule).style ?? [])])
        .filter((name) => name.startsWith("--"));
      return Object.fromEntries([...new Set(names)].map((name) => [name, style.getPropertyValue(name)]));
    });
  await page.emulateMedia({ colorScheme: "light" });
  await start(page);
  const light = await palette();
  await page.getByTestId("theme").selectOption("dark");
  const chosen = await palette();
  await page.getByTestId("theme").selectOption("system");
  await page.emulateMedia({ colorScheme: "dark" });
  const system = await palette();
  expect(Object.keys(chosen).length).toBeGreaterThan(20);
  expect(system).toEqual(chosen);
  expect(light["--bg"]).not.toBe(chosen["--bg"]);
});
