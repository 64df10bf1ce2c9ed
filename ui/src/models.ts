// The Models view (the sidebar's Models button, or Manage models… in Preferences): every model
// Hearth knows, with what it is, whether it fits in the memory free now, and what can be done
// with it: import a GGUF file, make a model the default, delete a model's file after asking.
// Errors are shown inside; Escape or Close shuts it, and the focus goes back to where it was.

import { byId as el } from "./dom";
import { t } from "./i18n";
import * as ipc from "./ipc";
import { isolatedNodes } from "./isolate";
import { type CardActions, type CardState, modelCard } from "./model-card";
import { memoryText } from "./model-facts";
import { showError, showErrorIn, showToast } from "./notices";

const dialog = el<HTMLDialogElement>("models");
const memory = el<HTMLParagraphElement>("models-memory");
const folder = el<HTMLParagraphElement>("models-folder");
const importButton = el<HTMLButtonElement>("import-model");
const problem = el<HTMLParagraphElement>("models-error");
const list = el<HTMLUListElement>("models-list");

/** What the backend last said; every view of the models is drawn from it. */
let overview: ipc.ModelsOverview | null = null;
const listeners: ((overview: ipc.ModelsOverview) => void)[] = [];
let error: unknown = null;
let importing = false;
/** The model whose removal is being asked (or done). */
let removing: { name: string; working: boolean } | null = null;
let returnTo: HTMLElement | null = null;

/** Runs `listener` with every new overview: after an import, a removal, a new default. */
export function onModelsChanged(listener: (overview: ipc.ModelsOverview) => void): void {
  listeners.push(listener);
}

/** Reads the models again and shows them wherever they are shown. */
export async function loadModels(): Promise<ipc.ModelsOverview> {
  const fresh = await ipc.modelsOverview();
  overview = fresh;
  renderModels();
  for (const listener of listeners) listener(fresh);
  return fresh;
}

/** Makes `name` the default model (which the backend refuses for one that cannot answer). */
export async function makeDefault(name: string): Promise<void> {
  await ipc.setDefaultModel(name);
  await loadModels();
}

const stateOf = (model: ipc.ModelView): CardState =>
  removing?.name !== model.name ? "idle" : removing.working ? "working" : "asking";

/** Focuses the element of `testid` in the list, once drawn. */
function focusTestid(testid: string): void {
  for (const node of list.querySelectorAll<HTMLElement>("[data-testid]")) {
    if (node.dataset.testid === testid) {
      node.focus();
      return;
    }
  }
}

/** Runs a change of the models; its error is shown inside, or in the window once closed. */
async function attempt(task: () => Promise<void>): Promise<void> {
  error = null;
  try {
    await task();
  } catch (failure) {
    removing = null;
    if (!dialog.open) return showError(failure);
    error = failure;
    renderModels();
  }
}

const actions: CardActions = {
  makeDefault: (model) =>
    void attempt(async () => {
      await makeDefault(model.name);
      showToast(() => t("models-default-set", { name: model.displayName }));
      focusTestid(`model-name-${model.name}`);
    }),
  askRemove: (model) => {
    removing = { name: model.name, working: false };
    error = null;
    renderModels();
    focusTestid(`model-keep-${model.name}`);
  },
  keep: (model) => {
    removing = null;
    renderModels();
    focusTestid(`model-remove-${model.name}`);
  },
  remove: (model) =>
    void attempt(async () => {
      removing = { name: model.name, working: true };
      renderModels();
      await ipc.removeModel(model.name);
      removing = null;
      await loadModels();
      showToast(() => t("models-removed", { name: model.displayName }));
      importButton.focus();
    }),
};

/** Opens the view and asks the backend to import a file (its native Open dialog). */
export async function openModelsAndImport(): Promise<void> {
  await openModels();
  await importFile();
}

async function importFile(): Promise<void> {
  if (importing) return;
  importing = true;
  renderModels();
  await attempt(async () => {
    try {
      const model = await ipc.importModel();
      if (!model) return;
      await loadModels();
      showToast(() => t("models-imported", { name: model.displayName }));
    } finally {
      importing = false;
      renderModels();
      if (dialog.open) importButton.focus();
    }
  });
}

/** Draws the view in the current language. */
export function renderModels(): void {
  importButton.disabled = importing;
  importButton.textContent = t(importing ? "models-importing" : "models-import");
  dialog.setAttribute("aria-busy", String(importing || removing?.working === true));
  showErrorIn(problem, error);
  if (!overview) return;
  const shown = overview;
  const free = memoryText(shown);
  memory.hidden = free === null;
  memory.textContent = free ?? "";
  folder.replaceChildren(...isolatedNodes(t("models-folder", { path: shown.modelsDir })));
  list.replaceChildren(...shown.models.map((model, i) => modelCard(model, i, shown, stateOf(model), actions)));
}

export async function openModels(): Promise<void> {
  if (dialog.open) return;
  returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  error = null;
  removing = null;
  await loadModels();
  dialog.showModal();
  importButton.focus();
}

export function attachModels(): void {
  importButton.addEventListener("click", () => void importFile());
  el<HTMLButtonElement>("models-close").addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    removing = null;
    if (returnTo?.isConnected) returnTo.focus();
    returnTo = null;
  });
}
