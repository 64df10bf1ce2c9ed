// What the settings dialog shows and sends, without the DOM: the sampling fields and their
// limits (the Preferences' default sampling has the same), the model choices, and turning the
// form into a set_conversation_settings call.
import { t } from "./i18n";
import type { ConversationSettings, Sampling, SettingsChange } from "./ipc";

/** The sampling values the dialog lets the user change (repeat_last_n is kept as it is). */
export type Field = "temperature" | "top_p" | "top_k" | "repeat_penalty" | "max_tokens" | "seed";

export interface Limits {
  field: Field;
  /** Fluent id of the field's label. */
  label: string;
  min: number;
  max: number;
  step: number;
  whole: boolean;
}

export const FIELDS: readonly Limits[] = [
  { field: "temperature", label: "settings-temperature", min: 0, max: 2, step: 0.05, whole: false },
  { field: "top_p", label: "settings-top-p", min: 0, max: 1, step: 0.05, whole: false },
  { field: "top_k", label: "settings-top-k", min: 0, max: 200, step: 1, whole: true },
  { field: "repeat_penalty", label: "settings-repeat-penalty", min: 1, max: 2, step: 0.05, whole: false },
  { field: "max_tokens", label: "settings-max-tokens", min: 1, max: 8192, step: 1, whole: true },
  // A JavaScript number holds whole numbers exactly up to here.
  { field: "seed", label: "settings-seed", min: 0, max: Number.MAX_SAFE_INTEGER, step: 1, whole: true },
];

/** What the form holds: the prompt as typed, the model ("" for the default), each field as typed. */
export interface Form {
  systemPrompt: string;
  model: string;
  values: Record<Field, string>;
}

/** A typed value, or null when it is not a number within `limits` (the step is only for the arrows). */
export function parseField(raw: string, limits: Limits): number | null {
  const text = raw.trim();
  if (text === "") return null;
  const value = Number(text);
  if (!Number.isFinite(value) || value < limits.min || value > limits.max) return null;
  if (limits.whole && !Number.isInteger(value)) return null;
  return value;
}

/** A value as put in its field; single-precision noise (1.100000023841858) is rounded away. */
export function fieldText(value: number, limits: Limits): string {
  return limits.whole ? String(value) : String(Number(value.toFixed(4)));
}

/** The message under a field whose value was refused, in the current language. */
export function invalidText(limits: Limits): string {
  if (limits.max === Number.MAX_SAFE_INTEGER) return t("settings-invalid-seed");
  return t(limits.whole ? "settings-invalid-whole" : "settings-invalid-range", { min: limits.min, max: limits.max });
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/** Whether two samplings hold the same values (single-precision noise aside). */
export function sameSampling(a: Sampling, b: Sampling): boolean {
  return (Object.keys(b) as (keyof Sampling)[]).every((key) => same(a[key], b[key]));
}

export type SamplingOutcome = { ok: true; sampling: Sampling } | { ok: false; invalid: Field[] };

/** `current` with the typed `values` put in (what the form does not show is kept), or the fields to fix. */
export function parseSampling(values: Record<Field, string>, current: Sampling): SamplingOutcome {
  const sampling: Sampling = { ...current };
  const invalid: Field[] = [];
  for (const limits of FIELDS) {
    const value = parseField(values[limits.field], limits);
    if (value === null) invalid.push(limits.field);
    else sampling[limits.field] = value;
  }
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, sampling };
}

export type Outcome = { ok: true; change: SettingsChange } | { ok: false; invalid: Field[] };

/**
 * The call to make for `form`, or the fields to fix. `current` is the sampling in use (the
 * conversation's or the defaults), whose values the form does not show are kept; sampling is
 * sent as null when every value is the default's.
 */
export function buildChange(form: Form, current: Sampling, defaults: Sampling): Outcome {
  const parsed = parseSampling(form.values, current);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    change: {
      systemPrompt: form.systemPrompt.trim() === "" ? null : form.systemPrompt,
      model: form.model === "" ? null : form.model,
      sampling: sameSampling(parsed.sampling, defaults) ? null : parsed.sampling,
    },
  };
}

export interface ModelChoice {
  /** The model's name; "" for the default. */
  value: string;
  label: string;
  disabled: boolean;
}

/** The model menu: the default (named), then the catalog; models not installed cannot be chosen. */
export function modelChoices(settings: ConversationSettings): ModelChoice[] {
  const { models, defaults, model } = settings;
  const defaultName = models.find((m) => m.name === defaults.model)?.displayName ?? defaults.model;
  const choices: ModelChoice[] = [
    { value: "", label: t("settings-model-default", { model: defaultName }), disabled: false },
    ...models.map((m) => ({
      value: m.name,
      label: m.installed ? m.displayName : t("settings-model-not-installed", { model: m.displayName }),
      disabled: !m.installed,
    })),
  ];
  // A model the catalog no longer lists stays shown, so saving other changes keeps it.
  if (model !== null && !models.some((m) => m.name === model)) {
    choices.push({ value: model, label: t("settings-model-not-installed", { model }), disabled: true });
  }
  return choices;
}
