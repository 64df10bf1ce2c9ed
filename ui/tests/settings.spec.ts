import { expect, test } from "@playwright/test";
import { BUILTIN_SAMPLING } from "./builtin-sampling";
import { calls, mock, openSettings, row, start } from "./fixtures";

const SMALL = "qwen2.5-coder-0.5b-instruct-q4_k_m";
const STOP_HELP = "One per line. The reply ends where the first of them appears; that text is not shown.";

test("settings open from the menu with the defaults, save exactly what changed, and reopen with it", async ({
  page,
}) => {
  await start(page, [
    {
      title: "Haiku practice",
      messages: [
        { role: "user", content: "Hi" },
        { role: "assistant", content: "Hello." },
      ],
    },
  ]);
  await expect(page.getByTestId("topbar-settings")).toBeHidden();
  const dialog = await openSettings(page, "Haiku practice");
  await expect(dialog).toHaveAccessibleName("Conversation settings");
  await expect(dialog.locator("#settings-subject")).toHaveText("Haiku practice");

  const prompt = dialog.getByRole("textbox", { name: "System prompt" });
  await expect(prompt).toBeFocused();
  await expect(prompt).toHaveValue("");
  await expect(prompt).toHaveAttribute("placeholder", /^You are Hearth/);
  await expect(prompt).toHaveAccessibleDescription(/answers in the language of each message/);
  const model = dialog.getByRole("combobox", { name: "Model" });
  await expect(model).toHaveValue("");
  await expect(model.locator("option")).toHaveText([
    "Default (Qwen2.5-Coder 0.5B Instruct)",
    "Qwen2.5-Coder 0.5B Instruct",
    "Qwen2.5-Coder 1.5B Instruct (not installed)",
    "Gemma 3 270M (not installed)",
  ]);
  await expect(model.locator("option:disabled")).toHaveText([
    "Qwen2.5-Coder 1.5B Instruct (not installed)",
    "Gemma 3 270M (not installed)",
  ]);

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
  await expect(number("Temperature")).toHaveAccessibleDescription("Default: 0.3");
  await expect(number("Seed")).toHaveAccessibleDescription("Default: 299,792,458");
  const stop = dialog.getByRole("textbox", { name: "Stop sequences" });
  await expect(stop).toHaveValue("");
  await expect(stop).toHaveAccessibleDescription(`${STOP_HELP} Default: none`);

  await prompt.fill("Answer in haiku.");
  await number("Temperature").fill("0.7");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("toast")).toContainText("Settings saved.");
  await expect(row(page, "Haiku practice").getByTestId("conversation-actions")).toBeFocused();
  expect(await calls(page, "set_conversation_settings")).toEqual([
    {
      conversationId: 1,
      systemPrompt: "Answer in haiku.",
      model: null,
      sampling: { ...BUILTIN_SAMPLING, temperature: 0.7 },
    },
  ]);

  // The button next to the title opens the same dialog for the open conversation.
  await row(page, "Haiku practice").getByTestId("conversation-open").click();
  const button = page.getByRole("button", { name: "Conversation settings" });
  await expect(button).toBeVisible();
  await button.click();
  await expect(prompt).toHaveValue("Answer in haiku.");
  await expect(number("Temperature")).toHaveValue("0.7");
  await expect(number("Top-k")).toHaveValue("40");
  await expect(model).toHaveValue("");
  expect(await calls(page, "conversation_settings")).toEqual([{ conversationId: 1 }, { conversationId: 1 }]);
});

