import { expect, type Page, test } from "@playwright/test";
import { BUILTIN_SAMPLING } from "./builtin-sampling";
import { calls, mock, openPreferences, row, start } from "./fixtures";

const SMALL = "qwen2.5-coder-0.5b-instruct-q4_k_m";
const chat = [
  {
    title: "Trip",
    messages: [
      { role: "user" as const, content: "Where to?" },
      { role: "assistant" as const, content: "Kyoto." },
    ],
  },
];

/** The conversation settings of "Trip", opened from the button next to its title. */
async function conversationSettings(page: Page) {
  await row(page, "Trip").getByTestId("conversation-open").click();
  await page.getByTestId("topbar-settings").click();
  const dialog = page.getByRole("dialog", { name: "Conversation settings" });
  await expect(dialog).toBeVisible();
  return dialog;
}

test("Preferences opens from the sidebar with the window's settings, and Escape closes it", async ({ page }) => {
  await start(page);
  const opener = page.getByTestId("open-preferences");
  await expect(opener).toHaveText("Settings");
  const dialog = await openPreferences(page);
  await expect(dialog).toHaveAccessibleName("Settings");
  await expect(dialog.getByRole("combobox", { name: "Language" })).toBeFocused();
  await expect(dialog.getByRole("combobox", { name: "Theme" })).toHaveValue("system");
  await expect(dialog.getByRole("combobox", { name: "Default model" })).toHaveValue(SMALL);
  await expect(dialog.getByTestId("preferences-data-dir")).toHaveText("/data");
  await expect(dialog.getByTestId("preferences-backup-dir")).toHaveText("/data/backups");
  await expect(dialog.getByTestId("preferences-data-dir")).toHaveAttribute("dir", "ltr");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test("the default sampling is saved, refused when out of range, reset, and used by conversations", async ({ page }) => {
  await start(page, chat);
  const dialog = await openPreferences(page);
  const number = (name: string) => dialog.getByRole("spinbutton", { name, exact: true });
  const shown = {
    Temperature: "0.3",
    "Top-p": "0.9",
    "Top-k": "40",
    "Min-p": "0",
    "Repeat penalty": "1.1",
    "Presence penalty": "0",
    "Max tokens": "1024",
    Seed: "299792458",
  };
  for (const [name, value] of Object.entries(shown)) await expect(number(name)).toHaveValue(value);
  await expect(number("Temperature")).toHaveAccessibleDescription("Built-in: 0.3");
  await expect(number("Max tokens")).toHaveAccessibleDescription("Built-in: 1,024");
  await expect(number("Presence penalty")).toHaveAccessibleDescription("Built-in: 0");
  await expect(dialog.getByRole("textbox", { name: "Stop sequences" })).toHaveValue("");
  await expect(dialog.getByRole("textbox", { name: "Stop sequences" })).toHaveAccessibleDescription(/ Built-in: none$/);
  const save = dialog.getByRole("button", { name: "Save defaults" });

  // Refused values are pointed out, and nothing is sent.
  await number("Temperature").fill("5");
  await number("Top-k").fill("2.5");
  await save.click();
  await expect(number("Temperature")).toHaveAttribute("aria-invalid", "true");
  await expect(number("Temperature")).toHaveAccessibleDescription("Built-in: 0.3 Enter a number from 0 to 2.");
  await expect(number("Top-k")).toHaveAccessibleDescription(/Enter a whole number from 0 to 200\./);
  await expect(number("Temperature")).toBeFocused();
  expect(await calls(page, "set_default_sampling")).toEqual([]);
  await number("Temperature").fill("0.8");
  await expect(number("Temperature")).toHaveAttribute("aria-invalid", "false");

  await number("Top-k").fill("20");
  await save.click();
  await expect(page.getByTestId("toast")).toContainText("Defaults saved.");
  await expect(dialog).toBeVisible();
  expect(await calls(page, "set_default_sampling")).toEqual([
    { sampling: { ...BUILTIN_SAMPLING, temperature: 0.8, topK: 20 } },
  ]);
  await dialog.getByRole("button", { name: "Close" }).click();

  // A conversation without its own sampling starts from the saved defaults.
  let settings = await conversationSettings(page);
  await expect(settings.getByRole("spinbutton", { name: "Temperature" })).toHaveValue("0.8");
  await expect(settings.getByRole("spinbutton", { name: "Temperature" })).toHaveAccessibleDescription("Default: 0.8");
  await expect(settings.getByRole("spinbutton", { name: "Top-k" })).toHaveAccessibleDescription("Default: 20");
  await settings.getByRole("button", { name: "Cancel" }).click();

  await openPreferences(page);
  await expect(number("Temperature")).toHaveValue("0.8");
  await expect(number("Top-k")).toHaveValue("20");
  await dialog.getByRole("button", { name: "Reset to built-in" }).click();
  await expect(page.getByTestId("toast")).toContainText("Built-in sampling restored.");
  await expect(number("Temperature")).toHaveValue("0.3");
  await expect(number("Top-k")).toHaveValue("40");
  // The built-in values saved as they are stay the built-in ones.
  await save.click();
  expect(await calls(page, "set_default_sampling")).toEqual([
    { sampling: { ...BUILTIN_SAMPLING, temperature: 0.8, topK: 20 } },
    { sampling: null },
    { sampling: null },
  ]);
  await dialog.getByRole("button", { name: "Close" }).click();

  settings = await conversationSettings(page);
  await expect(settings.getByRole("spinbutton", { name: "Temperature" })).toHaveAccessibleDescription("Default: 0.3");

  // An error from the backend is shown in the section, with the values kept.
  await settings.getByRole("button", { name: "Cancel" }).click();
  await openPreferences(page);
  await mock(page, `window.__mock.fail.set_default_sampling = { code: "disk-full", args: {} }`);
  await number("Seed").fill("7");
  await save.click();
  await expect(dialog.getByTestId("preferences-sampling-error")).toHaveText(/^The disk is full\./);
  await expect(number("Seed")).toHaveValue("7");
});

test("the default min-p, presence penalty and stop sequences are saved, refused when too many, and used by conversations", async ({
  page,
}) => {
  await start(page, chat);
  const dialog = await openPreferences(page);
  const minP = dialog.getByRole("spinbutton", { name: "Min-p" });
  const stop = dialog.getByRole("textbox", { name: "Stop sequences" });
  const save = dialog.getByRole("button", { name: "Save defaults" });
  await minP.fill("0.1");
  await dialog.getByRole("spinbutton", { name: "Presence penalty" }).fill("0.3");
  await stop.fill(`###\n${"=".repeat(65)}`);
  await save.click();
  await expect(stop).toHaveAttribute("aria-invalid", "true");
  await expect(stop).toBeFocused();
  await expect(dialog.getByText("Enter at most 4 stop sequences, each up to 64 characters.")).toBeVisible();
  expect(await calls(page, "set_default_sampling")).toEqual([]);

  await stop.fill("###\n\nQ:");
  await save.click();
  await expect(page.getByTestId("toast")).toContainText("Defaults saved.");
  expect(await calls(page, "set_default_sampling")).toEqual([
    { sampling: { ...BUILTIN_SAMPLING, minP: 0.1, presencePenalty: 0.3, stop: ["###", "Q:"] } },
  ]);
  await dialog.getByRole("button", { name: "Close" }).click();

  // A conversation without its own sampling starts from them, and names them as its defaults.
  const settings = await conversationSettings(page);
  await expect(settings.getByRole("spinbutton", { name: "Min-p" })).toHaveValue("0.1");
  await expect(settings.getByRole("spinbutton", { name: "Presence penalty" })).toHaveAccessibleDescription(
    "Default: 0.3",
  );
  const own = settings.getByRole("textbox", { name: "Stop sequences" });
  await expect(own).toHaveValue("###\nQ:");
  await expect(own).toHaveAccessibleDescription(/ Default: “###” or “Q:”$/);
  // Saved as they are, they are the defaults (the stop sequences compared by value): null is sent.
  await settings.getByRole("button", { name: "Save" }).click();
  await expect(settings).toBeHidden();
  expect(await calls(page, "set_conversation_settings")).toEqual([
    { conversationId: 1, systemPrompt: null, model: null, sampling: null },
  ]);

  await openPreferences(page);
  await dialog.getByRole("button", { name: "Reset to built-in" }).click();
  await expect(stop).toHaveValue("");
  await expect(minP).toHaveValue("0");
  expect((await calls(page, "set_default_sampling")).at(-1)).toEqual({ sampling: null });
});

test("the default model changes at once; a refused change is explained and put back", async ({ page }) => {
  await start(page, chat);
  await mock(
    page,
    `Object.assign(window.__mock.models[1], { installed: true, weights: 1543714304, contextLimit: 8192, memoryNeeded: 2.6e9 })`,
  );
  const dialog = await openPreferences(page);
  const choice = dialog.getByRole("combobox", { name: "Default model" });
  await expect(choice.locator("option")).toHaveText(["Qwen2.5-Coder 0.5B Instruct", "Qwen2.5-Coder 1.5B Instruct"]);
  await choice.selectOption("qwen2.5-coder-1.5b-instruct-q4_k_m");
  await expect(page.getByTestId("model-status")).toHaveText("Qwen2.5-Coder 1.5B Instruct · local");
  expect(await calls(page, "set_default_model")).toEqual([{ name: "qwen2.5-coder-1.5b-instruct-q4_k_m" }]);

  await mock(
    page,
    `window.__mock.fail.set_default_model = { code: "model-missing", args: { path: "/models/q.gguf" } }`,
  );
  await choice.selectOption(SMALL);
  const error = dialog.getByTestId("preferences-model-error");
  await expect(error).toContainText("The model file is missing: /models/q.gguf.");
  await expect(choice).toHaveValue("qwen2.5-coder-1.5b-instruct-q4_k_m");
  await expect(page.getByTestId("model-status")).toHaveText("Qwen2.5-Coder 1.5B Instruct · local");

  // Manage models… opens the Models view over Preferences; closing it comes back here.
  const manage = dialog.getByRole("button", { name: "Manage models…" });
  await manage.click();
  const models = page.getByRole("dialog", { name: "Models" });
  await expect(models).toBeVisible();
  await expect(page.getByTestId("model-qwen2.5-coder-1.5b-instruct-q4_k_m").getByTestId("model-badge")).toHaveText([
    "Default",
  ]);
  await page.keyboard.press("Escape");
  await expect(models).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(manage).toBeFocused();
  await page.keyboard.press("Escape");

  // The conversation's menu names the new default.
  const settings = await (async () => {
    await row(page, "Trip").getByTestId("conversation-open").click();
    await page.getByTestId("topbar-settings").click();
    return page.getByRole("dialog", { name: "Conversation settings" });
  })();
  await expect(settings.getByRole("combobox", { name: "Model" }).locator("option").first()).toHaveText(
    "Default (Qwen2.5-Coder 1.5B Instruct)",
  );
});

test("backup, export and import from Preferences, their results and errors shown", async ({ page }) => {
  await start(page, chat);
  const dialog = await openPreferences(page);
  const toast = dialog.getByTestId("toast");
  await dialog.getByRole("button", { name: "Back up now" }).click();
  await expect(toast).toContainText("Backup saved to /data/backups/hearth-2026-11-29T10-00-00.sqlite3");
  await dialog.getByRole("button", { name: "Export all conversations (JSON)" }).click();
  await expect(toast).toContainText("Exported to /home/user/Documents/hearth-conversations.json");
  expect(await calls(page, "export_conversations")).toEqual([{ conversationId: null, format: "json" }]);
  await dialog.getByRole("button", { name: "Import…" }).click();
  await expect(toast).toContainText("Imported 3 conversations.");
  await expect(page.getByTestId("conversation")).toHaveCount(4);

  await mock(page, `window.__mock.fail.backup_now = { code: "disk-full", args: {} }`);
  await dialog.getByRole("button", { name: "Back up now" }).click();
  await expect(dialog.getByTestId("preferences-data-error")).toHaveText(/^The disk is full\./);
  await expect(page.getByTestId("notice")).toBeHidden();
});

test("switching the language in Preferences translates the window, Preferences and Models at once", async ({
  page,
}) => {
  await start(page, chat);
  const dialog = await openPreferences(page);
  await dialog.getByTestId("language").selectOption("ja");
  await expect(dialog).toHaveAccessibleName("設定");
  await expect(dialog.getByRole("heading", { level: 3 })).toHaveText([
    "言語と外観",
    "既定のモデル",
    "既定のサンプリング",
    "データ",
  ]);
  await expect(dialog.getByRole("spinbutton", { name: "温度" })).toHaveAccessibleDescription("初期値：0.3");
  await expect(dialog.getByRole("spinbutton", { name: "存在ペナルティ" })).toHaveAccessibleDescription("初期値：0");
  await expect(dialog.getByRole("textbox", { name: "停止シーケンス" })).toHaveAccessibleDescription(/ 初期値：なし$/);
  await expect(dialog.getByRole("button", { name: "既定値として保存" })).toBeVisible();
  await expect(page.getByTestId("open-models")).toHaveText("モデル");
  await expect(page.getByTestId("send")).toHaveText("送信");
  await expect(page.getByTestId("model-status")).toHaveText("Qwen2.5-Coder 0.5B Instruct・ローカル");
  await dialog.getByRole("button", { name: "モデルを管理…" }).click();
  await expect(page.getByRole("dialog", { name: "モデル" }).getByTestId("model-badge").first()).toHaveText("既定");
});
