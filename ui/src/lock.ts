// The window while the conversations are encrypted and not yet unlocked: the app's name, a
// word on why, and the passphrase field. No other command works before `unlock`, so nothing
// else is set up here (no chat, no menus, no shortcuts); once unlocked, the page reloads and
// starts as usual. Enter unlocks, except the Enter that belongs to an input method.
import { ImeGuard } from "./composer";
import { byId as el } from "./dom";
import { setLanguage, t, translateTree } from "./i18n";
import * as ipc from "./ipc";
import { showErrorIn } from "./notices";

/** Shows only the lock screen, in `lang` (the system's: the chosen one is in the database). */
export function showLock(lang: string): void {
  const screen = el<HTMLElement>("lock");
  const field = el<HTMLInputElement>("lock-passphrase");
  const button = el<HTMLButtonElement>("lock-unlock");
  const problem = el<HTMLParagraphElement>("lock-error");
  let working = false;

  const render = (error: unknown) => {
    button.disabled = working;
    button.textContent = t(working ? "lock-unlocking" : "lock-unlock");
    field.readOnly = working;
    field.setAttribute("aria-invalid", String(error !== null));
    showErrorIn(problem, error);
  };

  /** Keeps the field focused with what was typed selected, to type it again. */
  const retry = (error: unknown) => {
    working = false;
    render(error);
    field.focus();
    field.select();
  };

  const unlock = async () => {
    if (working) return;
    if (field.value === "") return retry({ code: "passphrase-empty", args: {} });
    working = true;
    render(null);
    try {
      await ipc.unlock(field.value);
    } catch (error) {
      return retry(error);
    }
    location.reload();
  };

  setLanguage(lang);
  translateTree(screen);
  render(null);
  new ImeGuard().attach(field, () => void unlock());
  button.addEventListener("click", () => void unlock());
  el<HTMLDivElement>("app").hidden = true;
  screen.hidden = false;
  field.focus();
}
