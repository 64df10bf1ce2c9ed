// What the settings dialog shows and sends, without the DOM: the sampling fields and their
// limits (the Preferences' default sampling has the same), the model choices, and turning the
// form into a set_conversation_settings call.
import { language, t } from "./i18n";
import type { Sampling, SettingsChange, SettingsView } from "./ipc";

/** The sampling values typed as numbers (repeatLastN is kept as it is). */
export type NumberField =
  | "temperature"
  | "topP"
  | "topK"
  | "minP"
  | "repeatPenalty"
  | "presencePenalty"
  | "maxTokens"
  | "seed";

/** The sampling values the dialog lets the user change: the numbers and the stop texts. */
export type Field = NumberField | "stop";

export interface Limits {
  field: NumberField;
  /** Fluent id of the field's label. */
  label: string;
  min: number;
  max: number;
  step: number;
  whole: boolean;
}

export const FIELDS: readonly Limits[] = [
  { field: "temperature", label: "settings-temperature", min: 0, max: 2, step: 0.05, whole: false },
  { field: "topP", label: "settings-top-p", min: 0, max: 1, step: 0.05, whole: false },
  { field: "topK", label: "settings-top-k", min: 0, max: 200, step: 1, whole: true },
  { field: "minP", label: "settings-min-p", min: 0, max: 1, step: 0.01, whole: false },
  { field: "repeatPenalty", label: "settings-repeat-penalty", min: 1, max: 2, step: 0.05, whole: false },
  { field: "presencePenalty", label: "settings-presence-penalty", min: 0, max: 2, step: 0.05, whole: false },
  { field: "maxTokens", label: "settings-max-tokens", min: 1, max: 8192, step: 1, whole: true },
  // A JavaScript number holds whole numbers exactly up to here.
  { field: "seed", label: "settings-seed", min: 0, max: Number.MAX_SAFE_INTEGER, step: 1, whole: true },
];

/** The stop texts, typed one a line: at most `count` of them, each at most `length` characters. */
export const STOP = { label: "settings-stop", count: 4, length: 64 } as const;

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

/**
 * The stop texts typed in `raw`, one a line (blank lines left out, spaces kept as typed), or null
 * when there are more than STOP.count or one is longer than STOP.length.
 */
export function parseStop(raw: string): string[] | null {
  const texts = raw
    .split("\n")
    .map((line) => line.replace(/\r$/, ""))
    .filter((line) => line.trim() !== "");
  if (texts.length > STOP.count || texts.some((text) => [...text].length > STOP.length)) return null;
  return texts;
}

/** A value as put in its field; single-precision noise (1.100000023841858) is rounded away. */
export function fieldText(value: number, limits: Limits): string {
  return limits.whole ? String(value) : String(Number(value.toFixed(4)));
}

/** The stop texts as put in their box, one a line. */
export const stopText = (stop: readonly string[]): string => stop.join("\n");

/** The stop texts as a hint names them: each quoted, as alternatives, or "none". */
export function stopHint(stop: readonly string[]): string {
  if (stop.length === 0) return t("settings-stop-none");
  const quoted = stop.map((text) => t("settings-stop-text", { text }));
  return new Intl.ListFormat(language(), { type: "disjunction" }).format(quoted);
}

/** The message under a field whose value was refused, in the current language. */
export function invalidText(limits: Limits): string {
  if (limits.max === Number.MAX_SAFE_INTEGER) return t("settings-invalid-seed");
  return t(limits.whole ? "settings-invalid-whole" : "settings-invalid-range", { min: limits.min, max: limits.max });
}

/** The message under the stop texts when they were refused. */
export const invalidStopText = (): string => t("settings-invalid-stop", { count: STOP.count, length: STOP.length });

const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/** Whether two samplings hold the same values (single-precision noise aside; stop texts exactly). */
export function sameSampling(a: Sampling, b: Sampling): boolean {
  const { stop: stopA, ...numbersA } = a;
  const { stop: stopB, ...numbersB } = b;
  const sameStop = stopA.length === stopB.length && stopA.every((text, i) => text === stopB[i]);
  return (
    sameStop && (Object.keys(numbersB) as (keyof typeof numbersB)[]).every((key) => same(numbersA[key], numbersB[key]))
  );
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
  const stop = parseStop(values.stop);
  if (stop === null) invalid.push("stop");
  else sampling.stop = stop;
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
export function modelChoices(settings: SettingsView): ModelChoice[] {
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
