import { expect, type Page, test } from "@playwright/test";
import { calls, chooseLanguage, mock, row, start } from "./fixtures";

const exchange = (question: string, answer: string) => [
  { role: "user" as const, content: question },
  { role: "assistant" as const, content: answer },
];

const titles = (page: Page) => page.getByTestId("conversation").locator(".title");

async function menuOf(page: Page, title: string) {
  await row(page, title).getByTestId("conversation-actions").click();
  return page.getByRole("menu");
}

async function send(page: Page, text: string, reply: string[]): Promise<void> {
  await page.evaluate((pieces) => (window.__mock.reply = pieces), reply);
  const input = page.getByTestId("composer-input");
  await input.fill(text);
  await input.press("Enter");
  await expect(page.getByTestId("message-assistant").last()).not.toHaveClass(/streaming/);
  await expect(page.getByTestId("message-assistant").last()).toHaveAttribute("data-message-id", /\d+/);
}

test("rename in place: Enter saves, Escape cancels", async ({ page }) => {
  await start(page, [{ title: "Alpha", messages: exchange("a?", "a.") }, { title: "Beta" }]);
  await row(page, "Alpha").getByTestId("conversation-open").click();
  await (await menuOf(page, "Alpha")).getByRole("menuitem", { name: "Rename" }).click();
  const field = page.getByRole("textbox", { name: "Conversation name" });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue("Alpha");
  await field.fill("Alpha Centauri");
  await field.press("Enter");
  await expect(titles(page)).toHaveText(["Beta", "Alpha Centauri"]);
  await expect(page.locator("#conversation-title")).toHaveText("Alpha Centauri");
  expect(await calls(page, "rename_conversation")).toEqual([{ conversationId: 1, title: "Alpha Centauri" }]);
  const stored = await page.evaluate(() => window.__mock.state().conversations.find((c) => c.id === 1)?.title);
  expect(stored).toBe("Alpha Centauri");

  await (await menuOf(page, "Beta")).getByRole("menuitem", { name: "Rename" }).click();
  await field.fill("never saved");
  await field.press("Escape");
  await expect(titles(page)).toHaveText(["Beta", "Alpha Centauri"]);
  expect(await calls(page, "rename_conversation")).toHaveLength(1);
});

