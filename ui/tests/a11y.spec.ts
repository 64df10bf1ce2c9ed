// axe (WCAG 2.0 A and AA, WCAG 2.1 AA) on each view of the window, in both themes and in
// English and Japanese. A serious or critical violation fails the test, listed readably.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { mock, openPreferences, row, type Seed, start } from "./fixtures";
import type { MockGlobals } from "./mock-types";

const ANSWER = [
  "## Setting up",
  "Put the file in `/etc/hearth/config.toml`, then **restart**. See [the guide](https://example.com) and ![a diagram](x.png).",
  "> Back it up first.",
  "1. Stop Hearth\n2. Edit the file\n   - keep the *model* line",
  "| Key | Value |\n| --- | --- |\n| model | qwen |",
  '```rust\n// Entry point\n#[derive(Debug)]\nstruct Config { model: String, threads: u32 }\nfn main() {\n    let c = Config { model: "qwen".into(), threads: 2 };\n    println!("{:?} {}", c, true);\n}\n```',
  '```python\nimport os\n\ndef load(path: str) -> dict:\n    """Reads the file."""\n    return {"model": os.environ.get("MODEL", None), "n": 3.5}\n```',
  '```html\n<div class="note" id="x"><!-- c --><a href="#">link</a></div>\n```',
  "```css\n.note:hover { color: #fff; margin: 0 4px; }\n```",
  '```bash\nexport HEARTH_MODEL=qwen && echo "$HOME" # done\n```',
  "```yaml\nmodel: qwen\nthreads: 2\nfast: true\n```",
  "```sql\nSELECT title FROM conversations WHERE pinned = 1;\n```",
].join("\n\n");

const SEEDS: Seed[] = [
  {
    title: "Pinned notes",
    pinned: true,
    messages: [
      { role: "user", content: "Remember: Kyoto in May." },
      { role: "assistant", content: "Noted." },
    ],
  },
  {
    title: "Config help",
    messages: [
      { role: "user", content: "How do I change the model?" },
      { role: "assistant", content: ANSWER },
      { role: "user", content: "And the threads?" },
      { role: "assistant", content: "Set `threads`.", state: "interrupted" },
    ],
  },
];

/** A view of the window; `globals` set up the mock for it (see mock-types.ts). */
type View = { name: string; globals?: MockGlobals; open: (page: Page) => Promise<void> };

const openConversation = async (page: Page) => {
  await row(page, "Config help").getByTestId("conversation-open").click();
  await expect(page.locator(".code-block")).toHaveCount(7);
};

/** The passphrase dialog, opened from the app menu. */
const openPassphrase = async (page: Page) => {
  await page.getByTestId("data-menu").click();
  await page.getByTestId("open-passphrase").click();
  await expect(page.getByTestId("passphrase")).toBeVisible();
};

const VIEWS: View[] = [
  { name: "chat", open: openConversation },
  {
    name: "search results",
    open: async (page) => {
      await page.getByTestId("search").fill("Kyoto");
      await expect(page.getByTestId("search-results").locator("mark")).toHaveCount(1);
    },
  },
  {
    name: "conversation settings with a persona chosen",
    open: async (page) => {
      await openConversation(page);
      await page.getByTestId("topbar-settings").click();
      await expect(page.getByTestId("settings")).toBeVisible();
      await page.getByTestId("settings-persona").selectOption("business");
      await expect(page.getByTestId("settings-prompt")).not.toHaveValue("");
    },
  },
  {
    name: "shortcut sheet",
    open: async (page) => {
      await page.keyboard.press("F1");
      await expect(page.getByTestId("help")).toBeVisible();
    },
  },
  {
    name: "lock screen with a wrong passphrase",
    globals: { __mockLocked: true },
    open: async (page) => {
      await page.getByTestId("lock-passphrase").fill("wrong");
      await page.getByTestId("lock-passphrase").press("Enter");
      await expect(page.getByTestId("lock-error")).toBeVisible();
    },
  },
  {
    name: "passphrase dialog, not encrypted, passphrases differ",
    open: async (page) => {
      await openPassphrase(page);
      await page.getByTestId("passphrase-new").fill("one");
      await page.getByTestId("passphrase-repeat").fill("two");
      await page.getByTestId("passphrase-save").click();
      await expect(page.getByTestId("passphrase-error")).toBeVisible();
    },
  },
  {
    name: "passphrase dialog, encrypted",
    globals: { __mockEncrypted: true },
    open: async (page) => {
      await openPassphrase(page);
      await expect(page.getByTestId("passphrase-remove")).toBeVisible();
    },
  },
  {
    name: "passphrase dialog, removal question",
    globals: { __mockEncrypted: true },
    open: async (page) => {
      await openPassphrase(page);
      await page.getByTestId("passphrase-remove").click();
      await expect(page.getByTestId("passphrase-confirm")).toBeVisible();
    },
  },
  {
    name: "Preferences with a refused value and a toast",
    open: async (page) => {
      const dialog = await openPreferences(page);
      await dialog.getByTestId("preferences-backup").click();
      await expect(dialog.getByTestId("toast")).toBeVisible();
      await dialog.getByTestId("preferences-temperature").fill("7");
      await dialog.getByTestId("preferences-sampling-save").click();
      await expect(dialog.getByTestId("preferences-temperature")).toHaveAttribute("aria-invalid", "true");
    },
  },
  {
    name: "Models with every badge, a problem, a memory warning and an error",
    open: async (page) => {
      await mock(
        page,
        `window.__mock.memoryAvailable = 1e9;
        window.__mock.models.push({ ...window.__mock.models[0], name: "mamba-130m", displayName: "Mamba 130M", origin: "imported",
          path: "/m/mamba-130m.gguf", architecture: "mamba", parameters: null, license: null, upstream: null, chatTemplate: false,
          problem: { code: "model-unsupported-architecture", args: { architecture: "mamba" } } });
        window.__mock.fail.import_model = { code: "model-malformed", args: { path: "/tmp/x.gguf", reason: "bad magic" } };`,
      );
      await page.getByTestId("open-models").click();
      await page.getByTestId("model-remove-mamba-130m").click();
      await page.getByTestId("import-model").click();
      await expect(page.getByTestId("models-error")).toBeVisible();
      await expect(page.getByTestId("model-memory-warning")).toHaveCount(2);
    },
  },
  {
    name: "app menu",
    open: async (page) => {
      await page.getByTestId("data-menu").click();
      await expect(page.getByRole("menu")).toBeVisible();
    },
  },
];

