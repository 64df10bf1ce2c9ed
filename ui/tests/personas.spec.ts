// The personas of the settings dialog: each fills in the system prompt with its text from
// locales/<lang>/personas.ftl, and a saved prompt is recognised as its persona again.

import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { calls, openSettings, start } from "./fixtures";

/** A persona's prompt as locales/<lang>/personas.ftl writes it. */
function personaPrompt(lang: string, persona: string): string {
  const source = readFileSync(new URL(`../../locales/${lang}/personas.ftl`, import.meta.url), "utf8");
  const found = source.match(new RegExp(`^persona-${persona}-prompt = (.+)$`, "m"));
  if (!found) throw new Error(`${lang} has no ${persona} persona`);
  return found[1];
}

test("a persona fills in the system prompt, is saved as that text, and is shown chosen again", async ({ page }) => {
  await start(page, [{ title: "Letters" }]);
  const dialog = await openSettings(page, "Letters");
  const persona = dialog.getByRole("combobox", { name: "Persona" });
  const prompt = dialog.getByRole("textbox", { name: "System prompt" });
  await expect(persona.locator("option")).toHaveText([
    "Default",
    "Custom",
    "General assistant",
    "Translator",
    "Programming helper",
    "Business writing",
    "Summarizer",
  ]);
  await expect(persona).toHaveValue("default");
  await expect(prompt).toHaveValue("");

  await persona.selectOption({ label: "Translator" });
  const translator = personaPrompt("en-US", "translator");
  await expect(prompt).toHaveValue(translator);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  expect(await calls(page, "set_conversation_settings")).toEqual([
    { conversationId: 1, systemPrompt: translator, model: null, sampling: null },
  ]);

  await openSettings(page, "Letters");
  await expect(persona).toHaveValue("translator");
  await expect(persona.locator("option:checked")).toHaveText("Translator");
  await expect(prompt).toHaveValue(translator);
});

test("editing the prompt switches the persona to Custom, which brings back the user's own prompt", async ({ page }) => {
  await start(page, [{ title: "Tuned", settings: { systemPrompt: "Be terse.", model: null, sampling: null } }]);
  const dialog = await openSettings(page, "Tuned");
  const persona = dialog.getByRole("combobox", { name: "Persona" });
  const prompt = dialog.getByRole("textbox", { name: "System prompt" });
  await expect(persona).toHaveValue("custom");
  await expect(prompt).toHaveValue("Be terse.");

  await persona.selectOption({ label: "Summarizer" });
  await expect(prompt).toHaveValue(personaPrompt("en-US", "summary"));
  await persona.selectOption({ label: "Custom" });
  await expect(prompt).toHaveValue("Be terse.");

  await persona.selectOption({ label: "General assistant" });
  await prompt.press("Control+End");
  await prompt.pressSequentially(" Use emoji.");
  const edited = `${personaPrompt("en-US", "general")} Use emoji.`;
  await expect(prompt).toHaveValue(edited);
  await expect(persona).toHaveValue("custom");
  await persona.selectOption({ label: "Business writing" });
  await persona.selectOption({ label: "Custom" });
  await expect(prompt).toHaveValue(edited);

  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  expect(await calls(page, "set_conversation_settings")).toEqual([
    { conversationId: 1, systemPrompt: edited, model: null, sampling: null },
  ]);
  await openSettings(page, "Tuned");
  await expect(persona).toHaveValue("custom");
  await expect(prompt).toHaveValue(edited);
  await dialog.getByRole("button", { name: "Reset to defaults" }).click();
  await expect(prompt).toHaveValue("");
  await expect(persona).toHaveValue("default");
  // Default empties the prompt; Custom brings the user's own back.
  await persona.selectOption({ label: "Custom" });
  await expect(prompt).toHaveValue(edited);
  await persona.selectOption({ label: "Default" });
  await expect(prompt).toHaveValue("");
});

test("日本語: ペルソナは日本語で表示され、英語で保存したプロンプトも認識する", async ({ page }) => {
  const summary = personaPrompt("en-US", "summary");
  await start(page, [{ title: "取引先へのメール", settings: { systemPrompt: summary, model: null, sampling: null } }], {
    __mockLanguage: "ja",
  });
  const dialog = await openSettings(page, "取引先へのメール", "設定…");
  const persona = dialog.getByRole("combobox", { name: "ペルソナ" });
  const prompt = dialog.getByRole("textbox", { name: "システムプロンプト" });
  await expect(persona.locator("option")).toHaveText([
    "既定",
    "カスタム",
    "汎用アシスタント",
    "翻訳",
    "プログラミング支援",
    "ビジネス文書",
    "要約",
  ]);
  await expect(persona.locator("option:checked")).toHaveText("要約");
  await expect(prompt).toHaveValue(summary);

  await persona.selectOption({ label: "ビジネス文書" });
  const business = personaPrompt("ja", "business");
  expect(business).toContain("尊敬語と謙譲語");
  await expect(prompt).toHaveValue(business);
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(dialog).toBeHidden();
  expect(await calls(page, "set_conversation_settings")).toEqual([
    { conversationId: 1, systemPrompt: business, model: null, sampling: null },
  ]);
  await openSettings(page, "取引先へのメール", "設定…");
  await expect(persona.locator("option:checked")).toHaveText("ビジネス文書");
});
