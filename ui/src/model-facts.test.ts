// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { setLanguage } from "./i18n";
import type { ModelsOverview, ModelView } from "./ipc";
import {
  badgesOf,
  canMakeDefault,
  canRemove,
  contextText,
  factsOf,
  fileNameOf,
  memoryText,
  needsMoreMemory,
  parametersText,
  sizeText,
} from "./model-facts";

afterEach(() => setLanguage("en-US"));

const small: ModelView = {
  name: "qwen2.5-coder-0.5b-instruct-q4_k_m",
  displayName: "Qwen2.5-Coder 0.5B Instruct",
  origin: "catalog",
  installed: true,
  isDefault: true,
  path: "/models/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
  fileSize: 491400064,
  architecture: "qwen2",
  parameters: "0.5B",
  weights: 630167424,
  quantization: "Q4_K_M",
  trainedContext: 32768,
  contextLimit: 8192,
  license: "apache-2.0",
  chatTemplate: true,
  memoryNeeded: 1.3e9,
  problem: null,
  upstream: "Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF",
};

const imported: ModelView = {
  ...small,
  name: "mamba-130m",
  displayName: "Mamba 130M",
  origin: "imported",
  isDefault: false,
  path: "C:\\Users\\mai\\Models\\mamba-130m.gguf",
  parameters: null,
  license: null,
  upstream: null,
  chatTemplate: false,
  problem: { code: "model-unsupported-architecture", args: { architecture: "mamba" } },
};

const missing: ModelView = {
  ...small,
  isDefault: false,
  installed: false,
  weights: null,
  contextLimit: null,
  memoryNeeded: null,
};

const overview = (memoryAvailable: number | null, memoryTotal: number | null = 23.4e9): ModelsOverview => ({
  models: [small, imported, missing],
  defaultModel: small.name,
  memoryAvailable,
  memoryTotal,
  modelsDir: "/models",
});

describe("sizeText", () => {
  it("uses the largest decimal unit reached, with one decimal at most", () => {
    expect(sizeText(491400064)).toBe("491.4 MB");
    expect(sizeText(9.8e9)).toBe("9.8 GB");
    expect(sizeText(2e9)).toBe("2 GB");
    expect(sizeText(1536)).toBe("1.5 kB");
    expect(sizeText(512)).toBe("512 byte");
  });

  it("writes the number as the window's language does", () => {
    setLanguage("vi");
    expect(sizeText(491400064)).toBe("491,4 MB");
  });
});

describe("the facts", () => {
  it("take the catalog's parameter label, else the weights counted, written short", () => {
    expect(parametersText(small)).toBe("0.5B");
    expect(parametersText(imported)).toBe("630M");
    expect(parametersText({ ...imported, weights: null })).toBeNull();
    setLanguage("ja");
    expect(parametersText(imported)).toBe("6.3億");
  });

  it("say the context trained and used, or the half that is known", () => {
    expect(contextText(small)).toBe("32,768 trained · 8,192 used");
    expect(contextText(missing)).toBe("32,768 trained");
    expect(contextText({ ...small, trainedContext: null })).toBe("8,192 used");
    expect(contextText({ ...small, trainedContext: null, contextLimit: null })).toBeNull();
  });

  it("are listed in order, leaving out what is unknown, identifiers marked to read left to right", () => {
    expect(factsOf(small).map((f) => [f.label, f.value, f.latin])).toEqual([
      ["models-fact-architecture", "qwen2", true],
      ["models-fact-parameters", "0.5B", false],
      ["models-fact-quantization", "Q4_K_M", true],
      ["models-fact-context", "32,768 trained · 8,192 used", false],
      ["models-fact-size", "491.4 MB", false],
      ["models-fact-memory", "1.3 GB", false],
      ["models-fact-license", "apache-2.0", true],
      ["models-fact-source", "Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF", true],
    ]);
    expect(factsOf(missing).map((f) => f.label)).not.toContain("models-fact-memory");
    expect(factsOf(imported).map((f) => f.label)).not.toContain("models-fact-license");
  });

  it("name the file a model not on this computer needs, from either kind of path", () => {
    expect(fileNameOf(small.path)).toBe("qwen2.5-coder-0.5b-instruct-q4_k_m.gguf");
    expect(fileNameOf(imported.path)).toBe("mamba-130m.gguf");
  });
});

describe("badges and actions", () => {
  it("mark the default, an imported, a missing, a base and an unusable model", () => {
    expect(badgesOf(small).map((b) => b.text)).toEqual(["Default"]);
    expect(badgesOf(imported).map((b) => b.kind)).toEqual(["imported", "base", "unusable"]);
    expect(badgesOf(missing).map((b) => b.text)).toEqual(["Not on this computer"]);
    // A problem matters only for a file that is here.
    expect(badgesOf({ ...missing, problem: imported.problem }).map((b) => b.kind)).toEqual(["missing"]);
  });

  it("offer Make default for a usable model that is not the default, Remove for any file here but the default's", () => {
    expect([canMakeDefault(small), canRemove(small)]).toEqual([false, false]);
    expect([canMakeDefault(imported), canRemove(imported)]).toEqual([false, true]);
    expect([canMakeDefault(missing), canRemove(missing)]).toEqual([false, false]);
    const other = { ...small, isDefault: false };
    expect([canMakeDefault(other), canRemove(other)]).toEqual([true, true]);
  });
});

describe("memory", () => {
  it("says what is free out of what there is, unless the system did not say", () => {
    expect(memoryText(overview(9.8e9))).toBe("Memory available: 9.8 GB of 23.4 GB");
    expect(memoryText(overview(null))).toBeNull();
    expect(memoryText(overview(9.8e9, null))).toBeNull();
  });

  it("warns only when a model needs more than is free, and both are known", () => {
    expect(needsMoreMemory(small, overview(9.8e9))).toBe(false);
    expect(needsMoreMemory(small, overview(1e9))).toBe(true);
    expect(needsMoreMemory(small, overview(null))).toBe(false);
    expect(needsMoreMemory(missing, overview(1e9))).toBe(false);
  });
});
