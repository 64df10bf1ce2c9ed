import "./styles.css";
import { autoGrow, ImeGuard } from "./composer";
import { newChat, openConversation, reload, showTitle, showWindowTitle, submit, threadActions } from "./conversation";
import { attachData } from "./data";
import { attachHelp, openHelp } from "./help";
import { errorText, nameOf, setLanguage, t, translateTree } from "./i18n";
import * as ipc from "./ipc";
import { showLock } from "./lock";
import { closeMenu } from "./menu";
import { attachNotices, renderNotices, showError, showNotice, showRecovery } from "./notices";
import { attachPassphrase, openPassphrase } from "./passphrase";
import { attachSearch } from "./search";
import { session } from "./session";
import { attachSettings, openSettings, renderSettings } from "./settings";
import { attachShortcuts } from "./shortcuts";
import { attachSidebar, refreshList, titleOf } from "./sidebar";
import { attachTheme } from "./theme";
import { attachThread } from "./thread";
import { byId as $ } from "./dom";

const input = $<HTMLTextAreaElement>("composer-input");

/** The open conversation's settings; with none open, the window's own (language, theme). */
function showSettings(): void {
  const open = session.conversation;
  if (open !== null) void openSettings(open, titleOf(open)).catch(showError);
  else $<HTMLSelectElement>("language").focus();
}

/** Shows the whole window in `lang`, at once and without a restart. */
async function applyLanguage(lang: string, info: ipc.AppInfo): Promise<void> {
  closeMenu();
  setLanguage(lang);
  translateTree(document);
  showWindowTitle();
  $<HTMLSpanElement>("model-status").textContent = t("model-ready", { model: info.model.displayName });
  $<HTMLSelectElement>("language").value = lang;
  $<HTMLButtonElement>("topbar-settings").title = t("settings-open");
  renderNotices();
  renderSettings();
  await refreshList();
  await reload();
}

async function start(): Promise<void> {
  attachNotices();
  const info = await ipc.appInfo();
  showRecovery(info.recovery);
  if (info.model.problem) {
    const problem = info.model.problem;
    showNotice(() => errorText(problem));
  }
  attachSidebar({ open: (id) => void openConversation(id).catch(showError), closed: newChat, renamed: showTitle });
  attachThread(threadActions);
  attachSearch((hit) => void openConversation(hit.conversation_id, hit.message_id).catch(showError));
  attachData($<HTMLButtonElement>("data-menu"), { imported: refreshList, passphrase: openPassphrase, help: openHelp });
  attachSettings();
  attachHelp();
  attachPassphrase(info.encrypted);
  attachTheme($<HTMLSelectElement>("theme"));

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
    ipc
      .setLanguage(picker.value)
      .then((chosen) => applyLanguage(chosen, info))
      .catch(showError);
  });
  await applyLanguage(info.uiLanguage, info);

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
  $<HTMLButtonElement>("topbar-settings").addEventListener("click", showSettings);
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
    settings: showSettings,
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
