// Shared by the Playwright specs: the mocked backend (mock-backend.ts and the modules it imports,
// built into one script for the page) seeded with conversations, and small queries on what it recorded.
import { fileURLToPath } from "node:url";
import { expect, type Page } from "@playwright/test";
import { build } from "vite";
import type { Command, Commands } from "../src/ipc";
import type { MockGlobals, Seed } from "./mock-types";

export type { Seed };

const ENTRY = fileURLToPath(new URL("./mock-backend.ts", import.meta.url));
let script: Promise<string> | undefined;

/** The mocked backend as one classic script, built once per worker in memory by Vite (no file is written). */
function mockScript(): Promise<string> {
  script ??= build({
    configFile: false,
    logLevel: "warn",
    publicDir: false,
    build: {
      write: false,
      minify: false,
      target: "es2021",
      lib: { entry: ENTRY, formats: ["iife"], name: "hearthMock" },
    },
  }).then((result) => {
    const output = Array.isArray(result) ? result[0] : result;
    if (!("output" in output)) throw new Error("the mock backend was not built");
    return output.output[0].code;
  });
  return script;
}

/** Installs the mocked backend, to run before the page's scripts. */
export async function installMock(page: Page): Promise<void> {
  await page.addInitScript({ content: await mockScript() });
}

/** Installs the mock with `seeds` (oldest first) and `globals` on window, then opens the window. */
export async function start(page: Page, seeds: Seed[] = [], globals: MockGlobals = {}): Promise<void> {
  await page.addInitScript(
    ([seed, values]) => {
      window.__mockSeed = seed;
      Object.assign(window, values);
    },
    [seeds, globals] as const,
  );
  await installMock(page);
  await page.goto("/");
}

/** Runs a statement in the page, e.g. to make the mock fail a command. */
export const mock = (page: Page, statement: string) => page.evaluate(statement);

/** The arguments of every call of `cmd` the mock received, in order (a Channel arrives as its JSON). */
export const calls = <C extends Command>(page: Page, cmd: C) =>
  page.evaluate(
    (name) => window.__mock.calls.filter((c) => c.cmd === name).map((c) => c.args as Commands[C]["args"]),
    cmd as string,
  );

/** The name of every command the mock received, in order. */
export const commands = (page: Page) => page.evaluate(() => window.__mock.calls.map((c) => c.cmd));

/** The sidebar entry of the conversation titled `title`. */
export const row = (page: Page, title: string) => page.getByTestId("conversation").filter({ hasText: title });

/** Opens the settings of `title` from its "⋯" menu (`item` is the menu item's text). */
export async function openSettings(page: Page, title: string, item = "Settings…") {
  await row(page, title).getByTestId("conversation-actions").click();
  await page.getByRole("menuitem", { name: item }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Opens Preferences from the sidebar. */
export async function openPreferences(page: Page) {
  await page.getByTestId("open-preferences").click();
  const dialog = page.getByTestId("preferences");
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Switches the window to `language` in Preferences, and closes it. */
export async function chooseLanguage(page: Page, language: string): Promise<void> {
  await openPreferences(page);
  await page.getByTestId("language").selectOption(language);
  await expect(page.locator("html")).toHaveAttribute("lang", language);
  await page.getByTestId("preferences-close").click();
  await expect(page.getByTestId("preferences")).toBeHidden();
}
