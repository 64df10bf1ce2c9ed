import "./styles.css";
import { autoGrow, ImeGuard } from "./composer";
import { newChat, openConversation, reload, showTitle, showWindowTitle, submit, threadActions } from "./conversation";
import { attachData } from "./data";
import { byId as $ } from "./dom";
import { attachHelp, openHelp } from "./help";
import { errorText, nameOf, setLanguage, t, translateTree } from "./i18n";
import * as ipc from "./ipc";
import { showLock } from "./lock";
import { closeMenu } from "./menu";
import { attachModels, onModelsChanged, openModels, openModelsAndImport, renderModels } from "./models";
import { attachNotices, renderNotices, showError, showNotice, showRecovery } from "./notices";
import { attachPassphrase, openPassphrase } from "./passphrase";
import { attachPreferences, openPreferences, renderPreferences } from "./preferences";
import { attachSearch } from "./search";
import { session } from "./session";
import { attachSettings, openSettings, renderSettings } from "./settings";
import { attachShortcuts } from "./shortcuts";
import { attachSidebar, refreshList, titleOf } from "./sidebar";
import { attachTheme } from "./theme";
import { attachThread } from "./thread";

const input = $<HTMLTextAreaElement>("composer-input");

/** The default model's name, for the status in the top bar; null when it cannot answer. */
let modelName: string | null = null;

function showModelStatus(): void {
  $<HTMLSpanElement>("model-status").textContent =
    modelName === null ? t("model-none") : t("model-ready", { model: modelName });
}

/** Whether the notice shown is about the default model (cleared once one can answer). */
let modelNotice = false;

/** The first run without a model (a computer that is never online): offer to import one. */
function showModelNeeded(needed: boolean): void {
  $<HTMLDivElement>("welcome-model").hidden = !needed;
  if (!needed && modelNotice) showNotice(null);
  modelNotice &&= needed;
}

function showPreferences(): void {
  openPreferences().catch(showError);
}

/** Shows the whole window in `lang`, at once and without a restart. */
async function applyLanguage(lang: string): Promise<void> {
  closeMenu();
  setLanguage(lang);
  translateTree(document);
  showWindowTitle();
  showModelStatus();
  $<HTMLSelectElement>("language").value = lang;
  $<HTMLButtonElement>("topbar-settings").title = t("settings-open");
  renderNotices();
  renderSettings();
  renderPreferences();
  renderModels();
  await refreshList();
  await reload();
}

async function start(): Promise<void> {
  attachNotices();
  const info = await ipc.appInfo();
  modelName = info.model.problem ? null : info.model.displayName;
  showRecovery(info.recovery);
  if (info.model.problem) {
    const problem = info.model.problem;
    // A missing model is what the welcome's import offer is for; anything else is explained.
    const missing = problem.code === "model-missing";
    if (!missing) showNotice(() => errorText(problem));
    modelNotice = !missing;
    showModelNeeded(missing);
  }
  attachSidebar({ open: (id) => void openConversation(id).catch(showError), closed: newChat, renamed: showTitle });
  attachThread(threadActions);
  attachSearch((hit) => void openConversation(hit.conversationId, hit.messageId).catch(showError));
  attachData($<HTMLButtonElement>("data-menu"), { imported: refreshList, passphrase: openPassphrase, help: openHelp });
  attachSettings();
  attachHelp();
  attachPassphrase(info.encrypted);
  attachTheme($<HTMLSelectElement>("theme"));
  attachModels();
  attachPreferences(info, refreshList);
  onModelsChanged((overview) => {
    const chosen = overview.models.find((m) => m.name === overview.defaultModel);
    const usable = chosen?.installed && chosen.problem === null;
    modelName = usable ? chosen.displayName : null;
    showModelStatus();
    if (usable) showModelNeeded(false);
  });

  const picker = $<HTMLSelectElement>("language");
  picker.replaceChildren(
    ...info.languages.map((lang) => {
      const option = document.createElement("option");
      option.value = lang;
      option.lang = lang;
      option.textContent = nameOf(lang);
      return option;
    }),
  );
  picker.addEventListener("change", () => {
    if (session.generating) return;
    ipc.setLanguage(picker.value).then(applyLanguage).catch(showError);
  });
  await applyLanguage(info.uiLanguage);

  const guard = new ImeGuard();
  guard.attach(input, () => void submit());
  input.addEventListener("input", () => autoGrow(input));
  $<HTMLFormElement>("composer").addEventListener("submit", (event) => {
    event.preventDefault();
    void submit();
  });
  $<HTMLButtonElement>("stop").addEventListener("click", () => {
    if (session.conversation !== null) void ipc.stopGeneration(session.conversation).catch(showError);
  });
  $<HTMLButtonElement>("topbar-settings").addEventListener("click", () => {
    const open = session.conversation;
    if (open !== null) openSettings(open, titleOf(open)).catch(showError);
  });
  $<HTMLButtonElement>("open-models").addEventListener("click", () => openModels().catch(showError));
  $<HTMLButtonElement>("welcome-import").addEventListener("click", () => openModelsAndImport().catch(showError));
  $<HTMLButtonElement>("open-preferences").addEventListener("click", showPreferences);
  $<HTMLButtonElement>("new-chat").addEventListener("click", () => {
    newChat();
    input.focus();
  });
  const search = $<HTMLInputElement>("search");
  attachShortcuts({
    "new-chat": () => $<HTMLButtonElement>("new-chat").click(),
    search: () => {
      search.focus();
      search.select();
    },
    escape: () => {
      if (!session.generating) return false;
      $<HTMLButtonElement>("stop").click();
    },
    settings: showPreferences,
    help: openHelp,
  });
  input.focus();
}

/** An encrypted database must be unlocked before anything else (app_info included) works. */
async function boot(): Promise<void> {
  const lock = await ipc.lockState();
  if (lock.locked) showLock(lock.uiLanguage);
  else await start();
}

boot().catch(showError);
