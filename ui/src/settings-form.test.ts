// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { setLanguage, t } from "./i18n";
import type { ConversationSettings, Sampling } from "./ipc";
import { buildChange, FIELDS, fieldText, invalidText, modelChoices, parseField, parseSampling, sameSampling, type Field, type Form } from "./settings-form";

afterEach(() => setLanguage("en-US"));

const defaults: Sampling = { temperature: 0.3, top_p: 0.9, top_k: 40, repeat_penalty: 1.1, repeat_last_n: 64, max_tokens: 1024, seed: 299792458 };
const limitsOf = (field: Field) => FIELDS.find((l) => l.field === field)!;

/** The form as the dialog fills it from `sampling`, with `changes` typed over it. */
function form(changes: Partial<Record<Field, string>> = {}, rest: Partial<Form> = {}): Form {
  const values = {} as Record<Field, string>;
  for (const limits of FIELDS) values[limits.field] = changes[limits.field] ?? fieldText(defaults[limits.field], limits);
  return { systemPrompt: "", model: "", values, ...rest };
}

describe("parseField", () => {
  it("takes numbers within the limits, off the step too", () => {
    expect(parseField("0", limitsOf("temperature"))).toBe(0);
    expect(parseField(" 2 ", limitsOf("temperature"))).toBe(2);
    expect(parseField("0.33", limitsOf("temperature"))).toBe(0.33);
    expect(parseField("8192", limitsOf("max_tokens"))).toBe(8192);
    expect(parseField("0", limitsOf("seed"))).toBe(0);
  });

  it("refuses what is empty, out of range or not whole where it must be", () => {
    expect(parseField("", limitsOf("temperature"))).toBeNull();
    expect(parseField("9", limitsOf("temperature"))).toBeNull();
    expect(parseField("-0.1", limitsOf("top_p"))).toBeNull();
    expect(parseField("0.99", limitsOf("repeat_penalty"))).toBeNull();
    expect(parseField("40.5", limitsOf("top_k"))).toBeNull();
    expect(parseField("0", limitsOf("max_tokens"))).toBeNull();
    expect(parseField("-1", limitsOf("seed"))).toBeNull();
    expect(parseField("1e20", limitsOf("seed"))).toBeNull();
    expect(parseField("abc", limitsOf("top_k"))).toBeNull();
  });
});

describe("buildChange", () => {
  it("sends null for everything left at the defaults", () => {
    expect(buildChange(form(), defaults, defaults)).toEqual({ ok: true, change: { systemPrompt: null, model: null, sampling: null } });
  });

  it("sends the whole sampling when one value differs, keeping repeat_last_n", () => {
    const current = { ...defaults, repeat_last_n: 128 };
    const outcome = buildChange(form({ temperature: "0.7" }, { systemPrompt: "Be brief.", model: "gemma-3-270m" }), current, defaults);
    expect(outcome).toEqual({
      ok: true,
      change: { systemPrompt: "Be brief.", model: "gemma-3-270m", sampling: { ...defaults, temperature: 0.7, repeat_last_n: 128 } },
    });
  });

  it("treats a prompt of only spaces as the default", () => {
    const outcome = buildChange(form({}, { systemPrompt: "  \n " }), defaults, defaults);
    expect(outcome.ok && outcome.change.systemPrompt).toBeNull();
  });

  it("compares with the defaults despite single-precision noise", () => {
    const noisy = { ...defaults, repeat_penalty: 1.100000023841858 };
    expect(fieldText(noisy.repeat_penalty, limitsOf("repeat_penalty"))).toBe("1.1");
    const outcome = buildChange(form({ repeat_penalty: "1.1" }), noisy, noisy);
    expect(outcome.ok && outcome.change.sampling).toBeNull();
  });

  it("names every field to fix and sends nothing", () => {
    expect(buildChange(form({ temperature: "9", seed: "" }), defaults, defaults)).toEqual({ ok: false, invalid: ["temperature", "seed"] });
  });
});

describe("parseSampling (the default sampling in Preferences)", () => {
  it("puts the typed values over the current ones, keeping repeat_last_n", () => {
    const current = { ...defaults, repeat_last_n: 256 };
    expect(parseSampling(form({ top_k: "12", max_tokens: "2048" }).values, current)).toEqual({
      ok: true,
      sampling: { ...current, top_k: 12, max_tokens: 2048 },
    });
  });

  it("names every field to fix", () => {
    expect(parseSampling(form({ top_p: "1.5", top_k: "4.5" }).values, defaults)).toEqual({ ok: false, invalid: ["top_p", "top_k"] });
  });

  it("compares samplings despite single-precision noise", () => {
    expect(sameSampling({ ...defaults, temperature: 0.30000001192092896 }, defaults)).toBe(true);
    expect(sameSampling({ ...defaults, repeat_last_n: 65 }, defaults)).toBe(false);
  });
});

describe("wording", () => {
  it("states the limits in the language's number format", () => {
    expect(invalidText(limitsOf("temperature"))).toBe("Enter a number from 0 to 2.");
    expect(invalidText(limitsOf("max_tokens"))).toBe("Enter a whole number from 1 to 8,192.");
    expect(invalidText(limitsOf("seed"))).toBe("Enter a whole number, 0 or more.");
    setLanguage("ja");
    expect(invalidText(limitsOf("top_k"))).toBe("0〜200 の整数を入力してください。");
    setLanguage("vi");
    expect(t("settings-default-value", { value: 0.3 })).toBe("Mặc định: 0,3");
    expect(invalidText(limitsOf("max_tokens"))).toBe("Nhập một số nguyên từ 1 đến 8.192.");
  });
});

describe("modelChoices", () => {
  const settings: ConversationSettings = {
    systemPrompt: null,
    model: null,
    sampling: null,
    defaults: { systemPrompt: "You are Hearth.", sampling: defaults, model: "qwen-0.5b" },
    models: [
      { name: "qwen-0.5b", displayName: "Qwen 0.5B", installed: true },
      { name: "gemma", displayName: "Gemma 3 270M", installed: false },
    ],
  };

  it("names the default, then lists the catalog with models not installed disabled", () => {
    expect(modelChoices(settings)).toEqual([
      { value: "", label: "Default (Qwen 0.5B)", disabled: false },
      { value: "qwen-0.5b", label: "Qwen 0.5B", disabled: false },
      { value: "gemma", label: "Gemma 3 270M (not installed)", disabled: true },
    ]);
    setLanguage("ja");
    expect(modelChoices(settings).map((c) => c.label)).toEqual(["既定（Qwen 0.5B）", "Qwen 0.5B", "Gemma 3 270M（未インストール）"]);
  });

  it("keeps a chosen model the catalog no longer has", () => {
    expect(modelChoices({ ...settings, model: "old" })[3]).toEqual({ value: "old", label: "old (not installed)", disabled: true });
  });
});
