import { expect, type Page, test } from "@playwright/test";
import { calls, mock, row, start } from "./fixtures";

const chat = [
  {
    title: "Trip",
    messages: [
      { role: "user" as const, content: "Where to?" },
      { role: "assistant" as const, content: "Kyoto." },
    ],
  },
];

async function openTrip(page: Page): Promise<void> {
  await start(page, chat);
  await row(page, "Trip").getByTestId("conversation-open").click();
  await expect(page.getByTestId("message-assistant")).toHaveText(/Kyoto\./);
}

/** Sends a message whose reply streams slowly, and waits until it is being written. */
async function startSlowReply(page: Page): Promise<void> {
  await mock(page, "window.__mock.delayMs = 400");
  const input = page.getByTestId("composer-input");
  await input.fill("Count to one hundred");
  await input.press("Enter");
  await expect(page.getByTestId("stop")).toBeVisible();
}

/** Makes the page believe it runs on macOS. */
const onMac = (page: Page) =>
  page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "platform", { get: () => "MacIntel" });
    Object.defineProperty(Navigator.prototype, "userAgentData", { get: () => ({ platform: "macOS" }) });
  });

test("Ctrl+N starts a new chat", async ({ page }) => {
  await openTrip(page);
  await page.getByTestId("search").focus();
  await page.keyboard.press("Control+n");
  await expect(page.getByTestId("welcome")).toBeVisible();
  await expect(page.getByTestId("messages").locator("li")).toHaveCount(0);
  await expect(page.locator("#conversation-title")).toBeHidden();
  await expect(page.getByTestId("composer-input")).toBeFocused();
});

test("Ctrl+K and Ctrl+F go to the search box with its text selected", async ({ page }) => {
  await openTrip(page);
  const search = page.getByTestId("search");
  await page.getByTestId("composer-input").focus();
  await page.keyboard.press("Control+k");
  await expect(search).toBeFocused();
  await page.keyboard.type("Kyo");
  await expect(page.getByTestId("search-results")).toContainText("Kyoto");

  await page.getByTestId("composer-input").focus();
  await page.keyboard.press("Control+f");
  await expect(search).toBeFocused();
  expect(await search.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, 3]);
});

test("Escape stops the reply being written, and does nothing when none is", async ({ page }) => {
  await openTrip(page);
  await page.getByTestId("composer-input").press("Escape");
  expect(await calls(page, "stop_generation")).toEqual([]);

  await startSlowReply(page);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("message-assistant").last().locator(".meta")).toContainText("Stopped");
  expect(await calls(page, "stop_generation")).toEqual([{ conversationId: 1 }]);
  await expect(page.getByTestId("send")).toBeVisible();
});

test("Escape closes an open dialog before it would stop a reply", async ({ page }) => {
  await openTrip(page);
  await startSlowReply(page);
  await page.getByTestId("topbar-settings").click();
  const dialog = page.getByRole("dialog", { name: "Conversation settings" });
  await expect(dialog).toBeVisible();
  // Shortcuts wait while a dialog is open.
  await page.keyboard.press("Control+n");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect(await calls(page, "stop_generation")).toEqual([]);
  await expect(page.getByTestId("message-assistant").last()).not.toHaveClass(/streaming/, { timeout: 10_000 });
  await expect(page.getByTestId("message-assistant").last().locator(".meta")).not.toContainText("Stopped");
});

