// Screenshots of every view of the real window (chat, search, models, preferences, a
// conversation's settings) in light and dark, in English and Japanese, for a person to look at.
// Not a test: run by hand under Xvfb after `./dev test` built the app:
//   HEARTH_APP_BIN=… TAURI_DRIVER=… DISPLAY=:N node tests/e2e/screenshots.mjs OUT_DIR
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ask, startTracedDriver, stopDriver, withApp } from "./harness.mjs";
import { waitFor } from "./webdriver.mjs";

const out = path.resolve(process.argv[2] ?? "screenshots");
mkdirSync(out, { recursive: true });
const dataDir = mkdtempSync(path.join(tmpdir(), "hearth-shots-"));
const driverProcess = await startTracedDriver(dataDir, path.join(dataDir, "app.strace"));
const settle = () => new Promise((r) => setTimeout(r, 700));

/** The screen as X shows it (WebKitWebDriver's own screenshots can lag behind under load). */
async function shoot(name) {
  await settle();
  execFileSync("import", ["-window", "root", "-crop", "1100x760+0+0", path.join(out, `${name}.png`)]);
  console.log(`${name}.png`);
}

const choose = (driver, id, value) =>
  driver.script(`
    const picker = document.querySelector("[data-testid=${id}]");
    picker.value = ${JSON.stringify(value)};
    picker.dispatchEvent(new Event("change"));
  `);
const closeDialogs = (driver) => driver.script(`for (const d of document.querySelectorAll("dialog[open]")) d.close();`);

try {
  await withApp(process.env.HEARTH_APP_BIN, async (driver) => {
    await waitFor("the window", () => driver.find("[data-testid=composer-input]").catch(() => null), 30_000);
    await driver.script(`window.resizeTo?.(1100, 760)`);
    await ask(driver, "日本の首都はどこですか？一文で答えてください。");
    await ask(driver, "Write a Python function that reverses a string, with a short explanation.");
    for (const lang of ["en-US", "ja"]) {
      for (const theme of ["light", "dark"]) {
        const tag = `${lang}-${theme}`;
        await driver.click(await driver.find("[data-testid=open-preferences]"));
        await choose(driver, "language", lang);
        await choose(driver, "theme", theme);
        await settle();
        await shoot(`preferences-${tag}`);
        await closeDialogs(driver);
        await shoot(`chat-${tag}`);
        await driver.click(await driver.find("[data-testid=topbar-settings]"));
        await shoot(`conversation-settings-${tag}`);
        await closeDialogs(driver);
        await driver.click(await driver.find("[data-testid=open-models]"));
        await waitFor("the model cards", () => driver.find("[data-testid^=model-qwen]").catch(() => null), 20_000);
        await shoot(`models-${tag}`);
        await closeDialogs(driver);
        const search = await driver.find("[data-testid=search]");
        await driver.script(`document.querySelector("[data-testid=search]").value = ""`);
        await driver.type(search, lang === "ja" ? "首都" : "string");
        await waitFor("search results", () => driver.find("[data-testid=search-results] mark").catch(() => null), 10_000);
        await shoot(`search-${tag}`);
        await driver.script(`
          const box = document.querySelector("[data-testid=search]");
          box.value = "";
          box.dispatchEvent(new Event("input"));
        `);
      }
    }
  });
} finally {
  stopDriver(driverProcess);
  rmSync(dataDir, { recursive: true, force: true });
}
