// What every end-to-end file shares: tauri-driver started under strace, one app session at a
// time, the window's texts from the locale files, and asking the real model a question.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { ENTER, WebDriver, waitFor } from "./webdriver.mjs";

/** Starts tauri-driver (and so WebKitWebDriver, the app and WebKit's processes) traced for
 * `connect` into `trace`, with the app's data in `dataDir`, the C locale and `env`. */
export async function startTracedDriver(dataDir, trace, env = {}) {
  assert.ok(process.env.HEARTH_APP_BIN, "HEARTH_APP_BIN must point at the built hearth-app binary");
  const driverBin = process.env.TAURI_DRIVER ?? "tauri-driver";
  const driver = spawn(
    "strace",
    ["-f", "-qq", "--seccomp-bpf", "-e", "trace=connect", "-o", trace, driverBin, "--native-driver", "/usr/bin/WebKitWebDriver"],
    {
      env: { ...process.env, HEARTH_DATA_DIR: dataDir, LANG: "C.UTF-8", ...env },
      stdio: ["ignore", "inherit", "inherit"],
      detached: true,
    },
  );
  await waitFor("tauri-driver", () => fetch("http://127.0.0.1:4444/status").then((r) => r.ok, () => false), 20_000);
  return driver;
}

/** SIGTERM to the whole group: strace, tauri-driver and WebKitWebDriver. */
export function stopDriver(driver) {
  if (driver) process.kill(-driver.pid, "SIGTERM");
}

/** Runs `body` with a fresh session of `app`, closing the app whatever happens. */
export async function withApp(app, body) {
  const driver = new WebDriver();
  await driver.start(app);
  try {
    return await body(driver);
  } finally {
    await driver.quit().catch(() => {});
  }
}

/** The value of message `id` in locales/<lang>/<file>.ftl (a single-line message). */
export function ftl(lang, id, file = "app") {
  const source = readFileSync(new URL(`../../locales/${lang}/${file}.ftl`, import.meta.url), "utf8");
  const line = source.split("\n").find((l) => l.startsWith(`${id} = `));
  assert.ok(line, `${lang}/${file}.ftl has ${id}`);
  return line.slice(id.length + 3).trim();
}

/** Text of the last assistant message and whether it finished. */
export const lastReply = (driver) =>
  driver.script(`
    const all = document.querySelectorAll("[data-testid=message-assistant]");
    const last = all[all.length - 1];
    if (!last) return null;
    return { text: last.querySelector(".body").textContent, done: !last.classList.contains("streaming"), meta: last.querySelector(".meta").textContent };
  `);

export async function ask(driver, question) {
  const input = await waitFor("composer", () => driver.find("[data-testid=composer-input]").catch(() => null), 20_000);
  await driver.type(input, question + ENTER);
  const lengths = new Set();
  const reply = await waitFor(
    "the reply to finish",
    async () => {
      const r = await lastReply(driver);
      if (r) lengths.add(r.text.length);
      return r && r.done && r.text.length > 0 ? r : null;
    },
    180_000,
    100,
  );
  return { reply, partialStates: lengths.size };
}

/** Texts of the messages shown, in order. */
export const shownMessages = (driver) =>
  driver.script(`return [...document.querySelectorAll("[data-testid^=message-] .body")].map((b) => b.textContent)`);