test("pinned conversations come first, with a pin marker, and the menu works from the keyboard", async ({ page }) => {
  await start(page, [{ title: "Oldest" }, { title: "Middle" }, { title: "Newest" }]);
  await expect(titles(page)).toHaveText(["Newest", "Middle", "Oldest"]);
  await expect(page.getByTestId("pin-marker")).toHaveCount(0);

  const more = row(page, "Oldest").getByTestId("conversation-actions");
  await expect(more).toHaveAccessibleName("Actions for “Oldest”");
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(more).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("menuitem", { name: "Rename" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Pin", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(titles(page)).toHaveText(["Oldest", "Newest", "Middle"]);
  await expect(row(page, "Oldest").getByTestId("pin-marker")).toBeVisible();
  await expect(row(page, "Oldest").getByTestId("conversation-open")).toHaveAccessibleName(/Oldest.*Pinned/);
  expect(await calls(page, "pin_conversation")).toEqual([{ conversationId: 1, pinned: true }]);

  await (await menuOf(page, "Oldest")).getByRole("menuitem", { name: "Unpin" }).click();
  await expect(titles(page)).toHaveText(["Newest", "Middle", "Oldest"]);
  await expect(page.getByTestId("pin-marker")).toHaveCount(0);
});

test("deleting the open conversation hides it at once and Undo brings it back", async ({ page }) => {
  await start(page, [{ title: "Keep me", messages: exchange("Still there?", "Yes.") }, { title: "Other" }]);
  await row(page, "Keep me").getByTestId("conversation-open").click();
  await expect(page.getByTestId("message-user")).toContainText("Still there?");

  await (await menuOf(page, "Keep me")).getByRole("menuitem", { name: "Delete" }).click();
  await expect(titles(page)).toHaveText(["Other"]);
  await expect(page.getByTestId("welcome")).toBeVisible();
  await expect(page.getByTestId("message-user")).toHaveCount(0);
  const toast = page.getByTestId("toast");
  await expect(toast).toContainText("Deleted “Keep me”.");
  const undo = toast.getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await undo.click();

  await expect(toast).toBeHidden();
  await expect(titles(page)).toHaveText(["Other", "Keep me"]);
  await expect(page.getByTestId("message-user")).toContainText("Still there?");
  expect(await calls(page, "restore_conversation")).toEqual([{ conversationId: 1 }]);
});

test("a deletion that is not undone stays deleted", async ({ page }) => {
  await page.clock.install();
  await start(page, [{ title: "Gone" }, { title: "Stays" }]);
  await (await menuOf(page, "Gone")).getByRole("menuitem", { name: "Delete" }).click();
  await expect(page.getByTestId("toast")).toContainText("Deleted “Gone”.");
  await page.clock.fastForward(11_000);
  await expect(page.getByTestId("toast")).toBeHidden();
  // A fresh list from the backend (the language switch re-reads it) still lacks it.
  await chooseLanguage(page, "vi");
  await expect(titles(page)).toHaveText(["Stays"]);
  expect(await calls(page, "restore_conversation")).toEqual([]);
  expect(await page.evaluate(() => window.__mock.state().conversations.find((c) => c.title === "Gone")?.deleted)).toBe(
    true,
  );
});

test("Regenerate adds a second answer and the arrows flip back to the first", async ({ page }) => {
  await start(page);
  await send(page, "Capital of Japan?", ["First ", "answer"]);
  const answer = page.getByTestId("message-assistant");
  await expect(answer.getByTestId("version")).toHaveCount(0);

  await page.evaluate(() => (window.__mock.reply = ["Second ", "answer"]));
  await answer.getByRole("button", { name: "Regenerate" }).click();
  await expect(answer.locator(".body")).toHaveText("Second answer");
  await expect(answer.getByTestId("version")).toHaveText("2 / 2");
  await expect(answer.getByTestId("version")).toHaveAccessibleName("Version 2 of 2");
  await expect(page.getByTestId("message-assistant")).toHaveCount(1);
  await expect(page.getByTestId("message-user")).toHaveCount(1);

  await answer.getByRole("button", { name: "Previous version" }).click();
  await expect(answer.locator(".body")).toHaveText("First answer");
  await expect(answer.getByTestId("version")).toHaveText("1 / 2");
  await expect(answer.getByRole("button", { name: "Next version" })).toBeFocused();
  await expect(answer.getByRole("button", { name: "Previous version" })).toBeDisabled();
  const regenerated = await calls(page, "regenerate");
  expect(regenerated).toHaveLength(1);
  expect(await calls(page, "choose_alternative")).toHaveLength(1);
});

test("a search hit on a version not shown opens that version", async ({ page }) => {
  await start(page);
  await send(page, "Capital of Japan?", ["Tokyo ", "is the capital"]);
  const answer = page.getByTestId("message-assistant");
  await page.evaluate(() => (window.__mock.reply = ["Kyoto ", "was the old capital"]));
  await answer.getByRole("button", { name: "Regenerate" }).click();
  await expect(answer.locator(".body")).toHaveText("Kyoto was the old capital");
  await answer.getByRole("button", { name: "Previous version" }).click();
  await expect(answer.locator(".body")).toHaveText("Tokyo is the capital");

  await page.getByTestId("search").fill("Kyoto");
  await page.getByTestId("search-results").getByRole("button").first().click();
  await expect(answer.locator(".body")).toHaveText("Kyoto was the old capital");
  await expect(answer.getByTestId("version")).toHaveText("2 / 2");
});

test("editing a question sends it as a new version; flipping back shows the old branch", async ({ page }) => {
  await start(page);
  await send(page, "Capital of France?", ["Paris."]);
  await send(page, "And of Italy?", ["Rome."]);

  const question = page.getByTestId("message-user").last();
  await question.getByRole("button", { name: "Edit" }).click();
  const field = page.getByRole("textbox", { name: "Edit your message" });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue("And of Italy?");
  await field.fill("And of Spain?");
  await page.evaluate(() => (window.__mock.reply = ["Madrid."]));
  await page.getByRole("button", { name: "Save & send" }).click();

  await expect(page.getByTestId("message-user")).toHaveText([/Capital of France\?/, /And of Spain\?/]);
  await expect(page.getByTestId("message-assistant").last().locator(".body")).toHaveText("Madrid.");
  await expect(question.getByTestId("version")).toHaveText("2 / 2");
  await expect(page.getByTestId("message-assistant").first().getByTestId("version")).toHaveCount(0);

  await question.getByRole("button", { name: "Previous version" }).click();
  await expect(question.locator(".body")).toHaveText("And of Italy?");
  await expect(page.getByTestId("message-assistant").last().locator(".body")).toHaveText("Rome.");
  await expect(question.getByTestId("version")).toHaveText("1 / 2");
  expect((await calls(page, "edit_message"))[0].text).toBe("And of Spain?");
});

test("Cancel and Escape leave an edit without sending", async ({ page }) => {
  await start(page, [{ title: "T", messages: exchange("Original", "Answer") }]);
  await row(page, "T").getByTestId("conversation-open").click();
  const question = page.getByTestId("message-user");
  await question.getByRole("button", { name: "Edit" }).click();
  await page.getByTestId("edit-field").fill("changed");
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(question.locator(".body")).toHaveText("Original");
  await question.getByRole("button", { name: "Edit" }).click();
  await page.getByTestId("edit-field").press("Escape");
  await expect(page.getByTestId("edit-field")).toHaveCount(0);
  expect(await calls(page, "edit_message")).toEqual([]);
});

test("deleting a message asks first, then removes it and what follows", async ({ page }) => {
  await start(page, [{ title: "Chat", messages: [...exchange("One?", "First."), ...exchange("Two?", "Second.")] }]);
  await row(page, "Chat").getByTestId("conversation-open").click();
  const second = page.getByTestId("message-user").last();
  await second.getByRole("button", { name: "Delete" }).click();
  await expect(second).toContainText("Delete this message and everything after it?");
  await expect(second.getByRole("button", { name: "Cancel" })).toBeFocused();
  await second.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("message-user")).toHaveCount(2);
  expect(await calls(page, "delete_message")).toEqual([]);

  await second.getByRole("button", { name: "Delete" }).click();
  await second.getByTestId("delete-confirm").click();
  await expect(page.getByTestId("message-user")).toHaveText([/One\?/]);
  await expect(page.getByTestId("message-assistant")).toHaveText([/First\./]);
  expect(await calls(page, "delete_message")).toEqual([{ messageId: 4 }]);
});

test("copy puts the raw text on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await start(page, [{ title: "Chat", messages: exchange("Hi", "**bold** answer") }]);
  await row(page, "Chat").getByTestId("conversation-open").click();
  const answer = page.getByTestId("message-assistant");
  await answer.getByRole("button", { name: "Copy" }).click();
  await expect(answer.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("**bold** answer");
});

test("a reply that fails says so and offers Regenerate", async ({ page }) => {
  await start(page);
  await page.evaluate(() => (window.__mock.failStream = { code: "engine-gone", args: {} }));
  const input = page.getByTestId("composer-input");
  await input.fill("Hello?");
  await input.press("Enter");
  const answer = page.getByTestId("message-assistant");
  await expect(answer.locator(".meta")).toHaveText("This reply failed.");
  await expect(page.getByTestId("notice")).toContainText("The model stopped unexpectedly.");
  const again = answer.getByRole("button", { name: "Regenerate" });
  await expect(again).toHaveClass(/prominent/);
  await again.click();
  await expect(answer.locator(".body")).toHaveText("東京は日本の首都です。");
  await expect(answer.getByTestId("version")).toHaveText("2 / 2");
  await expect(answer.getByRole("button", { name: "Regenerate" })).not.toHaveClass(/prominent/);
});

test("export, import and backup report where things went; a cancelled dialog says nothing", async ({ page }) => {
  await start(page, [{ title: "Notes", messages: exchange("Remember this", "Noted.") }]);
  const data = page.getByTestId("data-menu");
  const toast = page.getByTestId("toast");

  await data.click();
  await expect(page.getByRole("menuitem", { name: "Export this conversation (JSON)" })).toBeDisabled();
  await page.keyboard.press("Escape");
  await expect(data).toBeFocused();

  await row(page, "Notes").getByTestId("conversation-open").click();
  await data.click();
  await page.getByRole("menuitem", { name: "Export this conversation (Markdown)" }).click();
  await expect(toast).toHaveText(/Exported to \/home\/user\/Documents\/hearth-uid-1\.md/);

  await data.click();
  await page.getByRole("menuitem", { name: "Export all conversations (JSON)" }).click();
  await expect(toast).toHaveText(/Exported to \/home\/user\/Documents\/hearth-conversations\.json/);
  expect(await calls(page, "export_conversations")).toEqual([
    { conversationId: 1, format: "md" },
    { conversationId: null, format: "json" },
  ]);

  await toast.getByRole("button", { name: "Dismiss" }).click();
  await expect(toast).toBeHidden();
  await mock(page, "window.__mock.cancelDialog = true");
  await data.click();
  await page.getByRole("menuitem", { name: "Export all conversations (Markdown)" }).click();
  await data.click();
  await page.getByRole("menuitem", { name: "Import…" }).click();
  await expect.poll(() => calls(page, "import_conversations")).toHaveLength(1);
  await expect(toast).toBeHidden();
  await mock(page, "window.__mock.cancelDialog = false");

  await data.click();
  await page.getByRole("menuitem", { name: "Import…" }).click();
  await expect(toast).toHaveText(/Imported 3 conversations\./);
  await expect(titles(page)).toHaveText(["Rust lifetimes", "Phở recipe", "Trip to Hokkaido", "Notes"]);
  await data.click();
  await page.getByRole("menuitem", { name: "Import…" }).click();
  await expect(toast).toHaveText(/Nothing new to import \(3 already present\)\./);
  await expect(titles(page)).toHaveCount(4);

  await data.click();
  await page.getByRole("menuitem", { name: "Back up now" }).click();
  await expect(toast).toHaveText(/Backup saved to \/data\/backups\/hearth-2026-11-29T10-00-00\.sqlite3/);
  await data.click();
  await page.getByRole("menuitem", { name: "Open log folder" }).click();
  await expect.poll(() => calls(page, "open_log_folder")).toHaveLength(1);
});

test("a damaged database is announced with where the file was kept and what was restored", async ({ page }) => {
  await start(page, [], {
    __mockRecovery: {
      corruptPath: "/data/hearth.sqlite3.corrupt-1",
      restoredFrom: "/data/backups/hearth-2026-11-28.sqlite3",
    },
  });
  const banner = page.getByRole("alert").filter({ hasText: "damaged" });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("Your conversation database was damaged");
  await expect(banner).toContainText("/data/hearth.sqlite3.corrupt-1");
  await expect(banner).toContainText("/data/backups/hearth-2026-11-28.sqlite3");
  await banner.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByTestId("recovery")).toBeHidden();
});

