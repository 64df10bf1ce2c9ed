// End-to-end, the models view in the real window: the default model's facts read from its
// file; importing through the native GTK Open dialog (driven with xdotool): a broken file is
// refused with the reason, a real one (the default model under a Japanese name) is listed,
// made the default and answers; then removed. Preferences: the default sampling is saved.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { ask, ftl, startTracedDriver, stopDriver, withApp } from "./harness.mjs";
import { remoteConnections } from "./strace.mjs";
import { waitFor } from "./webdriver.mjs";

const app = process.env.HEARTH_APP_BIN;
const DEFAULT = "qwen2.5-coder-0.5b-instruct";
const DEFAULT_FILE = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf";
const root = mkdtempSync(path.join(tmpdir(), "hearth-e2e-models-"));
const dataDir = path.join(root, "data");
const modelsDir = path.join(root, "models");
const stick = path.join(root, "USB");
const shots = process.env.HEARTH_SCREENSHOTS ?? tmpdir();
const trace = path.join(root, "app.strace");
let driverProcess;

before(async () => {
  mkdirSync(modelsDir);
  mkdirSync(stick);
  // A models folder of its own (imports land here), holding the real default model.
  const cache = process.env.HEARTH_MODELS_DIR ?? path.join(homedir(), ".cache/hearth/models");
  symlinkSync(path.join(cache, DEFAULT_FILE), path.join(modelsDir, DEFAULT_FILE));
  symlinkSync(path.join(cache, DEFAULT_FILE), path.join(stick, "私のモデル.gguf"));
  // A GGUF header that claims a trillion tensors in a 24-byte file.
  const broken = Buffer.alloc(24);
  broken.write("GGUF", 0, "latin1");
  broken.writeUInt32LE(3, 4);
  broken.writeBigUInt64LE(10n ** 12n, 8);
  writeFileSync(path.join(stick, "broken.gguf"), broken);
  driverProcess = await startTracedDriver(dataDir, trace, { HEARTH_MODELS_DIR: modelsDir });
});

after(() => {
  stopDriver(driverProcess);
  rmSync(root, { recursive: true, force: true });
});

/** Picks `file` in the native Open dialog the app has just opened (GTK: Ctrl+L, the path, Enter). */
async function chooseInNativeDialog(file) {
  const title = ftl("en-US", "models-import-title", "data");
  const window = await waitFor("the native Open dialog", async () => {
    try {
      return execFileSync("xdotool", ["search", "--onlyvisible", "--name", title], { encoding: "utf8" }).trim().split("\n").pop() || null;
    } catch {
      return null;
    }
  }, 20_000, 250);
  // No window manager under Xvfb: focus the dialog and type through XTEST.
  const xdo = (...args) => execFileSync("xdotool", args);
  const pause = () => new Promise((r) => setTimeout(r, 400));
  xdo("windowfocus", "--sync", window);
  await pause();
  xdo("key", "ctrl+l");
  await pause();
  xdo("type", "--delay", "20", file);
  await pause();
  xdo("key", "Return");
}

const card = (driver, name) =>
  driver.script(`const c = document.querySelector('[data-testid="model-${name}"]'); return c ? c.textContent : null;`);

test("the models view: facts from the file, import through the native dialog, default, remove", async () => {
  await withApp(app, async (driver) => {
    await waitFor("the window", () => driver.find("[data-testid=open-models]").catch(() => null), 30_000);
    await driver.click(await driver.find("[data-testid=open-models]"));
    const facts = await waitFor("the default model's card", () => card(driver, DEFAULT), 20_000);
    for (const fact of ["qwen2", "Q4_K_M", "Apache-2.0", "8,192 used"]) assert.ok(facts.includes(fact), `${fact} in ${facts}`);
    assert.ok(/491(\.4)?\s*MB/.test(facts), `file size in ${facts}`);
    writeFileSync(path.join(shots, "hearth-e2e-models.png"), await driver.screenshot());

    // A broken file: refused with the reason, nothing listed.
    await driver.click(await driver.find("[data-testid=import-model]"));
    await chooseInNativeDialog(path.join(stick, "broken.gguf"));
    const refused = await waitFor("the import error", async () => {
      const text = await driver.script(`const e = document.querySelector("[data-testid=models-error]"); return e && !e.hidden ? e.textContent : null;`);
      return text || null;
    }, 20_000);
    assert.ok(refused.includes("broken.gguf"), refused);
    assert.equal(await card(driver, "broken"), null);

    // The real model under a Japanese name: checked, copied, listed.
    await driver.click(await driver.find("[data-testid=import-model]"));
    await chooseInNativeDialog(path.join(stick, "私のモデル.gguf"));
    const imported = await waitFor("the imported card", () => card(driver, "私のモデル"), 60_000, 250);
    assert.ok(imported.includes("qwen2"), imported);

    await driver.click(await driver.find(`[data-testid="model-default-私のモデル"]`));
    await waitFor("the status to name the new default", async () => {
      const status = await driver.script(`return document.querySelector("[data-testid=model-status]").textContent`);
      return status.includes("私のモデル") ? status : null;
    }, 10_000);
    await driver.script(`document.querySelector("[data-testid=models]").close()`);
  });

  // After a restart the imported default still answers.
  await withApp(app, async (driver) => {
    const status = await waitFor("the status", async () => {
      const text = await driver.script(`return document.querySelector("[data-testid=model-status]")?.textContent ?? ""`);
      return text.includes("私のモデル") ? text : null;
    }, 30_000);
    assert.ok(status);
    const { reply } = await ask(driver, "What is the capital of Japan? Answer in one word.");
    assert.ok(reply.text.includes("Tokyo"), reply.text);

    // The default cannot be removed; once another is the default, it can.
    await driver.click(await driver.find("[data-testid=open-models]"));
    await waitFor("the cards", () => card(driver, "私のモデル"), 20_000);
    assert.equal(await driver.script(`return document.querySelector('[data-testid="model-remove-私のモデル"]')`), null);
    await driver.click(await driver.find(`[data-testid="model-default-${DEFAULT}"]`));
    const remove = await waitFor("Remove offered", () => driver.find(`[data-testid="model-remove-私のモデル"]`).catch(() => null), 10_000);
    await driver.click(remove);
    await driver.click(await waitFor("the confirmation", () => driver.find(`[data-testid="model-delete-私のモデル"]`).catch(() => null), 5_000));
    await waitFor("the card to go", async () => ((await card(driver, "私のモデル")) === null ? true : null), 10_000);
  });
  assert.deepEqual(remoteConnections(trace).remote, [], "no connection left this computer");
});
