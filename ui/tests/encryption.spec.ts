// The encrypted database: the lock screen at start, and the passphrase dialog that turns the
// encryption on, changes the passphrase or turns it off.
import { expect, type Page, test } from "@playwright/test";
import { calls, commands, mock, row, type Seed, start } from "./fixtures";

const SEEDS: Seed[] = [
  {
    title: "Trip",
    messages: [
      { role: "user", content: "Where to?" },
      { role: "assistant", content: "Kyoto." },
    ],
  },
];

const lockScreen = (page: Page) => page.getByTestId("lock");
const passphraseField = (page: Page) => page.getByTestId("lock-passphrase");

/** The next start of the app, which finds the database encrypted and asks for the passphrase. */
async function restart(page: Page): Promise<void> {
  await page.evaluate(() => {
    const kept = JSON.parse(sessionStorage.getItem("hearth.mock.lock")!);
    sessionStorage.setItem("hearth.mock.lock", JSON.stringify({ ...kept, locked: true }));
  });
  await page.reload();
  await expect(lockScreen(page)).toBeVisible();
}

async function openDialog(page: Page, item = "Passphrase…") {
  await page.getByTestId("data-menu").click();
  await page.getByRole("menuitem", { name: item }).click();
  const dialog = page.getByTestId("passphrase");
  await expect(dialog).toBeVisible();
  return dialog;
}

