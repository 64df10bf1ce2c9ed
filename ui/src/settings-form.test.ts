// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { BUILTIN_SAMPLING } from "../tests/builtin-sampling";
import { setLanguage, t } from "./i18n";
import type { SettingsView } from "./ipc";
import {
  buildChange,
  FIELDS,
  type Field,
  type Form,
  fieldText,
  invalidStopText,
  invalidText,
  modelChoices,
  type NumberField,
  parseField,
  parseSampling,
  parseStop,
  sameSampling,
  stopHint,
  stopText,
} from "./settings-form";

afterEach(() => setLanguage("en-US"));

const limitsOf = (field: NumberField) => FIELDS.find((l) => l.field === field)!;

/** The form as the dialog fills it from `sampling`, with `changes` typed over it. */
function form(changes: Partial<Record<Field, string>> = {}, rest: Partial<Form> = {}): Form {
  const values = {} as Record<Field, string>;
  for (const limits of FIELDS)
    values[limits.field] = changes[limits.field] ?? fieldText(BUILTIN_SAMPLING[limits.field], limits);
  values.stop = changes.stop ?? stopText(BUILTIN_SAMPLING.stop);
  return { systemPrompt: "", model: "", values, ...rest };
}

describe("parseField", () => {
  it("takes numbers within the limits, off the step too", () => {
    expect(parseField("0", limitsOf("temperature"))).toBe(0);
    expect(parseField(" 2 ", limitsOf("temperature"))).toBe(2);
    expect(parseField("0.33", limitsOf("temperature"))).toBe(0.33);
    expect(parseField("8192", limitsOf("maxTokens"))).toBe(8192);
    expect(parseField("0", limitsOf("seed"))).toBe(0);
    expect(parseField("0.05", limitsOf("minP"))).toBe(0.05);
    expect(parseField("1", limitsOf("minP"))).toBe(1);
    expect(parseField("1.5", limitsOf("presencePenalty"))).toBe(1.5);
  });

  it("refuses what is empty, out of range or not whole where it must be", () => {
    expect(parseField("", limitsOf("temperature"))).toBeNull();
    expect(parseField("9", limitsOf("temperature"))).toBeNull();
    expect(parseField("-0.1", limitsOf("topP"))).toBeNull();
    expect(parseField("0.99", limitsOf("repeatPenalty"))).toBeNull();
    expect(parseField("40.5", limitsOf("topK"))).toBeNull();
    expect(parseField("0", limitsOf("maxTokens"))).toBeNull();
    expect(parseField("-1", limitsOf("seed"))).toBeNull();
    expect(parseField("1e20", limitsOf("seed"))).toBeNull();
    expect(parseField("abc", limitsOf("topK"))).toBeNull();
    expect(parseField("1.01", limitsOf("minP"))).toBeNull();
    expect(parseField("-0.5", limitsOf("presencePenalty"))).toBeNull();
    expect(parseField("2.5", limitsOf("presencePenalty"))).toBeNull();
  });
});

describe("parseStop", () => {
  it("takes one text a line, leaving blank lines out and keeping spaces", () => {
    expect(parseStop("")).toEqual([]);
    expect(parseStop("\n  \n")).toEqual([]);
    expect(parseStop("###\n\nUser:\n")).toEqual(["###", "User:"]);
    expect(parseStop("  Q: \r\nEND\r\n")).toEqual(["  Q: ", "END"]);
    expect(parseStop("a  b\t")).toEqual(["a  b\t"]);
  });

  it("takes up to 4 texts of up to 64 characters, counted as characters", () => {
    expect(parseStop("1\n2\n3\n\n4")).toEqual(["1", "2", "3", "4"]);
    expect(parseStop("x".repeat(64))).toEqual(["x".repeat(64)]);
    expect(parseStop("終".repeat(64))).toEqual(["終".repeat(64)]);
    expect(parseStop("😀".repeat(64))).toEqual(["😀".repeat(64)]);
  });

  it("refuses a fifth text or a longer one", () => {
    expect(parseStop("1\n2\n3\n4\n5")).toBeNull();
    expect(parseStop(`ok\n${"x".repeat(65)}`)).toBeNull();
  });

  it("puts the texts back one a line", () => {
    expect(stopText(["  Q: ", "END"])).toBe("  Q: \nEND");
    expect(parseStop(stopText(["  Q: ", "END"]))).toEqual(["  Q: ", "END"]);
  });
});

