// Shared by the Playwright specs: the mocked backend (mock-models.js, mock-backend.js) seeded with
// conversations, and small queries on what it recorded.
import { expect, type Page } from "@playwright/test";
import { fileURLToPath } from "node:url";

/** The mocked backend: its models first, which the rest takes in. */
const MOCK = ["./mock-models.js", "./mock-backend.js"].map((file) => fileURLToPath(new URL(file, import.meta.url)));

/** Installs the mocked backend, to run before the page's scripts. */
export async function installMock(page: Page): Promise<void> {
  for (const path of MOCK) await page.addInitScript({ path });
}

/** A conversation the mock starts with. */
export interface Seed {
  title: string;
  pinned?: boolean;
  /** Minutes since its last activity. */
  ago?: number;
  messages?: { role: "user" | "assistant"; content: string; state?: string }[];
  settings?: { systemPrompt: string | null; model: string | null; sampling: Record<string, number | string[]> | null };
}

/** Installs the mock with `seeds` (oldest first) and `globals` on window, then opens the window. */
export async function start(page: Page, seeds: Seed[] = [], globals: Record<string, unknown> = {}): Promise<void> {
  await page.addInitScript(
    ([seed, values]) => {
      const w = window as any;
      w.__mockSeed = seed;
      Object.assign(w, values);
    },
    [seeds, globals] as const,
  );
  await installMock(page);
  await page.goto("/");
}

/** Runs a statement in the page, e.g. to make the mock fail a command. */
export const mock = (page: Page, statement: string) => page.evaluate(statement);

/** The arguments of every call of `cmd` the mock received, in order. */
export const calls = (page: Page, cmd: string) =>
  page.evaluate((name) => (window as any).__mock.calls.filter((c: any) => c.cmd === name).map((c: any) => c.args), cmd);

/** The name of every command the mock received, in order. */
export const commands = (page: Page) => page.evaluate(() => (window as any).__mock.calls.map((c: any) => c.cmd) as string[]);

/** The sidebar entry of the conversation titled `title`. */
export const row = (page: Page, title: string) => page.getByTestId("conversation").filter({ hasText: title });

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
