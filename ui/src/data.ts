// The app menu: export the open conversation or all of them (JSON or Markdown), import an
// export, back up now, the passphrase; and the keyboard shortcuts. The backend opens the
// native file dialogs; a cancelled dialog says nothing. Preferences offers the same actions.
import { t } from "./i18n";
import * as ipc from "./ipc";
import { type MenuItem, toggleMenu } from "./menu";
import { showError, showToast } from "./notices";
import { session } from "./session";

export async function exportTo(conversationId: number | null, format: ipc.ExportFormat): Promise<void> {
  const done = await ipc.exportConversations(conversationId, format);
  if (done) showToast(() => t("data-exported", { path: done.path }));
}

export async function importFile(imported: () => Promise<void>): Promise<void> {
  const result = await ipc.importConversations();
  if (!result) return;
  showToast(() => t("data-imported", { conversations: result.conversations, skipped: result.skipped }));
  await imported();
}

async function openLogFolder(): Promise<void> {
  await ipc.openLogFolder();
}

export async function backUp(): Promise<void> {
  const { path } = await ipc.backupNow();
  showToast(() => t("data-backup-saved", { path }));
}

/** What the menu hands on: showing imported conversations, the passphrase dialog, the shortcuts. */
export interface DataActions {
  /** Runs after an import added conversations. */
  imported: () => Promise<void>;
  passphrase: () => void;
  help: () => void;
}

export function attachData(button: HTMLButtonElement, { imported, passphrase, help }: DataActions): void {
  const run = (task: () => Promise<void>) => () => void task().catch(showError);
  button.addEventListener("click", () => {
    const open = session.conversation;
    const items: MenuItem[] = [
      {
        label: "data-export-current-json",
        testid: "export-current-json",
        disabled: open === null,
        run: run(() => exportTo(open, "json")),
      },
      {
        label: "data-export-current-md",
        testid: "export-current-md",
        disabled: open === null,
        run: run(() => exportTo(open, "md")),
      },
      { label: "data-export-all-json", testid: "export-all-json", run: run(() => exportTo(null, "json")) },
      { label: "data-export-all-md", testid: "export-all-md", run: run(() => exportTo(null, "md")) },
      { label: "data-import", testid: "import", run: run(() => importFile(imported)) },
      { label: "data-backup", testid: "backup", run: run(backUp) },
      { label: "data-open-log-folder", testid: "open-log-folder", run: run(openLogFolder) },
      { label: "data-passphrase", testid: "open-passphrase", run: passphrase },
      { label: "shortcuts-title", testid: "shortcuts", divider: true, run: help },
    ];
    toggleMenu(button, t("data-menu"), items);
  });
}