describe("buildChange", () => {
  it("sends null for everything left at the BUILTIN_SAMPLING", () => {
    expect(buildChange(form(), BUILTIN_SAMPLING, BUILTIN_SAMPLING)).toEqual({
      ok: true,
      change: { systemPrompt: null, model: null, sampling: null },
    });
  });

  it("sends the whole sampling when one value differs, keeping repeatLastN", () => {
    const current = { ...BUILTIN_SAMPLING, repeatLastN: 128 };
    const outcome = buildChange(
      form({ temperature: "0.7" }, { systemPrompt: "Be brief.", model: "gemma-3-270m" }),
      current,
      BUILTIN_SAMPLING,
    );
    expect(outcome).toEqual({
      ok: true,
      change: {
        systemPrompt: "Be brief.",
        model: "gemma-3-270m",
        sampling: { ...BUILTIN_SAMPLING, temperature: 0.7, repeatLastN: 128 },
      },
    });
  });

  it("treats a prompt of only spaces as the default", () => {
    const outcome = buildChange(form({}, { systemPrompt: "  \n " }), BUILTIN_SAMPLING, BUILTIN_SAMPLING);
    expect(outcome.ok && outcome.change.systemPrompt).toBeNull();
  });

  it("compares with the BUILTIN_SAMPLING despite single-precision noise", () => {
    const noisy = { ...BUILTIN_SAMPLING, repeatPenalty: 1.100000023841858 };
    expect(fieldText(noisy.repeatPenalty, limitsOf("repeatPenalty"))).toBe("1.1");
    const outcome = buildChange(form({ repeatPenalty: "1.1" }), noisy, noisy);
    expect(outcome.ok && outcome.change.sampling).toBeNull();
  });

  it("names every field to fix and sends nothing", () => {
    expect(buildChange(form({ temperature: "9", seed: "" }), BUILTIN_SAMPLING, BUILTIN_SAMPLING)).toEqual({
      ok: false,
      invalid: ["temperature", "seed"],
    });
    expect(
      buildChange(form({ minP: "2", presencePenalty: "3", stop: "a\nb\nc\nd\ne" }), BUILTIN_SAMPLING, BUILTIN_SAMPLING),
    ).toEqual({
      ok: false,
      invalid: ["minP", "presencePenalty", "stop"],
    });
  });

  it("sends minP, the presence penalty and the stop texts with the rest", () => {
    const outcome = buildChange(
      form({ minP: "0.05", presencePenalty: "0.5", stop: "###\n\n User:" }),
      BUILTIN_SAMPLING,
      BUILTIN_SAMPLING,
    );
    expect(outcome).toEqual({
      ok: true,
      change: {
        systemPrompt: null,
        model: null,
        sampling: { ...BUILTIN_SAMPLING, minP: 0.05, presencePenalty: 0.5, stop: ["###", " User:"] },
      },
    });
  });

  it("compares the stop texts by value, in order", () => {
    const current = { ...BUILTIN_SAMPLING, stop: ["###", "END"] };
    expect(buildChange(form({ stop: "###\nEND" }), current, { ...BUILTIN_SAMPLING, stop: ["###", "END"] })).toEqual({
      ok: true,
      change: { systemPrompt: null, model: null, sampling: null },
    });
    const reordered = buildChange(form({ stop: "END\n###" }), current, current);
    expect(reordered.ok && reordered.change.sampling?.stop).toEqual(["END", "###"]);
    const emptied = buildChange(form({ stop: "" }), current, BUILTIN_SAMPLING);
    expect(emptied.ok && emptied.change.sampling).toBeNull();
  });
});

