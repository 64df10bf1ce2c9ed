// The data menu: export the open conversation or all of them (JSON or Markdown), import an
// export, back up now. The backend opens the native file dialogs; a cancelled dialog says nothing.
import { t } from "./i18n";
import * as ipc from "./ipc";
import { toggleMenu, type MenuItem } from "./menu";
import { showError, showToast } from "./notices";
import { session } from "./session";

async function exportTo(conversationId: number | null, format: ipc.ExportFormat): Promise<void> {
  const done = await ipc.exportConversations(conversationId, format);
  if (done) showToast(() => t("data-exported", { path: done.path }));
}

async function importFile(imported: () => Promise<void>): Promise<void> {
  const result = await ipc.importConversations();
  if (!result) return;
  showToast(() => t("data-imported", { conversations: result.conversations, skipped: result.skipped }));
  await imported();
}

async function backUp(): Promise<void> {
  const { path } = await ipc.backupNow();
  showToast(() => t("data-backup-saved", { path }));
}

/** `imported` runs after an import added conversations (to show them). */
export function attachData(button: HTMLButtonElement, imported: () => Promise<void>): void {
  const run = (task: () => Promise<void>) => () => void task().catch(showError);
  button.addEventListener("click", () => {
    const open = session.conversation;
    const items: MenuItem[] = [
      { label: "data-export-current-json", testid: "export-current-json", disabled: open === null, run: run(() => exportTo(open, "json")) },
      { label: "data-export-current-md", testid: "export-current-md", disabled: open === null, run: run(() => exportTo(open, "md")) },
      { label: "data-export-all-json", testid: "export-all-json", run: run(() => exportTo(null, "json")) },
      { label: "data-export-all-md", testid: "export-all-md", run: run(() => exportTo(null, "md")) },
      { label: "data-import", testid: "import", run: run(() => importFile(imported)) },
      { label: "data-backup", testid: "backup", run: run(backUp) },
    ];
    toggleMenu(button, t("data-menu"), items);
  });
}