test("Ctrl+, opens Preferences, with or without a conversation open, and the focus goes back", async ({ page }) => {
  await start(page, chat);
  const input = page.getByTestId("composer-input");
  await input.focus();
  await page.keyboard.press("Control+,");
  const preferences = page.getByRole("dialog", { name: "Settings" });
  await expect(preferences).toBeVisible();
  await expect(preferences.getByRole("combobox", { name: "Language" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(preferences).toBeHidden();
  await expect(input).toBeFocused();

  await row(page, "Trip").getByTestId("conversation-open").click();
  await page.keyboard.press("Control+,");
  await expect(preferences).toBeVisible();
  await preferences.getByRole("button", { name: "Close" }).click();
  await expect(preferences).toBeHidden();
  expect(await calls(page, "conversation_settings")).toEqual([]);
  expect(await calls(page, "app_settings")).toHaveLength(2);

  // The conversation's own settings stay on the button next to its title.
  await page.getByTestId("topbar-settings").click();
  await expect(page.getByRole("dialog", { name: "Conversation settings" })).toBeVisible();
  expect(await calls(page, "conversation_settings")).toEqual([{ conversationId: 1 }]);
});

test("F1 and Ctrl+/ open the shortcut sheet; Escape and Close shut it and the focus goes back", async ({ page }) => {
  await openTrip(page);
  const input = page.getByTestId("composer-input");
  await input.focus();
  await page.keyboard.press("F1");
  const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(sheet).toBeVisible();
  const rows = sheet.getByTestId("shortcut");
  await expect(rows).toHaveText([
    "Start a new chatCtrl+N",
    "Search conversationsCtrl+K or Ctrl+F",
    "Send the messageEnter",
    "Start a new line in the messageShift+Enter",
    "Stop the reply being writtenEsc",
    "Close a dialog or menuEsc",
    "Open settingsCtrl+,",
    "Show keyboard shortcutsF1 or Ctrl+/",
  ]);
  await expect(sheet.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(input).toBeFocused();

  await page.getByTestId("search").focus();
  await page.keyboard.press("Control+/");
  await expect(sheet).toBeVisible();
  await sheet.getByRole("button", { name: "Close" }).click();
  await expect(sheet).toBeHidden();
  await expect(page.getByTestId("search")).toBeFocused();
});

test("the app menu opens the shortcut sheet too", async ({ page }) => {
  await start(page);
  const menuButton = page.getByTestId("data-menu");
  await menuButton.click();
  await expect(page.getByRole("separator")).toHaveCount(1);
  await page.getByRole("menuitem", { name: "Keyboard shortcuts" }).click();
  const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(sheet).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(menuButton).toBeFocused();
});

test("on macOS the shortcuts use Cmd, and the sheet says so", async ({ page }) => {
  await onMac(page);
  await openTrip(page);
  await page.getByTestId("composer-input").focus();
  await page.keyboard.press("Control+n");
  await expect(page.getByTestId("welcome")).toBeHidden();
  await page.keyboard.press("Meta+n");
  await expect(page.getByTestId("welcome")).toBeVisible();
  await page.keyboard.press("Meta+/");
  const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(sheet.getByTestId("shortcut").first()).toHaveText("Start a new chatCmd+N");
  await expect(sheet).not.toContainText("Ctrl");
});

test("no shortcut fires while an input method is composing", async ({ page }) => {
  await openTrip(page);
  await startSlowReply(page);
  const input = page.getByTestId("composer-input");
  await input.focus();
  await input.dispatchEvent("compositionstart");
  await page.keyboard.press("Control+k");
  await page.keyboard.press("F1");
  // Escape cancels the composition, not the reply.
  await page.keyboard.press("Escape");
  await expect(input).toBeFocused();
  await expect(page.getByRole("dialog")).toBeHidden();
  await input.dispatchEvent("compositionend");
  // WebKit reports the key that ends a composition with keyCode 229.
  await page.evaluate(() => {
    document.activeElement!.dispatchEvent(
      new KeyboardEvent("keydown", { key: "Escape", keyCode: 229, bubbles: true, cancelable: true }),
    );
  });
  expect(await calls(page, "stop_generation")).toEqual([]);
  await page.keyboard.press("Escape");
  await expect.poll(() => calls(page, "stop_generation")).toHaveLength(1);
  await page.keyboard.press("Control+k");
  await expect(page.getByTestId("search")).toBeFocused();
});

test("日本語: ショートカット一覧は日本語で表示される", async ({ page }) => {
  await start(page, [], { __mockLanguage: "ja" });
  await page.keyboard.press("F1");
  const sheet = page.getByRole("dialog", { name: "キーボードショートカット" });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByTestId("shortcut").nth(1)).toHaveText("会話を検索Ctrl+K または Ctrl+F");
  await expect(sheet.getByRole("button", { name: "閉じる" })).toBeFocused();
});
