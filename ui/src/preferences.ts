// Preferences (the sidebar's Settings button, or Ctrl+,): the window's own settings. Language
// and theme (main.ts and theme.ts apply them as they change), the default model (changed at
// once), the default sampling of conversations without their own settings, and where the data
// is kept, with backup, export and import. Each section shows its errors inside; Escape or
// Close shuts it, and the focus goes back to where it was.
import { backUp, exportTo, importFile } from "./data";
import { byId as el } from "./dom";
import { t } from "./i18n";
import * as ipc from "./ipc";
import { isUsable } from "./model-facts";
import { loadModels, makeDefault, onModelsChanged, openModels } from "./models";
import { showErrorIn, showToast } from "./notices";
import { SamplingFields } from "./sampling-fields";
import { type Field, parseSampling, sameSampling } from "./settings-form";

const dialog = el<HTMLDialogElement>("preferences");
const model = el<HTMLSelectElement>("preferences-model");
const problems = {
  model: el<HTMLParagraphElement>("preferences-model-error"),
  sampling: el<HTMLParagraphElement>("preferences-sampling-error"),
  data: el<HTMLParagraphElement>("preferences-data-error"),
};

type Section = keyof typeof problems;

/** What the backend said: the default sampling, and the models to choose the default from. */
let settings: ipc.AppSettings | null = null;
let overview: ipc.ModelsOverview | null = null;
const errors: Record<Section, unknown> = { model: null, sampling: null, data: null };
let invalid = new Set<Field>();
let saving = false;
let returnTo: HTMLElement | null = null;

const fields = new SamplingFields("preferences", (field) => {
  if (invalid.delete(field)) renderPreferences();
});

function option(value: string, label: string, disabled = false): HTMLOptionElement {
  const node = document.createElement("option");
  node.value = value;
  node.textContent = label;
  node.disabled = disabled;
  return node;
}

/** The models that can answer; the default is listed even when it cannot, so the menu shows it. */
function modelOptions(shown: ipc.ModelsOverview): HTMLOptionElement[] {
  const options = shown.models.filter(isUsable).map((m) => option(m.name, m.displayName));
  const current = shown.models.find((m) => m.name === shown.defaultModel);
  if (!current || !isUsable(current)) {
    const label = current?.displayName ?? shown.defaultModel;
    const id = current?.installed ? "preferences-model-unusable" : "settings-model-not-installed";
    options.unshift(option(shown.defaultModel, t(id, { model: label }), true));
  }
  return options;
}

/** Draws what is not typed by the user in the current language. */
export function renderPreferences(): void {
  if (overview) {
    model.replaceChildren(...modelOptions(overview));
    model.value = overview.defaultModel;
  }
  if (settings) fields.render("preferences-builtin-value", settings.builtinSampling, invalid);
  for (const section of Object.keys(problems) as Section[]) showErrorIn(problems[section], errors[section]);
}

async function chooseModel(): Promise<void> {
  errors.model = null;
  try {
    await makeDefault(model.value);
  } catch (error) {
    errors.model = error;
  }
  renderPreferences();
}

/** Stores `sampling` as the default (null: the built-in one) and says `done`. */
async function storeSampling(sampling: ipc.Sampling | null, done: string): Promise<void> {
  if (!settings || saving) return;
  const shown = settings;
  saving = true;
  errors.sampling = null;
  try {
    await ipc.setDefaultSampling(sampling);
  } catch (error) {
    errors.sampling = error;
    renderPreferences();
    return;
  } finally {
    saving = false;
  }
  settings = { ...shown, sampling: sampling ?? shown.builtinSampling, customSampling: sampling !== null };
  renderPreferences();
  showToast(() => t(done));
}

function saveSampling(): void {
  if (!settings) return;
  const parsed = parseSampling(fields.values(), settings.sampling);
  errors.sampling = null;
  invalid = new Set(parsed.ok ? [] : parsed.invalid);
  renderPreferences();
  if (!parsed.ok) {
    fields.focus(parsed.invalid[0]);
    return;
  }
  // The built-in values are stored as such, so later versions of Hearth may improve them.
  const custom = sameSampling(parsed.sampling, settings.builtinSampling) ? null : parsed.sampling;
  void storeSampling(custom, "preferences-sampling-saved");
}

function resetSampling(): void {
  if (!settings) return;
  invalid.clear();
  fields.fill(settings.builtinSampling);
  void storeSampling(null, "preferences-sampling-restored");
}

/** Runs a backup, export or import; its error is shown in the data section. */
function dataTask(task: () => Promise<void>): () => void {
  return () => {
    errors.data = null;
    renderPreferences();
    task().catch((error) => {
      errors.data = error;
      renderPreferences();
    });
  };
}

export async function openPreferences(): Promise<void> {
  if (dialog.open) return;
  returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const [fresh] = await Promise.all([ipc.appSettings(), loadModels()]);
  settings = fresh;
  invalid = new Set();
  for (const section of Object.keys(errors) as Section[]) errors[section] = null;
  fields.fill(fresh.sampling);
  renderPreferences();
  dialog.showModal();
  el<HTMLSelectElement>("language").focus();
}

/** `dataDir` and `backupDir` from app_info; `imported` runs after an import added conversations. */
export function attachPreferences(
  info: Pick<ipc.AppInfo, "dataDir" | "backupDir">,
  imported: () => Promise<void>,
): void {
  el<HTMLSpanElement>("preferences-data-dir").textContent = info.dataDir;
  el<HTMLSpanElement>("preferences-backup-dir").textContent = info.backupDir;
  el<HTMLFieldSetElement>("preferences-sampling").append(...fields.rows);
  onModelsChanged((fresh) => {
    overview = fresh;
    renderPreferences();
  });
  model.addEventListener("change", () => void chooseModel());
  el<HTMLButtonElement>("preferences-manage-models").addEventListener("click", () => {
    openModels().catch((error) => {
      errors.model = error;
      renderPreferences();
    });
  });
  el<HTMLFormElement>("preferences-sampling-form").addEventListener("submit", (event) => {
    event.preventDefault();
    saveSampling();
  });
  el<HTMLButtonElement>("preferences-sampling-reset").addEventListener("click", resetSampling);
  el<HTMLButtonElement>("preferences-backup").addEventListener("click", dataTask(backUp));
  el<HTMLButtonElement>("preferences-export").addEventListener(
    "click",
    dataTask(() => exportTo(null, "json")),
  );
  el<HTMLButtonElement>("preferences-import").addEventListener(
    "click",
    dataTask(() => importFile(imported)),
  );
  el<HTMLButtonElement>("preferences-close").addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    if (returnTo?.isConnected) returnTo.focus();
    returnTo = null;
  });
}