test("データベースの復旧は日本語で伝えられる (a fresh database, no backup)", async ({ page }) => {
  await start(page, [], {
    __mockLanguage: "ja",
    __mockRecovery: { corruptPath: "/data/hearth.sqlite3.corrupt-2", restoredFrom: null },
  });
  const banner = page.getByTestId("recovery");
  await expect(banner).toHaveAttribute("role", "alert");
  await expect(banner).toContainText("会話のデータベースが破損していました");
  await expect(banner).toContainText("新しい空のデータベース");
  await expect(banner).toContainText("/data/hearth.sqlite3.corrupt-2");
  await chooseLanguage(page, "vi");
  await expect(banner).toContainText("Cơ sở dữ liệu trò chuyện của bạn đã bị hỏng");
});

test("a failed send shows the translated error and keeps the draft", async ({ page }) => {
  await start(page);
  await mock(page, `window.__mock.fail.send_message = { code: "disk-full", args: {} }`);
  const input = page.getByTestId("composer-input");
  await input.fill("Please keep this draft");
  await input.press("Enter");
  await expect(page.getByTestId("notice")).toContainText("The disk is full.");
  await expect(input).toHaveValue("Please keep this draft");
  await expect(page.getByTestId("message-user")).toHaveCount(0);
  await expect(page.getByTestId("welcome")).toBeVisible();
  await chooseLanguage(page, "ja");
  await expect(page.getByTestId("notice")).toContainText("ディスクの空き容量がありません");
  await expect(input).toHaveValue("Please keep this draft");
});

