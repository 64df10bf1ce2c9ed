// What the passphrase dialog checks before it asks the backend (a passphrase was typed, and
// typed the same twice), and the words of each thing it can do. Nothing is trimmed: spaces
// are part of a passphrase, as the backend takes it.
import type { CommandError } from "./ipc";

/** The dialog's two fields: the passphrase, and the same typed again. */
export type PassphraseField = "new" | "repeat";

export type NewPassphrase =
  | { ok: true; passphrase: string }
  | { ok: false; error: CommandError; field: PassphraseField };

/** The passphrase to send, or the error to show (with the field to go back to). */
export function checkNewPassphrase(typed: string, repeated: string): NewPassphrase {
  if (typed === "") return { ok: false, error: { code: "passphrase-empty", args: {} }, field: "new" };
  if (repeated !== typed) return { ok: false, error: { code: "passphrase-mismatch", args: {} }, field: "repeat" };
  return { ok: true, passphrase: typed };
}

export type Task = "encrypt" | "change" | "remove";

/** Fluent ids of each task: its button, the button while it runs, and the notice once done. */
export const TASKS: Record<Task, { label: string; working: string; done: string }> = {
  encrypt: { label: "passphrase-encrypt", working: "passphrase-encrypting", done: "passphrase-encrypted" },
  change: { label: "passphrase-change", working: "passphrase-changing", done: "passphrase-changed" },
  remove: { label: "passphrase-remove-confirm", working: "passphrase-removing", done: "passphrase-removed" },
};
