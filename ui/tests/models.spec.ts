import { expect, type Page, test } from "@playwright/test";
import { calls, chooseLanguage, mock, openPreferences, start } from "./fixtures";

const SMALL = "qwen2.5-coder-0.5b-instruct-q4_k_m";
const LARGE = "qwen2.5-coder-1.5b-instruct-q4_k_m";
const GEMMA = "gemma-3-270m";
const TINY = "tinyllama-1.1b-chat-q4_k_m";

/** What import_model returns for the file chosen. */
const TINY_VIEW = {
  name: TINY,
  displayName: "TinyLlama 1.1B Chat",
  origin: "imported",
  installed: true,
  isDefault: false,
  path: `/home/user/.local/share/hearth/models/${TINY}.gguf`,
  fileSize: 667815008,
  architecture: "llama",
  parameters: null,
  weights: 1100048384,
  quantization: "Q4_K_M",
  trainedContext: 2048,
  contextLimit: 2048,
  license: null,
  chatTemplate: true,
  memoryNeeded: 9.1e8,
  problem: null,
  upstream: null,
};

const offerImport = (page: Page) => mock(page, `window.__mock.importableModel = ${JSON.stringify(TINY_VIEW)}`);

async function openModels(page: Page) {
  await page.getByTestId("open-models").click();
  const dialog = page.getByRole("dialog", { name: "Models" });
  await expect(dialog).toBeVisible();
  return dialog;
}

const card = (page: Page, name: string) => page.getByTestId(`model-${name}`);
const badges = (page: Page, name: string) => card(page, name).getByTestId("model-badge");
const facts = (page: Page, name: string) => card(page, name).getByTestId("model-fact");

test("the Models view lists each model with its facts, and again in Japanese", async ({ page }) => {
  await start(page);
  const opener = page.getByTestId("open-models");
  const dialog = await openModels(page);
  await expect(dialog.getByTestId("models-memory")).toHaveText("Memory available: 9.8 GB of 23.4 GB");
  await expect(dialog.getByTestId("models-folder")).toHaveText(
    "Model files are kept in /home/user/.local/share/hearth/models",
  );
  await expect(dialog.getByTestId("import-model")).toBeFocused();
  await expect(dialog.getByRole("heading", { level: 3 })).toHaveText([
    "Qwen2.5-Coder 0.5B Instruct",
    "Qwen2.5-Coder 1.5B Instruct",
    "Gemma 3 270M",
  ]);

  await expect(badges(page, SMALL)).toHaveText(["Default"]);
  await expect(facts(page, SMALL)).toHaveText([
    "Architectureqwen2",
    "Parameters0.5B",
    "QuantizationQ4_K_M",
    "Context32,768 trained · 8,192 used",
    "File size491.4 MB",
    "Memory needed1.3 GB",
    "Licenseapache-2.0",
    "SourceQwen/Qwen2.5-Coder-0.5B-Instruct-GGUF",
  ]);
  await expect(card(page, SMALL).getByTestId("model-memory-warning")).toHaveCount(0);

  await expect(badges(page, LARGE)).toHaveText(["Not on this computer"]);
  // Not installed: the catalog's size, the context it was trained for, nothing measured in a file.
  await expect(facts(page, LARGE)).toHaveCount(7);
  await expect(facts(page, LARGE).nth(3)).toHaveText("Context32,768 trained");
  await expect(facts(page, LARGE).nth(4)).toHaveText("File size1.1 GB");
  await expect(card(page, LARGE)).not.toContainText("Memory needed");
  await expect(card(page, LARGE)).toContainText(
    "Not on this computer: import its GGUF file, qwen2.5-coder-1.5b-instruct-q4_k_m.gguf.",
  );
  await expect(badges(page, GEMMA)).toHaveText(["Not on this computer", "Base model: plain completion"]);
  await expect(card(page, GEMMA)).toContainText("import its GGUF file, gemma-3-270m-Q8_0.gguf.");
  // Nothing to do with a model whose file is not here.
  await expect(card(page, LARGE).getByRole("button")).toHaveCount(0);

  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await chooseLanguage(page, "ja");
  await page.getByTestId("open-models").click();
  const shown = page.getByRole("dialog", { name: "モデル" });
  await expect(shown.getByTestId("models-memory")).toHaveText("空きメモリ：9.8 GB（全体 23.4 GB）");
  await expect(shown.getByTestId("import-model")).toHaveText("GGUF ファイルをインポート…");
  await expect(badges(page, SMALL)).toHaveText(["既定"]);
  await expect(facts(page, SMALL).nth(3)).toHaveText("コンテキスト長学習時 32,768・使用 8,192");
  await expect(facts(page, SMALL).nth(4)).toHaveText("ファイルサイズ491.4 MB");
  await expect(badges(page, GEMMA)).toHaveText(["このコンピューターにありません", "ベースモデル：文章の続きを生成"]);
  await expect(card(page, GEMMA)).toContainText("GGUF ファイル gemma-3-270m-Q8_0.gguf をインポートしてください。");
});