test("日本語: a failed edit keeps the edited text, and the menus and undo speak Japanese", async ({ page }) => {
  await start(page, [{ title: "旅行の相談", messages: exchange("京都のおすすめは？", "清水寺です。") }]);
  await chooseLanguage(page, "ja");
  await row(page, "旅行の相談").getByTestId("conversation-open").click();

  const question = page.getByTestId("message-user");
  await question.getByRole("button", { name: "編集" }).click();
  await page.getByRole("textbox", { name: "メッセージを編集" }).fill("奈良のおすすめは？");
  await mock(page, `window.__mock.fail.edit_message = { code: "disk-full", args: {} }`);
  await page.getByRole("button", { name: "保存して送信" }).click();
  await expect(page.getByTestId("notice")).toContainText("ディスク");
  const field = page.getByRole("textbox", { name: "メッセージを編集" });
  await expect(field).toHaveValue("奈良のおすすめは？");
  await expect(field).toBeFocused();
  await expect(page.getByTestId("message-assistant").locator(".body")).toHaveText("清水寺です。");

  await mock(page, "delete window.__mock.fail.edit_message");
  await page.evaluate(() => (window.__mock.reply = ["東大寺です。"]));
  await page.getByRole("button", { name: "保存して送信" }).click();
  await expect(page.getByTestId("message-assistant").locator(".body")).toHaveText("東大寺です。");
  await expect(question.getByTestId("version")).toHaveAccessibleName("バージョン 2（全 2 件）");
  await expect(page.getByTestId("message-assistant").getByRole("button", { name: "再生成" })).toBeVisible();

  const menu = await menuOf(page, "旅行の相談");
  await expect(menu.getByRole("menuitem")).toHaveText(["名前を変更", "ピン留め", "設定…", "削除"]);
  await menu.getByRole("menuitem", { name: "削除" }).click();
  await expect(page.getByTestId("toast")).toContainText("「旅行の相談」を削除しました。");
  // The toast follows a language switch too.
  await chooseLanguage(page, "vi");
  await expect(page.getByTestId("toast")).toContainText("Đã xóa “旅行の相談”.");
  await page.getByTestId("toast").getByRole("button", { name: "Hoàn tác" }).click();
  await expect(titles(page)).toHaveText(["旅行の相談"]);
});

test("the window title follows the open conversation, its renaming and the language", async ({ page }) => {
  await start(page, [{ title: "Alpha", messages: exchange("a?", "a.") }]);
  const windowTitle = () => page.evaluate(() => window.__mock.windowTitle);
  await expect.poll(windowTitle).toBe("Hearth");
  await row(page, "Alpha").getByTestId("conversation-open").click();
  await expect(page).toHaveTitle("Alpha — Hearth");
  await expect.poll(windowTitle).toBe("Alpha — Hearth");
  await (await menuOf(page, "Alpha")).getByRole("menuitem", { name: "Rename" }).click();
  const field = page.getByRole("textbox", { name: "Conversation name" });
  await field.fill("東京旅行");
  await field.press("Enter");
  await expect.poll(windowTitle).toBe("東京旅行 — Hearth");
  await page.getByTestId("new-chat").click();
  await expect.poll(windowTitle).toBe("Hearth");
  await expect(page).toHaveTitle("Hearth");
});
