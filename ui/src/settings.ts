// The settings of one conversation (its "⋯" menu, or the button next to the title): the system
// prompt (typed, or filled in from a persona), the model and the sampling, in a modal dialog.
// Save stores them for the next reply; a refused value or an error from the backend is shown
// inside, with what was typed kept.

import { byId as el } from "./dom";
import { t } from "./i18n";
import * as ipc from "./ipc";
import { showErrorIn, showToast } from "./notices";
import { CUSTOM, DEFAULT, type Persona, personaChoices, personaOf, personaPrompt } from "./personas";
import { SamplingFields } from "./sampling-fields";
import { buildChange, type Field, type Form, modelChoices } from "./settings-form";

const dialog = el<HTMLDialogElement>("settings");
const form = el<HTMLFormElement>("settings-form");
const subject = el<HTMLParagraphElement>("settings-subject");
const persona = el<HTMLSelectElement>("settings-persona");
const prompt = el<HTMLTextAreaElement>("settings-prompt");
const model = el<HTMLSelectElement>("settings-model");
const problem = el<HTMLParagraphElement>("settings-error");

/**
 * The dialog while it is open: whose settings, what the backend said, what to point out, and
 * the last prompt that was no persona's, which choosing Custom brings back.
 */
let shown: {
  id: number;
  title: string;
  settings: ipc.SettingsView;
  custom: string;
  invalid: Set<Field>;
  error: unknown;
  saving: boolean;
} | null = null;

const fields = new SamplingFields("settings", (field) => {
  if (shown?.invalid.delete(field)) renderSettings();
});

/** Selects Default for no prompt, the persona the prompt is, or Custom (then remembering the
 * prompt as the user's own). */
function showPersona(): void {
  if (prompt.value.trim() === "") {
    persona.value = DEFAULT;
    return;
  }
  const match = personaOf(prompt.value);
  if (match === null && shown) shown.custom = prompt.value;
  persona.value = match ?? CUSTOM;
}

/** Fills the prompt in with nothing (Default), the chosen persona's in the window's language, or
 * the user's own. */
function choosePersona(): void {
  if (!shown) return;
  const chosen = persona.value;
  prompt.value = chosen === DEFAULT ? "" : chosen === CUSTOM ? shown.custom : personaPrompt(chosen as Persona);
  showPersona();
}

/** Puts values in the form (what is stored, or the defaults after Reset). */
function fill(systemPrompt: string, modelName: string, sampling: ipc.Sampling): void {
  prompt.value = systemPrompt;
  showPersona();
  model.value = modelName;
  fields.fill(sampling);
}

function readForm(): Form {
  return { systemPrompt: prompt.value, model: model.value, values: fields.values() };
}

/** Draws what is not typed by the user in the current language: model names, defaults, messages. */
export function renderSettings(): void {
  if (!shown) return;
  const { settings, invalid, error } = shown;
  subject.textContent = shown.title || t("conversation-untitled");
  prompt.placeholder = settings.defaults.systemPrompt;
  const personaChosen = persona.value;
  persona.replaceChildren(
    ...personaChoices().map((choice) => {
      const option = document.createElement("option");
      option.value = choice.value;
      option.textContent = choice.label;
      return option;
    }),
  );
  persona.value = personaChosen;
  const chosen = model.value;
  model.replaceChildren(
    ...modelChoices(settings).map((choice) => {
      const option = document.createElement("option");
      option.value = choice.value;
      option.textContent = choice.label;
      option.disabled = choice.disabled;
      return option;
    }),
  );
  model.value = chosen;
  fields.render("settings-default-value", settings.defaults.sampling, invalid);
  showErrorIn(problem, error);
}

/** Opens the dialog on conversation `id` (shown as `title`) with its stored settings. */
export async function openSettings(id: number, title: string): Promise<void> {
  const settings = await ipc.conversationSettings(id);
  shown = { id, title, settings, custom: "", invalid: new Set(), error: null, saving: false };
  renderSettings();
  fill(settings.systemPrompt ?? "", settings.model ?? "", settings.sampling ?? settings.defaults.sampling);
  dialog.showModal();
  prompt.focus();
}

async function save(): Promise<void> {
  const state = shown;
  if (!state || state.saving) return;
  const { sampling, defaults } = state.settings;
  const outcome = buildChange(readForm(), sampling ?? defaults.sampling, defaults.sampling);
  state.error = null;
  state.invalid = new Set(outcome.ok ? [] : outcome.invalid);
  renderSettings();
  if (!outcome.ok) {
    fields.focus(outcome.invalid[0]);
    return;
  }
  state.saving = true;
  try {
    await ipc.setConversationSettings(state.id, outcome.change);
  } catch (error) {
    state.error = error;
    renderSettings();
    return;
  } finally {
    state.saving = false;
  }
  if (shown === state) dialog.close();
  showToast(() => t("settings-saved"));
}

function reset(): void {
  if (!shown) return;
  shown.invalid.clear();
  shown.error = null;
  fill("", "", shown.settings.defaults.sampling);
  renderSettings();
}

export function attachSettings(): void {
  el<HTMLFieldSetElement>("settings-sampling").append(...fields.rows);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void save();
  });
  persona.addEventListener("change", choosePersona);
  prompt.addEventListener("input", showPersona);
  el<HTMLButtonElement>("settings-reset").addEventListener("click", reset);
  el<HTMLButtonElement>("settings-cancel").addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    shown = null;
  });
}
