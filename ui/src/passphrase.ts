// The passphrase dialog (Data & help → Passphrase…): encrypts the conversations with a
// passphrase typed twice, changes it, or removes the encryption after a second, explicit step.
// The backend rewrites the database and replaces the backups, which takes a moment: the
// buttons wait meanwhile. Its errors are shown inside; Escape or Cancel closes, and the focus
// goes back to where it was.
import { ImeGuard } from "./composer";
import { byId as el } from "./dom";
import { t } from "./i18n";
import * as ipc from "./ipc";
import { showError, showErrorIn, showToast } from "./notices";
import { checkNewPassphrase, type PassphraseField, TASKS, type Task } from "./passphrase-form";

const dialog = el<HTMLDialogElement>("passphrase");
const status = el<HTMLParagraphElement>("passphrase-status");
/** What each step shows: the fields and their buttons, or the question and its answers. */
const STEPS = {
  entry: [el<HTMLDivElement>("passphrase-entry"), el<HTMLDivElement>("passphrase-entry-buttons")],
  confirm: [el<HTMLParagraphElement>("passphrase-question"), el<HTMLDivElement>("passphrase-confirm")],
};
const problem = el<HTMLParagraphElement>("passphrase-error");
const save = el<HTMLButtonElement>("passphrase-save");
const remove = el<HTMLButtonElement>("passphrase-remove");
const cancel = el<HTMLButtonElement>("passphrase-cancel");
const keep = el<HTMLButtonElement>("passphrase-keep");
const confirmRemove = el<HTMLButtonElement>("passphrase-remove-confirm");
const fields: Record<PassphraseField, HTMLInputElement> = {
  new: el<HTMLInputElement>("passphrase-new"),
  repeat: el<HTMLInputElement>("passphrase-repeat"),
};

/** Whether the conversations are encrypted: from app_info at start, then from each success. */
let encrypted = false;
let returnTo: HTMLElement | null = null;
/** The fields, or the question asked before the encryption is removed. */
let step: keyof typeof STEPS = "entry";
let working: Task | null = null;
let error: unknown = null;
let invalid: PassphraseField | null = null;

/** What Save does in the current state. */
const saveTask = (): Task => (encrypted ? "change" : "encrypt");

const label = (task: Task) => t(working === task ? TASKS[task].working : TASKS[task].label);

function render(): void {
  status.textContent = t(encrypted ? "passphrase-on" : "passphrase-off");
  for (const [name, parts] of Object.entries(STEPS)) for (const part of parts) part.hidden = name !== step;
  save.textContent = label(saveTask());
  confirmRemove.textContent = label("remove");
  remove.hidden = !encrypted;
  const busy = working !== null;
  for (const button of [save, remove, cancel, keep, confirmRemove]) button.disabled = busy;
  for (const [name, input] of Object.entries(fields)) {
    input.readOnly = busy;
    input.setAttribute("aria-invalid", String(invalid === name));
  }
  dialog.setAttribute("aria-busy", String(busy));
  showErrorIn(problem, error);
}

/** Asks the backend to set `passphrase` (null: remove the encryption) and closes on success. */
async function run(task: Task, passphrase: string | null): Promise<void> {
  working = task;
  error = null;
  invalid = null;
  render();
  try {
    await ipc.setPassphrase(passphrase);
  } catch (failure) {
    working = null;
    // Closed meanwhile (a second Escape cannot always be held back): the window says it.
    if (!dialog.open) {
      showError(failure);
      return;
    }
    error = failure;
    render();
    (step === "confirm" ? keep : fields.new).focus();
    return;
  }
  working = null;
  encrypted = passphrase !== null;
  if (dialog.open) dialog.close();
  showToast(() => t(TASKS[task].done));
}

function submit(): void {
  if (working !== null || step !== "entry") return;
  const check = checkNewPassphrase(fields.new.value, fields.repeat.value);
  if (!check.ok) {
    error = check.error;
    invalid = check.field;
    render();
    fields[check.field].focus();
    fields[check.field].select();
    return;
  }
  void run(saveTask(), check.passphrase);
}

function toStep(next: typeof step): void {
  step = next;
  error = null;
  render();
  (next === "confirm" ? keep : remove).focus();
}

export function openPassphrase(): void {
  if (dialog.open) return;
  returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  step = "entry";
  render();
  dialog.showModal();
  fields.new.focus();
}

/** `isEncrypted`: whether the conversations are encrypted now (app_info). */
export function attachPassphrase(isEncrypted: boolean): void {
  encrypted = isEncrypted;
  for (const input of Object.values(fields)) new ImeGuard().attach(input, submit);
  save.addEventListener("click", submit);
  cancel.addEventListener("click", () => dialog.close());
  remove.addEventListener("click", () => toStep("confirm"));
  keep.addEventListener("click", () => toStep("entry"));
  confirmRemove.addEventListener("click", () => void run("remove", null));
  dialog.addEventListener("cancel", (event) => {
    if (working !== null) event.preventDefault();
  });
  dialog.addEventListener("close", () => {
    for (const input of Object.values(fields)) input.value = "";
    error = null;
    invalid = null;
    if (returnTo?.isConnected) returnTo.focus();
    returnTo = null;
  });
}