test("Reset to defaults sends null for the prompt, the model and the sampling", async ({ page }) => {
  await start(page, [
    {
      title: "Tuned",
      settings: {
        systemPrompt: "Be terse.",
        model: SMALL,
        sampling: { ...BUILTIN_SAMPLING, temperature: 1.2, topK: 10 },
      },
    },
  ]);
  const dialog = await openSettings(page, "Tuned");
  const prompt = dialog.getByRole("textbox", { name: "System prompt" });
  const model = dialog.getByRole("combobox", { name: "Model" });
  const temperature = dialog.getByRole("spinbutton", { name: "Temperature" });
  await expect(prompt).toHaveValue("Be terse.");
  await expect(model).toHaveValue(SMALL);
  await expect(temperature).toHaveValue("1.2");
  await expect(dialog.getByRole("spinbutton", { name: "Top-k" })).toHaveValue("10");

  await dialog.getByRole("button", { name: "Reset to defaults" }).click();
  await expect(prompt).toHaveValue("");
  await expect(model).toHaveValue("");
  await expect(temperature).toHaveValue("0.3");
  await expect(dialog.getByRole("spinbutton", { name: "Top-k" })).toHaveValue("40");
  expect(await calls(page, "set_conversation_settings")).toEqual([]);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  expect(await calls(page, "set_conversation_settings")).toEqual([
    { conversationId: 1, systemPrompt: null, model: null, sampling: null },
  ]);
});

test("a value out of range is pointed out in the dialog and nothing is sent", async ({ page }) => {
  await start(page, [{ title: "Chat" }]);
  const dialog = await openSettings(page, "Chat");
  const temperature = dialog.getByRole("spinbutton", { name: "Temperature" });
  const topK = dialog.getByRole("spinbutton", { name: "Top-k" });
  await temperature.fill("9");
  await topK.fill("40.5");
  await dialog.getByRole("button", { name: "Save" }).click();

  await expect(dialog).toBeVisible();
  await expect(temperature).toBeFocused();
  await expect(temperature).toHaveAttribute("aria-invalid", "true");
  await expect(temperature).toHaveAccessibleDescription(/Enter a number from 0 to 2\./);
  await expect(topK).toHaveAccessibleDescription(/Enter a whole number from 0 to 200\./);
  await expect(dialog.getByText("Enter a number from 0 to 2.")).toBeVisible();
  expect(await calls(page, "set_conversation_settings")).toEqual([]);

  // Fixing a field takes its message away.
  await temperature.fill("2");
  await expect(dialog.getByText("Enter a number from 0 to 2.")).toBeHidden();
  await expect(temperature).toHaveAttribute("aria-invalid", "false");
  await topK.fill("41");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  expect(await calls(page, "set_conversation_settings")).toEqual([
    { conversationId: 1, systemPrompt: null, model: null, sampling: { ...BUILTIN_SAMPLING, temperature: 2, topK: 41 } },
  ]);
});

test("min-p, the presence penalty and stop sequences are sent with the sampling and shown again", async ({ page }) => {
  await start(page, [{ title: "Story" }]);
  const dialog = await openSettings(page, "Story");
  const minP = dialog.getByRole("spinbutton", { name: "Min-p" });
  const presence = dialog.getByRole("spinbutton", { name: "Presence penalty" });
  const stop = dialog.getByRole("textbox", { name: "Stop sequences" });
  await minP.fill("0.05");
  await presence.fill("0.5");
  // Blank lines are left out; the spaces of a stop sequence are kept.
  await stop.fill("###\n\n User:\nThe End");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  expect(await calls(page, "set_conversation_settings")).toEqual([
    {
      conversationId: 1,
      systemPrompt: null,
      model: null,
      sampling: { ...BUILTIN_SAMPLING, minP: 0.05, presencePenalty: 0.5, stop: ["###", " User:", "The End"] },
    },
  ]);

  await openSettings(page, "Story");
  await expect(minP).toHaveValue("0.05");
  await expect(presence).toHaveValue("0.5");
  await expect(stop).toHaveValue("###\n User:\nThe End");
  // Saved again unchanged, the stop sequences compare equal and the same sampling is sent.
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  expect((await calls(page, "set_conversation_settings"))[1].sampling?.stop).toEqual(["###", " User:", "The End"]);

  // Emptied again, the sampling is the default one.
  await openSettings(page, "Story");
  await minP.fill("0");
  await presence.fill("0");
  await stop.fill("\n");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  expect((await calls(page, "set_conversation_settings"))[2]).toEqual({
    conversationId: 1,
    systemPrompt: null,
    model: null,
    sampling: null,
  });
});

