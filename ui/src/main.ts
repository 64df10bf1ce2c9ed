import "./styles.css";
import { autoGrow, ImeGuard } from "./composer";
import { newChat, openConversation, reload, showTitle, showWindowTitle, submit, threadActions } from "./conversation";
import { attachData } from "./data";
import { errorText, nameOf, setLanguage, t, translateTree } from "./i18n";
import * as ipc from "./ipc";
import { closeMenu } from "./menu";
import { attachNotices, renderNotices, showError, showNotice, showRecovery } from "./notices";
import { attachSearch } from "./search";
import { session } from "./session";
import { attachSettings, openSettings, renderSettings } from "./settings";
import { attachSidebar, refreshList, titleOf } from "./sidebar";
import { attachThread } from "./thread";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const input = $<HTMLTextAreaElement>("composer-input");

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
  attachData($<HTMLButtonElement>("data-menu"), refreshList);
  attachSettings();

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
  $<HTMLButtonElement>("topbar-settings").addEventListener("click", () => {
    const open = session.conversation;
    if (open !== null) void openSettings(open, titleOf(open)).catch(showError);
  });
  $<HTMLButtonElement>("new-chat").addEventListener("click", () => {
    newChat();
    input.focus();
  });
  input.focus();
}

start().catch(showError);