test("a locked window asks only for the passphrase: a wrong one is refused, the right one opens the chat", async ({
  page,
}) => {
  await start(page, SEEDS, { __mockLocked: true });
  await expect(lockScreen(page)).toBeVisible();
  await expect(page.locator("#app")).toBeHidden();
  await expect(lockScreen(page)).toContainText("Hearth");
  await expect(page.getByRole("heading", { level: 1, name: "Your conversations are locked" })).toBeVisible();
  await expect(lockScreen(page)).toContainText("The conversations on this computer are encrypted.");
  const field = page.getByLabel("Passphrase", { exact: true });
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute("type", "password");
  await expect(field).toHaveAttribute("autocomplete", "current-password");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  // Nothing but lock_state before the passphrase: app_info would fail.
  expect(await commands(page)).toEqual(["lock_state"]);

  // The window's shortcuts do nothing here.
  for (const key of ["Control+k", "Control+n", "Control+,", "F1", "Control+/", "Escape"])
    await page.keyboard.press(key);
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(field).toBeFocused();
  expect(await commands(page)).toEqual(["lock_state"]);

  // Nothing typed: said at once, without asking the backend.
  await field.press("Enter");
  await expect(page.getByRole("alert")).toHaveText("Enter a passphrase.");
  expect(await calls(page, "unlock")).toEqual([]);

  await mock(page, "window.__mock.keyDelayMs = 500");
  await field.fill("wrong horse");
  await field.press("Enter");
  const button = page.getByTestId("lock-unlock");
  await expect(button).toBeDisabled();
  await expect(button).toHaveText("Unlocking…");
  const error = page.getByTestId("lock-error");
  await expect(error).toHaveText("That passphrase does not open these conversations. Nothing was changed; try again.");
  await expect(error).toHaveAttribute("role", "alert");
  await expect(button).toBeEnabled();
  await expect(button).toHaveText("Unlock");
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  expect(await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([
    0,
    "wrong horse".length,
  ]);
  expect(await calls(page, "unlock")).toEqual([{ passphrase: "wrong horse" }]);

  // Typing replaces the selected attempt.
  await page.keyboard.type("correct horse");
  await button.click();
  await expect(row(page, "Trip")).toBeVisible();
  await expect(lockScreen(page)).toBeHidden();
  await expect(page.getByTestId("composer-input")).toBeFocused();
  // The page was reloaded: it asked again and started as usual.
  expect((await commands(page)).slice(0, 2)).toEqual(["lock_state", "app_info"]);
});

test("the Enter that confirms an input method's text does not unlock", async ({ page }) => {
  await start(page, SEEDS, { __mockLocked: true });
  const field = passphraseField(page);
  await field.fill("correct horse");
  await field.dispatchEvent("compositionstart");
  await field.press("Enter");
  await field.dispatchEvent("compositionend");
  // WebKit sends the confirming Enter after compositionend, with keyCode 229.
  await field.evaluate((el) =>
    el.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", keyCode: 229, bubbles: true, cancelable: true })),
  );
  await page.waitForTimeout(200);
  expect(await calls(page, "unlock")).toEqual([]);
  await expect(lockScreen(page)).toBeVisible();

  await field.press("Enter");
  await expect(row(page, "Trip")).toBeVisible();
});

test("encrypting: both entries must match, then a notice, and the next start asks for the passphrase", async ({
  page,
}) => {
  await start(page, SEEDS);
  const menu = page.getByTestId("data-menu");
  const dialog = await openDialog(page);
  await expect(page.getByRole("dialog", { name: "Passphrase" })).toBeVisible();
  await expect(dialog.getByTestId("passphrase-status")).toHaveText(/^Everything Hearth keeps stays on this computer\./);
  await expect(dialog).toContainText(
    "If you lose the passphrase, nobody can recover your conversations, not even Hearth.",
  );
  const first = dialog.getByLabel("New passphrase");
  const second = dialog.getByLabel("Repeat passphrase");
  await expect(first).toBeFocused();
  for (const field of [first, second]) await expect(field).toHaveAttribute("autocomplete", "new-password");
  await expect(dialog.getByTestId("passphrase-remove")).toBeHidden();
  const encrypt = dialog.getByRole("button", { name: "Encrypt conversations" });

  await encrypt.click();
  const error = dialog.getByRole("alert");
  await expect(error).toHaveText("Enter a passphrase.");
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute("aria-invalid", "true");

  await first.fill("blue lantern");
  await second.fill("blue lanturn");
  await second.press("Enter");
  await expect(error).toHaveText("The two passphrases are not the same. Nothing was changed.");
  await expect(second).toBeFocused();
  await expect(second).toHaveAttribute("aria-invalid", "true");
  await expect(first).toHaveAttribute("aria-invalid", "false");
  expect(await calls(page, "set_passphrase")).toEqual([]);

  await mock(page, "window.__mock.keyDelayMs = 600");
  await second.fill("blue lantern");
  await encrypt.click();
  const working = dialog.getByRole("button", { name: "Encrypting…" });
  await expect(working).toBeDisabled();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeDisabled();
  await expect(error).toBeHidden();
  // It cannot be closed halfway.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("toast")).toHaveText(
    /Conversations encrypted\. Hearth will ask for the passphrase when it starts\./,
  );
  expect(await calls(page, "set_passphrase")).toEqual([{ passphrase: "blue lantern" }]);
  await expect(menu).toBeFocused();

  // Opened again, it knows: the passphrase can be changed or removed, and the fields are empty.
  await openDialog(page);
  await expect(dialog.getByTestId("passphrase-status")).toHaveText(
    "Your conversations and their backups are encrypted. Hearth asks for the passphrase each time it starts.",
  );
  await expect(first).toHaveValue("");
  await expect(second).toHaveValue("");
  await expect(dialog.getByRole("button", { name: "Change passphrase" })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Remove encryption…" })).toBeVisible();
  await expect(error).toBeHidden();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(menu).toBeFocused();

  await restart(page);
  await passphraseField(page).fill("blue lantern");
  await passphraseField(page).press("Enter");
  await expect(row(page, "Trip")).toBeVisible();
});

test("changing the passphrase", async ({ page }) => {
  await start(page, SEEDS, { __mockEncrypted: true });
  const dialog = await openDialog(page);
  await dialog.getByLabel("New passphrase").fill("green door");
  await dialog.getByLabel("Repeat passphrase").fill("green door");
  await dialog.getByRole("button", { name: "Change passphrase" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("toast")).toHaveText(/Passphrase changed\./);
  expect(await calls(page, "set_passphrase")).toEqual([{ passphrase: "green door" }]);

  await restart(page);
  await passphraseField(page).fill("correct horse");
  await passphraseField(page).press("Enter");
  await expect(page.getByTestId("lock-error")).toContainText("That passphrase does not open these conversations.");
  await passphraseField(page).fill("green door");
  await passphraseField(page).press("Enter");
  await expect(row(page, "Trip")).toBeVisible();
});

test("removing the encryption takes a second step inside the dialog", async ({ page }) => {
  await start(page, SEEDS, { __mockEncrypted: true });
  const dialog = await openDialog(page);
  const remove = dialog.getByRole("button", { name: "Remove encryption…" });
  await remove.click();
  const question = dialog.getByRole("group", { name: /^Remove the encryption\?/ });
  await expect(question).toBeVisible();
  await expect(dialog.getByLabel("New passphrase")).toBeHidden();
  const keep = question.getByRole("button", { name: "Keep encryption" });
  await expect(keep).toBeFocused();
  await keep.click();
  await expect(question).toBeHidden();
  await expect(remove).toBeFocused();
  expect(await calls(page, "set_passphrase")).toEqual([]);

  await remove.click();
  await mock(page, "window.__mock.keyDelayMs = 500");
  await question.getByRole("button", { name: "Remove encryption", exact: true }).click();
  await expect(question.getByRole("button", { name: "Removing encryption…" })).toBeDisabled();
  await expect(keep).toBeDisabled();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("toast")).toHaveText(/Encryption removed\./);
  expect(await calls(page, "set_passphrase")).toEqual([{ passphrase: null }]);

  // The next opening offers to encrypt again, from the fields.
  await openDialog(page);
  await expect(dialog.getByTestId("passphrase-status")).toHaveText(/^Everything Hearth keeps stays on this computer\./);
  await expect(dialog.getByRole("button", { name: "Encrypt conversations" })).toBeVisible();
  await expect(dialog.getByLabel("New passphrase")).toBeVisible();
  await expect(remove).toBeHidden();
});

test("an error from the backend is shown inside the dialog, which stays open with what was typed", async ({ page }) => {
  await start(page, SEEDS);
  await mock(page, `window.__mock.fail.set_passphrase = { code: "disk-full", args: {} }`);
  const dialog = await openDialog(page);
  await dialog.getByLabel("New passphrase").fill("blue lantern");
  await dialog.getByLabel("Repeat passphrase").fill("blue lantern");
  await dialog.getByRole("button", { name: "Encrypt conversations" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("The disk is full. Free some space; your draft is kept.");
  await expect(dialog.getByRole("button", { name: "Encrypt conversations" })).toBeEnabled();
  await expect(dialog.getByLabel("New passphrase")).toHaveValue("blue lantern");
  await expect(dialog.getByLabel("New passphrase")).toBeFocused();
  await expect(page.getByTestId("toast")).toBeHidden();
});

test("日本語: ロック画面とパスフレーズのダイアログは日本語で表示される", async ({ page }) => {
  await start(page, SEEDS, { __mockLocked: true, __mockSystemLanguage: "ja", __mockLanguage: "ja" });
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1, name: "会話はロックされています" })).toBeVisible();
  const field = page.getByLabel("パスフレーズ", { exact: true });
  await expect(field).toBeFocused();
  await field.fill("まちがい");
  await page.getByRole("button", { name: "ロックを解除" }).click();
  await expect(page.getByTestId("lock-error")).toHaveText(
    "このパスフレーズでは会話を開けません。何も変更されていません。もう一度お試しください。",
  );
  await expect(field).toBeFocused();
  await page.keyboard.type("correct horse");
  await page.keyboard.press("Enter");
  await expect(row(page, "Trip")).toBeVisible();

  const dialog = await openDialog(page, "パスフレーズ…");
  await expect(page.getByRole("dialog", { name: "パスフレーズ" })).toBeVisible();
  await expect(dialog.getByTestId("passphrase-status")).toHaveText(
    "会話とそのバックアップは暗号化されています。Hearth は起動するたびにパスフレーズを尋ねます。",
  );
  await dialog.getByLabel("新しいパスフレーズ").fill("あおい");
  await dialog.getByLabel("パスフレーズをもう一度").fill("あかい");
  await dialog.getByRole("button", { name: "パスフレーズを変更" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("2 つのパスフレーズが一致しません。何も変更されていません。");
  await dialog.getByRole("button", { name: "暗号化を解除…" }).click();
  await expect(dialog.getByRole("group", { name: /^暗号化を解除しますか？/ })).toBeVisible();
  await dialog.getByRole("button", { name: "暗号化を解除", exact: true }).click();
  await expect(page.getByTestId("toast")).toHaveText(/暗号化を解除しました。/);
});
