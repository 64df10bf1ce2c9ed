// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { availableLanguages, setLanguage, t, textIn } from "./i18n";
import { CUSTOM, DEFAULT, PERSONAS, personaChoices, personaName, personaOf, personaPrompt } from "./personas";

afterEach(() => setLanguage("en-US"));

/** A script each language's prompts must be written in, so the model is led to answer in it. */
const SCRIPT: Record<string, RegExp> = {
  "en-US": /^[\x20-\x7e’]+$/,
  ja: /[\u3040-\u30ff]/,
  vi: /[ăâđêôơư]/,
  "zh-Hans": /^[^\u3040-\u30ff]*[\u4e00-\u9fff]/,
  ko: /[\uac00-\ud7a3]/,
  ar: /[\u0600-\u06ff]/,
};

describe("the personas", () => {
  it("are listed after Default and Custom, in the window's language", () => {
    expect(personaChoices()).toEqual([
      { value: DEFAULT, label: "Default" },
      { value: CUSTOM, label: "Custom" },
      { value: "general", label: "General assistant" },
      { value: "translator", label: "Translator" },
      { value: "programming", label: "Programming helper" },
      { value: "business", label: "Business writing" },
      { value: "summary", label: "Summarizer" },
    ]);
    setLanguage("ja");
    expect(personaChoices().map((c) => c.label)).toEqual([
      "既定",
      "カスタム",
      "汎用アシスタント",
      "翻訳",
      "プログラミング支援",
      "ビジネス文書",
      "要約",
    ]);
    expect(personaPrompt("business")).toContain("敬語");
  });

  it("have a name and a prompt of their own in every language, written in it", () => {
    for (const lang of availableLanguages) {
      const prompts = PERSONAS.map((persona) => personaPrompt(persona, lang));
      const names = PERSONAS.map((persona) => personaName(persona, lang));
      expect(new Set(prompts).size, lang).toBe(PERSONAS.length);
      const menu = [...names, textIn(lang, "settings-persona-custom"), textIn(lang, "settings-persona-default")];
      expect(new Set(menu).size, lang).toBe(PERSONAS.length + 2);
      for (const text of [...prompts, ...names]) expect(text, lang).not.toMatch(/^persona-/);
      for (const text of prompts) expect(text, lang).toMatch(SCRIPT[lang]);
    }
  });

  it("speak to the reader as each language's business letters do", () => {
    expect(personaPrompt("business", "ja")).toMatch(/尊敬語と謙譲語/);
    expect(personaPrompt("business", "vi")).toMatch(/xưng hô.*Kính gửi.*Trân trọng/);
    expect(personaPrompt("business", "ko")).toMatch(/-습니다.*귀사/);
    expect(personaPrompt("business", "zh-Hans")).toMatch(/贵公司/);
    expect(personaPrompt("business", "ar")).toMatch(/تحية طيبة وبعد/);
  });
});

describe("personaOf", () => {
  it("recognises a persona's prompt in any language, whatever the window's", () => {
    for (const lang of availableLanguages) {
      for (const persona of PERSONAS)
        expect(personaOf(personaPrompt(persona, lang)), `${lang} ${persona}`).toBe(persona);
    }
    setLanguage("vi");
    expect(personaOf(personaPrompt("translator", "ja"))).toBe("translator");
    expect(personaOf(`\n${personaPrompt("summary", "ar")}  `)).toBe("summary");
  });

  it("takes an edited, empty or other prompt as the user's own", () => {
    expect(personaOf("")).toBeNull();
    expect(personaOf("  ")).toBeNull();
    expect(personaOf("Answer in haiku.")).toBeNull();
    expect(personaOf(`${personaPrompt("general")} Use emoji.`)).toBeNull();
    expect(personaOf(personaPrompt("general").slice(1))).toBeNull();
    expect(personaOf(t("system-prompt-default"))).toBeNull();
  });
});