test("importing a GGUF file waits while it is checked and copied, then lists it", async ({ page }) => {
  await start(page);
  const dialog = await openModels(page);
  const button = dialog.getByTestId("import-model");

  // A cancelled Open dialog changes nothing and says nothing.
  await button.click();
  await expect.poll(() => calls(page, "import_model")).toHaveLength(1);
  await expect(button).toBeEnabled();
  await expect(page.getByTestId("toast")).toBeHidden();
  await expect(dialog.getByTestId("models-error")).toBeHidden();

  await mock(page, "window.__mock.importDelayMs = 600");
  await offerImport(page);
  await button.click();
  await expect(button).toBeDisabled();
  await expect(button).toHaveText("Checking and copying…");
  await expect(dialog).toHaveAttribute("aria-busy", "true");
  await expect(card(page, TINY)).toBeVisible();
  await expect(button).toBeEnabled();
  await expect(button).toHaveText("Import GGUF file…");
  await expect(button).toBeFocused();
  await expect(page.getByTestId("toast")).toContainText("Imported TinyLlama 1.1B Chat.");
  // The toast is drawn in the dialog, not dimmed behind it.
  await expect(dialog.getByTestId("toast")).toBeVisible();

  await expect(dialog.getByRole("heading", { level: 3 })).toHaveText([
    "Qwen2.5-Coder 0.5B Instruct",
    "Qwen2.5-Coder 1.5B Instruct",
    "Gemma 3 270M",
    "TinyLlama 1.1B Chat",
  ]);
  await expect(badges(page, TINY)).toHaveText(["Imported"]);
  await expect(facts(page, TINY).nth(1)).toHaveText("Parameters1.1B");
  await expect(facts(page, TINY).nth(3)).toHaveText("Context2,048 trained · 2,048 used");
  await expect(facts(page, TINY).nth(4)).toHaveText("File size667.8 MB");
  await expect(card(page, TINY).getByTestId(`model-default-${TINY}`)).toBeVisible();

  await dialog.getByTestId("models-close").click();
  await expect(page.getByTestId("toast")).toBeVisible();
  await expect(page.locator("#main").getByTestId("toast")).toBeVisible();
});

for (const [language, message] of [
  ["en-US", "This model’s architecture, “mamba”, is not supported yet."],
  ["ja", "このモデルのアーキテクチャ「mamba」にはまだ対応していません。"],
]) {
  test(`a file Hearth cannot use is refused with the reason (${language})`, async ({ page }) => {
    await start(page, [], { __mockLanguage: language });
    await mock(
      page,
      `window.__mock.fail.import_model = { code: "model-unsupported-architecture", args: { architecture: "mamba" } }`,
    );
    await page.getByTestId("open-models").click();
    const dialog = page.getByTestId("models");
    await dialog.getByTestId("import-model").click();
    const error = dialog.getByTestId("models-error");
    await expect(error).toHaveText(message);
    await expect(error).toHaveAttribute("role", "alert");
    await expect(dialog.getByRole("heading", { level: 3 })).toHaveCount(3);
    await expect(dialog.getByTestId("import-model")).toBeEnabled();
    await expect(page.getByTestId("toast")).toBeHidden();

    // Opened again, the view starts afresh.
    await page.keyboard.press("Escape");
    await page.getByTestId("open-models").click();
    await expect(dialog.getByTestId("models-error")).toBeHidden();
  });
}

test("Make default moves the badge, the model in the top bar and the choice in Preferences", async ({ page }) => {
  await start(page);
  await expect(page.getByTestId("model-status")).toHaveText("Qwen2.5-Coder 0.5B Instruct · local");
  const dialog = await openModels(page);
  await offerImport(page);
  await dialog.getByTestId("import-model").click();
  await card(page, TINY).getByRole("button", { name: "Make default" }).click();

  await expect(badges(page, TINY)).toHaveText(["Default", "Imported"]);
  await expect(badges(page, SMALL)).toHaveText([]);
  expect(await calls(page, "set_default_model")).toEqual([{ name: TINY }]);
  await expect(page.getByTestId("toast")).toContainText("TinyLlama 1.1B Chat is now the default model.");
  await expect(page.getByTestId("model-status")).toHaveText("TinyLlama 1.1B Chat · local");
  // Its actions are gone with it being the default; the focus stays on its card.
  await expect(card(page, TINY).getByRole("button")).toHaveCount(0);
  await expect(page.getByTestId(`model-name-${TINY}`)).toBeFocused();
  await expect(card(page, SMALL).getByRole("button")).toHaveText(["Make default", "Remove…"]);

  await dialog.getByTestId("models-close").click();
  const preferences = await openPreferences(page);
  const choice = preferences.getByTestId("preferences-model");
  await expect(choice).toHaveValue(TINY);
  await expect(choice.locator("option")).toHaveText(["Qwen2.5-Coder 0.5B Instruct", "TinyLlama 1.1B Chat"]);
});