test("min-p, the presence penalty and stop sequences out of bounds are refused with their message", async ({
  page,
}) => {
  await start(page, [{ title: "Chat" }]);
  const dialog = await openSettings(page, "Chat");
  const minP = dialog.getByRole("spinbutton", { name: "Min-p" });
  const presence = dialog.getByRole("spinbutton", { name: "Presence penalty" });
  const stop = dialog.getByRole("textbox", { name: "Stop sequences" });
  const tooMany = "Enter at most 4 stop sequences, each up to 64 characters.";
  await minP.fill("1.5");
  await presence.fill("-1");
  await stop.fill("one\ntwo\nthree\nfour\nfive");
  await dialog.getByRole("button", { name: "Save" }).click();

  await expect(minP).toBeFocused();
  await expect(minP).toHaveAccessibleDescription("Default: 0 Enter a number from 0 to 1.");
  await expect(presence).toHaveAccessibleDescription("Default: 0 Enter a number from 0 to 2.");
  await expect(stop).toHaveAttribute("aria-invalid", "true");
  await expect(stop).toHaveAccessibleDescription(`${STOP_HELP} Default: none ${tooMany}`);
  await expect(dialog.getByText(tooMany)).toBeVisible();
  expect(await calls(page, "set_conversation_settings")).toEqual([]);

  // Four are taken, but not one longer than 64 characters.
  await minP.fill("0.1");
  await presence.fill("2");
  await stop.fill(`one\ntwo\nthree\n${"x".repeat(65)}`);
  await expect(dialog.getByText(tooMany)).toBeHidden();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(stop).toBeFocused();
  await expect(dialog.getByText(tooMany)).toBeVisible();
  await expect(minP).toHaveAttribute("aria-invalid", "false");
  expect(await calls(page, "set_conversation_settings")).toEqual([]);

  await stop.fill(`one\ntwo\nthree\n${"x".repeat(64)}`);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  expect(await calls(page, "set_conversation_settings")).toEqual([
    {
      conversationId: 1,
      systemPrompt: null,
      model: null,
      sampling: { ...BUILTIN_SAMPLING, minP: 0.1, presencePenalty: 2, stop: ["one", "two", "three", "x".repeat(64)] },
    },
  ]);
});

test("Escape and Cancel close the dialog without saving", async ({ page }) => {
  await start(page, [{ title: "Chat" }]);
  let dialog = await openSettings(page, "Chat");
  await dialog.getByRole("textbox", { name: "System prompt" }).fill("Never saved");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  dialog = await openSettings(page, "Chat");
  await expect(dialog.getByRole("textbox", { name: "System prompt" })).toHaveValue("");
  await dialog.getByRole("spinbutton", { name: "Seed" }).fill("7");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();

  dialog = await openSettings(page, "Chat");
  await expect(dialog.getByRole("spinbutton", { name: "Seed" })).toHaveValue("299792458");
  expect(await calls(page, "set_conversation_settings")).toEqual([]);
  await expect(page.getByTestId("toast")).toBeHidden();
});