describe("parseSampling (the default sampling in Preferences)", () => {
  it("puts the typed values over the current ones, keeping repeatLastN", () => {
    const current = { ...BUILTIN_SAMPLING, repeatLastN: 256 };
    expect(parseSampling(form({ topK: "12", maxTokens: "2048" }).values, current)).toEqual({
      ok: true,
      sampling: { ...current, topK: 12, maxTokens: 2048 },
    });
  });

  it("names every field to fix", () => {
    expect(parseSampling(form({ topP: "1.5", topK: "4.5" }).values, BUILTIN_SAMPLING)).toEqual({
      ok: false,
      invalid: ["topP", "topK"],
    });
  });

  it("compares samplings despite single-precision noise", () => {
    expect(sameSampling({ ...BUILTIN_SAMPLING, temperature: 0.30000001192092896 }, BUILTIN_SAMPLING)).toBe(true);
    expect(
      sameSampling(
        { ...BUILTIN_SAMPLING, presencePenalty: 0.20000000298023224 },
        { ...BUILTIN_SAMPLING, presencePenalty: 0.2 },
      ),
    ).toBe(true);
    expect(sameSampling({ ...BUILTIN_SAMPLING, repeatLastN: 65 }, BUILTIN_SAMPLING)).toBe(false);
    expect(sameSampling({ ...BUILTIN_SAMPLING, minP: 0.1 }, BUILTIN_SAMPLING)).toBe(false);
  });

  it("compares stop texts exactly", () => {
    expect(sameSampling({ ...BUILTIN_SAMPLING, stop: ["a", "b"] }, { ...BUILTIN_SAMPLING, stop: ["a", "b"] })).toBe(
      true,
    );
    expect(sameSampling({ ...BUILTIN_SAMPLING, stop: ["a"] }, { ...BUILTIN_SAMPLING, stop: ["a", "b"] })).toBe(false);
    expect(sameSampling({ ...BUILTIN_SAMPLING, stop: ["a "] }, { ...BUILTIN_SAMPLING, stop: ["a"] })).toBe(false);
    expect(sameSampling({ ...BUILTIN_SAMPLING, stop: ["b", "a"] }, { ...BUILTIN_SAMPLING, stop: ["a", "b"] })).toBe(
      false,
    );
  });

  it("keeps the stop texts when they are typed again as they were", () => {
    const current = { ...BUILTIN_SAMPLING, stop: ["\tEND"] };
    expect(parseSampling(form({ stop: stopText(current.stop) }).values, current)).toEqual({
      ok: true,
      sampling: current,
    });
  });
});

describe("wording", () => {
  it("states the limits in the language's number format", () => {
    expect(invalidText(limitsOf("temperature"))).toBe("Enter a number from 0 to 2.");
    expect(invalidText(limitsOf("maxTokens"))).toBe("Enter a whole number from 1 to 8,192.");
    expect(invalidText(limitsOf("seed"))).toBe("Enter a whole number, 0 or more.");
    setLanguage("ja");
    expect(invalidText(limitsOf("topK"))).toBe("0〜200 の整数を入力してください。");
    setLanguage("vi");
    expect(t("settings-default-value", { value: 0.3 })).toBe("Mặc định: 0,3");
    expect(invalidText(limitsOf("maxTokens"))).toBe("Nhập một số nguyên từ 1 đến 8.192.");
  });

  it("names the stop texts' limits and their fallback in each language", () => {
    expect(invalidStopText()).toBe("Enter at most 4 stop sequences, each up to 64 characters.");
    expect(t("settings-default-value", { value: stopHint([]) })).toBe("Default: none");
    expect(stopHint(["###", "END"])).toBe("“###” or “END”");
    setLanguage("ja");
    expect(invalidStopText()).toBe("停止シーケンスは 4 個まで、それぞれ 64 文字以内で入力してください。");
    expect(t("settings-default-value", { value: stopHint([]) })).toBe("既定値：なし");
    expect(stopHint(["###", "END"])).toBe("「###」または「END」");
    setLanguage("vi");
    expect(invalidStopText()).toBe("Nhập tối đa 4 chuỗi dừng, mỗi chuỗi không quá 64 ký tự.");
    expect(t("preferences-builtin-value", { value: stopHint([]) })).toBe("Mặc định gốc: không có");
  });
});

describe("modelChoices", () => {
  const settings: SettingsView = {
    systemPrompt: null,
    model: null,
    sampling: null,
    defaults: { systemPrompt: "You are Hearth.", sampling: BUILTIN_SAMPLING, model: "qwen-0.5b" },
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
    expect(modelChoices(settings).map((c) => c.label)).toEqual([
      "既定（Qwen 0.5B）",
      "Qwen 0.5B",
      "Gemma 3 270M（未インストール）",
    ]);
  });

  it("keeps a chosen model the catalog no longer has", () => {
    expect(modelChoices({ ...settings, model: "old" })[3]).toEqual({
      value: "old",
      label: "old (not installed)",
      disabled: true,
    });
  });
});
