// What the Models view says about a model, without the DOM: its badges, its facts (sizes and
// counts in the window's language), the memory it needs and what can be done with it.
import { language, t } from "./i18n";
import type { ModelsOverview, ModelView } from "./ipc";

/** Decimal units, largest first: 9.8e9 bytes is "9.8 GB", as the system's own tools say. */
const UNITS = [
  ["gigabyte", 1e9],
  ["megabyte", 1e6],
  ["kilobyte", 1e3],
] as const;

/** `bytes` in the largest unit it reaches, with one decimal at most ("491.4 MB"). */
export function sizeText(bytes: number): string {
  const [unit, scale] = UNITS.find(([, scale]) => bytes >= scale) ?? ["byte", 1];
  const format = new Intl.NumberFormat(language(), {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: 1,
  });
  return format.format(bytes / scale);
}

/** The catalog's label ("0.5B"), else the weights counted in the file, written short ("630M"). */
export function parametersText(model: ModelView): string | null {
  if (model.parameters !== null) return model.parameters;
  if (model.weights === null) return null;
  return new Intl.NumberFormat(language(), { notation: "compact" }).format(model.weights);
}

/** "32,768 trained · 8,192 used", or whichever half is known. */
export function contextText(model: ModelView): string | null {
  const { trainedContext: trained, contextLimit: used } = model;
  if (trained !== null && used !== null) return t("models-context", { trained, used });
  if (trained !== null) return t("models-context-trained", { trained });
  if (used !== null) return t("models-context-used", { used });
  return null;
}

/** The last part of a path, with either kind of slash. */
export const fileNameOf = (path: string) => path.split(/[/\\]/).pop() ?? path;

export type BadgeKind = "default" | "imported" | "missing" | "base" | "unusable";

const BADGES: Record<BadgeKind, string> = {
  default: "models-badge-default",
  imported: "models-badge-imported",
  missing: "models-badge-missing",
  base: "models-badge-base",
  unusable: "models-badge-unusable",
};

export interface Badge {
  kind: BadgeKind;
  text: string;
}

export function badgesOf(model: ModelView): Badge[] {
  const kinds: BadgeKind[] = [];
  if (model.isDefault) kinds.push("default");
  if (model.origin === "imported") kinds.push("imported");
  if (!model.installed) kinds.push("missing");
  if (model.chatTemplate === false) kinds.push("base");
  if (model.installed && model.problem !== null) kinds.push("unusable");
  return kinds.map((kind) => ({ kind, text: t(BADGES[kind]) }));
}

export interface Fact {
  /** Fluent id of what it is. */
  label: string;
  value: string;
  /** An identifier ("qwen2", "apache-2.0"), read left to right in any window. */
  latin: boolean;
}

/** The facts known about `model`, in the order the card lists them. */
export function factsOf(model: ModelView): Fact[] {
  const facts: [string, string | null, boolean][] = [
    ["models-fact-architecture", model.architecture, true],
    ["models-fact-parameters", parametersText(model), false],
    ["models-fact-quantization", model.quantization, true],
    ["models-fact-context", contextText(model), false],
    ["models-fact-size", sizeText(model.fileSize), false],
    ["models-fact-memory", model.memoryNeeded === null ? null : sizeText(model.memoryNeeded), false],
    ["models-fact-license", model.license, true],
    ["models-fact-source", model.upstream, true],
  ];
  return facts.flatMap(([label, value, latin]) => (value === null || value === "" ? [] : [{ label, value, latin }]));
}

/** "Memory available: 9.8 GB of 23.4 GB", or null when the system did not say. */
export function memoryText(overview: ModelsOverview): string | null {
  const { memoryAvailable: available, memoryTotal: total } = overview;
  if (available === null || total === null) return null;
  return t("models-memory", { available: sizeText(available), total: sizeText(total) });
}

/** Whether `model` needs more memory than is free now (it may still run, slowly). */
export function needsMoreMemory(model: ModelView, overview: ModelsOverview): boolean {
  return (
    model.memoryNeeded !== null && overview.memoryAvailable !== null && model.memoryNeeded > overview.memoryAvailable
  );
}

/** A model that can answer: its file is here and can be used. */
export const isUsable = (model: ModelView) => model.installed && model.problem === null;

export const canMakeDefault = (model: ModelView) => isUsable(model) && !model.isDefault;

/** The default model's file is kept: another one must be made the default first. */
export const canRemove = (model: ModelView) => model.installed && !model.isDefault;