test("an error from saving is shown inside the dialog, which keeps what was typed", async ({ page }) => {
  await start(page, [{ title: "Chat" }]);
  const dialog = await openSettings(page, "Chat");
  await mock(page, `window.__mock.fail.set_conversation_settings = { code: "disk-full", args: {} }`);
  const prompt = dialog.getByRole("textbox", { name: "System prompt" });
  await prompt.fill("Reply in French.");
  await dialog.getByRole("spinbutton", { name: "Max tokens" }).fill("256");
  await dialog.getByRole("combobox", { name: "Model" }).selectOption(SMALL);
  await dialog.getByRole("button", { name: "Save" }).click();

  await expect(dialog.getByRole("alert")).toHaveText(/The disk is full\./);
  await expect(dialog).toBeVisible();
  await expect(prompt).toHaveValue("Reply in French.");
  await expect(dialog.getByRole("spinbutton", { name: "Max tokens" })).toHaveValue("256");
  await expect(dialog.getByRole("combobox", { name: "Model" })).toHaveValue(SMALL);
  await expect(page.getByTestId("toast")).toBeHidden();

  await mock(page, "delete window.__mock.fail.set_conversation_settings");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("toast")).toContainText("Settings saved.");
  const saved = await calls(page, "set_conversation_settings");
  expect(saved).toHaveLength(2);
  expect(saved[1]).toEqual({
    conversationId: 1,
    systemPrompt: "Reply in French.",
    model: SMALL,
    sampling: { ...BUILTIN_SAMPLING, maxTokens: 256 },
  });
});

test("日本語: 会話の設定を開いて、既定値を確かめ、誤りを直して保存する", async ({ page }) => {
  await start(page, [{ title: "旅行の相談" }], { __mockLanguage: "ja" });
  const dialog = await openSettings(page, "旅行の相談", "設定…");
  await expect(dialog).toHaveAccessibleName("会話の設定");
  const prompt = dialog.getByRole("textbox", { name: "システムプロンプト" });
  await expect(prompt).toHaveAttribute("placeholder", /^あなたは Hearth です/);
  await expect(dialog).toContainText("メッセージごとにその言語で回答します");
  const model = dialog.getByRole("combobox", { name: "モデル" });
  await expect(model.locator("option")).toHaveText([
    "既定（Qwen2.5-Coder 0.5B Instruct）",
    "Qwen2.5-Coder 0.5B Instruct",
    "Qwen2.5-Coder 1.5B Instruct（未インストール）",
    "Gemma 3 270M（未インストール）",
  ]);
  const temperature = dialog.getByRole("spinbutton", { name: "温度" });
  await expect(temperature).toHaveAccessibleDescription("既定値：0.3");
  await expect(dialog.getByRole("spinbutton", { name: "最大トークン数" })).toHaveAccessibleDescription("既定値：1,024");
  await expect(dialog.getByRole("spinbutton", { name: "Min-p" })).toHaveAccessibleDescription("既定値：0");
  const presence = dialog.getByRole("spinbutton", { name: "存在ペナルティ" });
  await expect(presence).toHaveAccessibleDescription("既定値：0");
  const stop = dialog.getByRole("textbox", { name: "停止シーケンス" });
  await expect(stop).toHaveAccessibleDescription(/^1 行に 1 つずつ入力します。.* 既定値：なし$/);
  await presence.fill("3");
  await stop.fill("一\n二\n三\n四\n五");
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(presence).toHaveAccessibleDescription("既定値：0 0〜2 の数値を入力してください。");
  await expect(dialog.getByText("停止シーケンスは 4 個まで、それぞれ 64 文字以内で入力してください。")).toBeVisible();
  await dialog.getByRole("button", { name: "既定に戻す" }).click();

  await temperature.fill("9");
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(dialog.getByText("0〜2 の数値を入力してください。")).toBeVisible();
  expect(await calls(page, "set_conversation_settings")).toEqual([]);

  await prompt.fill("丁寧語で答えてください。");
  await dialog.getByRole("button", { name: "既定に戻す" }).click();
  await expect(temperature).toHaveValue("0.3");
  await expect(prompt).toHaveValue("");
  await prompt.fill("丁寧語で答えてください。");
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("toast")).toContainText("設定を保存しました。");
  expect(await calls(page, "set_conversation_settings")).toEqual([
    { conversationId: 1, systemPrompt: "丁寧語で答えてください。", model: null, sampling: null },
  ]);
});