/** The serious and critical violations, one line per element. */
async function problems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `${v.impact} ${v.id} (${v.help}) at ${node.target.join(" ")}: ${node.failureSummary?.replace(/\s+/g, " ")}`,
      ),
    );
}

for (const language of ["en-US", "ja"]) {
  for (const theme of ["light", "dark"]) {
    for (const view of VIEWS) {
      test(`axe: ${view.name}, ${theme}, ${language}`, async ({ page }) => {
        await page.addInitScript((chosen) => localStorage.setItem("hearth.theme", chosen), theme);
        await start(page, SEEDS, { __mockLanguage: language, __mockSystemLanguage: language, ...view.globals });
        await expect(page.locator("html")).toHaveAttribute("lang", language);
        await view.open(page);
        expect((await problems(page)).join("\n")).toBe("");
      });
    }
    test(`axe: errors and the recovery banner, ${theme}, ${language}`, async ({ page }) => {
      await page.addInitScript((chosen) => localStorage.setItem("hearth.theme", chosen), theme);
      await start(page, [], {
        __mockLanguage: language,
        __mockModelProblem: { code: "model-missing", args: { path: "/models/q.gguf" } },
        __mockRecovery: { corruptPath: "/data/hearth.sqlite3.corrupt-1", restoredFrom: "/data/backups/b.sqlite3" },
      });
      await expect(page.getByTestId("welcome-model")).toBeVisible();
      await page.getByTestId("composer-input").fill("hello");
      await page.getByTestId("composer-input").press("Enter");
      await expect(page.getByTestId("notice")).toBeVisible();
      await expect(page.getByTestId("recovery")).toBeVisible();
      expect((await problems(page)).join("\n")).toBe("");
    });
  }
}

for (const theme of ["light", "dark"]) {
  test(`every control the keyboard reaches shows the focus, ${theme}`, async ({ page }) => {
    await page.addInitScript((chosen) => localStorage.setItem("hearth.theme", chosen), theme);
    await start(page, SEEDS);
    await openConversation(page);
    await page.getByTestId("new-chat").focus();
    const seen: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const name = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ""}`;
        const shown =
          style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 && el.getBoundingClientRect().width > 0;
        return { name, shown };
      });
      // Past the last control the focus leaves the page.
      if (focus.name === "body") break;
      seen.push(focus.name);
      expect(focus.shown, `${focus.name} has no visible focus`).toBe(true);
      // A message's actions fade in when one of them gets the focus.
      const opacity = () =>
        page.evaluate(() =>
          Number(getComputedStyle(document.activeElement!.closest(".actions") ?? document.body).opacity),
        );
      await expect.poll(opacity, { message: `${focus.name} stays transparent` }).toBe(1);
    }
    expect(seen).toEqual(
      expect.arrayContaining([
        "button[code-copy]",
        "pre",
        "button[copy]",
        "button[open-models]",
        "button[open-preferences]",
        "textarea[composer-input]",
      ]),
    );
  });
}
