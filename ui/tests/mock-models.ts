// The models part of the stand-in for the Rust shell; mock-backend.ts takes its commands and
// controls as its own.
//
// The three catalog models, the 0.5B one installed and the default, then whatever import_model
// added; remove_model and set_default_model change them as the shell would (the default
// cannot be removed; a model not installed, or with a problem, cannot be the default). The
// window's default sampling (app_settings / set_default_sampling) is the built-in one until
// set, and is what conversation_settings gives as the defaults.
import type { ModelView, Sampling } from "../src/ipc";
import { BUILTIN_SAMPLING } from "./builtin-sampling";
import type { Handlers, ModelControls } from "./mock-types";

const MODELS_DIR = "/home/user/.local/share/hearth/models";

/** The catalog, in its order; isDefault is filled in when shown. */
const catalog = (): ModelView[] => [
  {
    name: "qwen2.5-coder-0.5b-instruct-q4_k_m",
    displayName: "Qwen2.5-Coder 0.5B Instruct",
    origin: "catalog",
    installed: true,
    isDefault: false,
    path: `${MODELS_DIR}/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf`,
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
  },
  {
    name: "qwen2.5-coder-1.5b-instruct-q4_k_m",
    displayName: "Qwen2.5-Coder 1.5B Instruct",
    origin: "catalog",
    installed: false,
    isDefault: false,
    path: `${MODELS_DIR}/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf`,
    fileSize: 1117320736,
    architecture: "qwen2",
    parameters: "1.5B",
    weights: null,
    quantization: "Q4_K_M",
    trainedContext: 32768,
    contextLimit: null,
    license: "apache-2.0",
    chatTemplate: true,
    memoryNeeded: null,
    problem: null,
    upstream: "Qwen/Qwen2.5-Coder-1.5B-Instruct-GGUF",
  },
  {
    name: "gemma-3-270m",
    displayName: "Gemma 3 270M",
    origin: "catalog",
    installed: false,
    isDefault: false,
    path: `${MODELS_DIR}/gemma-3-270m-Q8_0.gguf`,
    fileSize: 291545088,
    architecture: "gemma3",
    parameters: "270M",
    weights: null,
    quantization: "Q8_0",
    trainedContext: 32768,
    contextLimit: null,
    license: "gemma",
    chatTemplate: false,
    memoryNeeded: null,
    problem: null,
    upstream: "ggml-org/gemma-3-270m-GGUF",
  },
];

type ModelCommands = Pick<
  Handlers,
  "models_overview" | "import_model" | "remove_model" | "set_default_model" | "app_settings" | "set_default_sampling"
>;

/** The models and their commands, reading the page's window.__mock at each call. */
export function modelsMock() {
  const models = catalog();
  /** The window's default sampling as the user set it (set_default_sampling); null: the built-in one. */
  let customSampling: Sampling | null = null;
  const defaultSampling = (): Sampling => structuredClone(customSampling ?? BUILTIN_SAMPLING);
  let defaultModel = models[0].name;
  const named = (name: string): ModelView => {
    const found = models.find((m) => m.name === name);
    if (!found) throw { code: "model-unknown", args: { name } };
    return found;
  };
  /** The models as models_overview lists them: the catalog first, then the imported ones by name. */
  const listed = (): ModelView[] => {
    const imported = models.filter((m) => m.origin === "imported").sort((a, b) => a.name.localeCompare(b.name));
    return [...models.filter((m) => m.origin === "catalog"), ...imported].map((m) => ({
      ...m,
      isDefault: m.name === defaultModel,
    }));
  };
  const controls: ModelControls = {
    memoryAvailable: 9.8e9,
    memoryTotal: 23.4e9,
    importDelayMs: 50,
    importableModel: null,
    models,
  };

  const commands: ModelCommands = {
    models_overview: () => ({
      models: listed(),
      defaultModel,
      memoryAvailable: window.__mock.memoryAvailable,
      memoryTotal: window.__mock.memoryTotal,
      modelsDir: MODELS_DIR,
    }),
    import_model: async () => {
      await new Promise((resolve) => setTimeout(resolve, window.__mock.importDelayMs));
      const chosen = window.__mock.cancelDialog ? null : window.__mock.importableModel;
      if (!chosen) return null;
      window.__mock.importableModel = null;
      const model: ModelView = { ...chosen, origin: "imported", installed: true, isDefault: false };
      models.splice(0, models.length, ...models.filter((m) => m.name !== model.name), model);
      // As the shell does: the first model on a computer without a usable one becomes the default.
      if (window.__mockModelProblem || !named(defaultModel).installed) {
        defaultModel = model.name;
        window.__mockModelProblem = undefined;
      }
      return { ...model };
    },
    remove_model: ({ name }) => {
      const model = named(name);
      if (name === defaultModel) throw { code: "model-is-default", args: { name } };
      if (model.origin === "imported") models.splice(models.indexOf(model), 1);
      else
        Object.assign(model, {
          installed: false,
          weights: null,
          contextLimit: null,
          memoryNeeded: null,
          problem: null,
        });
      return null;
    },
    set_default_model: ({ name }) => {
      const model = named(name);
      if (!model.installed) throw { code: "model-missing", args: { path: model.path } };
      if (model.problem) throw model.problem;
      defaultModel = name;
      return null;
    },
    app_settings: () => ({
      defaultModel,
      sampling: defaultSampling(),
      builtinSampling: structuredClone(BUILTIN_SAMPLING),
      customSampling: customSampling !== null,
    }),
    set_default_sampling: ({ sampling }) => {
      customSampling = sampling === null ? null : structuredClone(sampling);
      return null;
    },
  };

  return { controls, named, listed, defaultModel: () => defaultModel, defaultSampling, commands };
}