test("Remove… asks first; Keep keeps the file and Delete deletes it", async ({ page }) => {
  await start(page);
  const dialog = await openModels(page);
  await offerImport(page);
  await dialog.getByTestId("import-model").click();
  const remove = card(page, TINY).getByRole("button", { name: "Remove…" });
  await remove.click();
  const question = card(page, TINY).getByRole("group", {
    name: "Delete TinyLlama 1.1B Chat’s file (667.8 MB)? This cannot be undone.",
  });
  await expect(question).toBeVisible();
  await expect(question.getByRole("button", { name: "Keep" })).toBeFocused();
  await question.getByRole("button", { name: "Keep" }).click();
  await expect(question).toBeHidden();
  await expect(remove).toBeFocused();
  expect(await calls(page, "remove_model")).toEqual([]);

  await remove.click();
  await question.getByRole("button", { name: "Delete" }).click();
  await expect(card(page, TINY)).toHaveCount(0);
  expect(await calls(page, "remove_model")).toEqual([{ name: TINY }]);
  await expect(page.getByTestId("toast")).toContainText("Deleted the file of TinyLlama 1.1B Chat.");
  await expect(dialog.getByTestId("import-model")).toBeFocused();

  // A catalog model's file goes, the model stays in the catalog.
  await mock(
    page,
    `Object.assign(window.__mock.models[1], { installed: true, weights: 1543714304, contextLimit: 8192, memoryNeeded: 2.6e9 })`,
  );
  await dialog.getByTestId("models-close").click();
  await openModels(page);
  await card(page, LARGE).getByRole("button", { name: "Remove…" }).click();
  await card(page, LARGE).getByRole("button", { name: "Delete" }).click();
  await expect(badges(page, LARGE)).toHaveText(["Not on this computer"]);
  await expect(card(page, LARGE).getByRole("button")).toHaveCount(0);
});

test("the default model and a model that cannot answer offer only what they can do", async ({ page }) => {
  await start(page);
  await mock(
    page,
    `window.__mock.models.push({ ...window.__mock.models[0], name: "mamba-130m", displayName: "Mamba 130M", origin: "imported",
    path: "/m/mamba-130m.gguf", parameters: null, architecture: "mamba", upstream: null,
    problem: { code: "model-unsupported-architecture", args: { architecture: "mamba" } } })`,
  );
  await openModels(page);
  await expect(card(page, SMALL).getByRole("button")).toHaveCount(0);
  await expect(page.getByTestId(`model-remove-${SMALL}`)).toHaveCount(0);
  await expect(badges(page, "mamba-130m")).toHaveText(["Imported", "Cannot be used"]);
  await expect(card(page, "mamba-130m").getByTestId("model-problem")).toHaveText(
    "This model’s architecture, “mamba”, is not supported yet.",
  );
  await expect(card(page, "mamba-130m").getByRole("button")).toHaveText(["Remove…"]);

  // Should the backend refuse anyway, it is said in the view.
  await mock(page, `window.__mock.fail.remove_model = { code: "model-is-default", args: { name: "mamba-130m" } }`);
  await card(page, "mamba-130m").getByRole("button", { name: "Remove…" }).click();
  await card(page, "mamba-130m").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("models-error")).toBeVisible();
  await expect(card(page, "mamba-130m").getByRole("button")).toHaveText(["Remove…"]);
});

test("a model needing more memory than is free is warned about, not refused", async ({ page }) => {
  await start(page);
  await mock(page, "window.__mock.memoryAvailable = 1.2e9");
  const dialog = await openModels(page);
  await expect(dialog.getByTestId("models-memory")).toHaveText("Memory available: 1.2 GB of 23.4 GB");
  await expect(card(page, SMALL).getByTestId("model-memory-warning")).toHaveText(/^Needs more memory than is free now/);
  await expect(dialog.getByTestId("model-memory-warning")).toHaveCount(1);
  await expect(badges(page, SMALL)).toHaveText(["Default"]);

  await dialog.getByTestId("models-close").click();
  await mock(page, "window.__mock.memoryAvailable = null");
  await openModels(page);
  await expect(dialog.getByTestId("models-memory")).toBeHidden();
  await expect(dialog.getByTestId("model-memory-warning")).toHaveCount(0);
});

test("first run without a model: the welcome offers an import, which becomes the default", async ({ page }) => {
  const missing = { code: "model-missing", args: { path: `/home/user/.cache/hearth/models/${SMALL}.gguf` } };
  await start(page, [], { __mockModelProblem: missing });
  const offer = page.getByTestId("welcome-model");
  await expect(offer).toBeVisible();
  await expect(offer).toContainText("There is no model on this computer yet.");
  await expect(page.getByTestId("model-status")).toHaveText("No model yet");
  // The offer explains it; no second, developer-minded message about fetching the file.
  await expect(page.getByTestId("notice")).toBeHidden();

  await offerImport(page);
  await page.getByTestId("welcome-import").click();
  await expect(page.getByRole("dialog", { name: "Models" })).toBeVisible();
  await expect(badges(page, TINY)).toContainText(["Default"]);
  await page.keyboard.press("Escape");
  await expect(offer).toBeHidden();
  await expect(page.getByTestId("notice")).toBeHidden();
  await expect(page.getByTestId("model-status")).toHaveText("TinyLlama 1.1B Chat · local");
  expect(await calls(page, "import_model")).toHaveLength(1);
});
