// End-to-end: the real Hearth binary in a real WebKitGTK window (under Xvfb), driven through
// tauri-driver, answering with the real default model. Run by `./dev test`.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { ENTER, WebDriver, waitFor } from "./webdriver.mjs";

const app = process.env.HEARTH_APP_BIN;
const driverBin = process.env.TAURI_DRIVER ?? "tauri-driver";
const dataDir = mkdtempSync(path.join(tmpdir(), "hearth-e2e-"));
const shots = process.env.HEARTH_SCREENSHOTS ?? tmpdir();
let driverProcess;

before(async () => {
  assert.ok(app, "HEARTH_APP_BIN must point at the built hearth-app binary");
  driverProcess = spawn(driverBin, ["--native-driver", "/usr/bin/WebKitWebDriver"], {
    env: { ...process.env, HEARTH_DATA_DIR: dataDir, LANG: "en_US.UTF-8" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitFor("tauri-driver", () => fetch("http://127.0.0.1:4444/status").then((r) => r.ok, () => false), 20_000);
});

after(() => {
  // SIGTERM lets tauri-driver stop WebKitWebDriver too.
  driverProcess?.kill("SIGTERM");
});

/** Text of the last assistant message and whether it finished. */
const lastReply = (driver) =>
  driver.script(`
    const all = document.querySelectorAll("[data-testid=message-assistant]");
    const last = all[all.length - 1];
    if (!last) return null;
    return { text: last.querySelector(".body").textContent, done: !last.classList.contains("streaming"), meta: last.querySelector(".meta").textContent };
  `);

async function ask(driver, question) {
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
    50,
  );
  return { reply, partialStates: lengths.size };
}

test("send a message, see the reply stream from the real model, find it again after a restart", async () => {
  const driver = new WebDriver();
  await driver.start(app);
  const first = await ask(driver, "What is the capital of Japan? Answer in one sentence.");
  assert.match(first.reply.text, /Tokyo/);
  assert.ok(first.partialStates > 2, `the reply should arrive in pieces (saw ${first.partialStates} states)`);
  assert.doesNotMatch(first.reply.text, /\uFFFD/);
  assert.match(first.reply.meta, /tok\/s/);
  const listed = await driver.script(`return document.querySelector("[data-testid=conversation-list]").textContent`);
  assert.match(listed, /What is the capital of Japan\?/);

  const second = await ask(driver, "日本の首都はどこですか？一文で答えてください。");
  assert.match(second.reply.text, /東京/);
  assert.doesNotMatch(second.reply.text, /\uFFFD/);
  writeFileSync(path.join(shots, "hearth-e2e.png"), await driver.screenshot());
  await driver.quit();

  // A new process on the same data dir: the conversation is still there.
  const again = new WebDriver();
  await again.start(app);
  const entry = await waitFor("the conversation list", async () => (await again.findAll("[data-testid=conversation-list] button"))[0], 20_000);
  await again.click(entry);
  const restored = await waitFor(
    "restored messages",
    async () => {
      const texts = await again.script(
        `return [...document.querySelectorAll("[data-testid^=message-] .body")].map((b) => b.textContent)`,
      );
      return texts.length === 4 ? texts : null;
    },
    20_000,
  );
  assert.equal(restored[0], "What is the capital of Japan? Answer in one sentence.");
  assert.equal(restored[1], first.reply.text);
  assert.equal(restored[3], second.reply.text);
  await again.quit();
});
