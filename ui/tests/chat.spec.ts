import { expect, test } from "@playwright/test";
import { installMock, openPreferences } from "./fixtures";

test.beforeEach(async ({ page }) => {
  await installMock(page);
});

test("type, send, and watch the reply stream in", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("welcome")).toBeVisible();
  const input = page.getByTestId("composer-input");
  await input.fill("日本の首都はどこですか？");
  await input.press("Enter");

  const reply = page.getByTestId("message-assistant").last();
  // Part of the reply is visible before all of it: it streams.
  await expect(reply.locator(".body")).toContainText("東京");
  await expect(reply).toHaveClass(/streaming/);
  // The live rate while it streams, from the tokens the backend has generated so far.
  await expect(reply.locator(".meta")).toHaveText(/^[2-6] tokens · 12\.5 tok\/s$/);
  await expect(reply.locator(".body")).toHaveText("東京は日本の首都です。");
  await expect(reply).not.toHaveClass(/streaming/);
  await expect(reply.locator(".meta")).toContainText("tok/s");

  await expect(page.getByTestId("message-user")).toHaveText(/日本の首都はどこですか？/);
  await expect(page.getByTestId("conversation-list")).toContainText("日本の首都はどこですか？");
  await expect(input).toHaveValue("");
  const sent = await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "send_message"));
  expect(sent).toHaveLength(1);
  expect(sent[0].args.text).toBe("日本の首都はどこですか？");
});

test("Shift+Enter adds a line, an IME-confirming Enter does not send", async ({ page }) => {
  await page.goto("/");
  const input = page.getByTestId("composer-input");
  await input.fill("一行目");
  await input.press("Shift+Enter");
  await input.type("二行目");
  await expect(input).toHaveValue("一行目\n二行目");
  // The Enter that confirms a composition: keyCode 229 with isComposing false (WebKit).
  await input.dispatchEvent("compositionstart");
  await input.dispatchEvent("compositionend");
  await page.evaluate(() => {
    const el = document.querySelector("[data-testid=composer-input]")!;
    el.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", keyCode: 229, bubbles: true, cancelable: true }));
  });
  const calls = await page.evaluate(() => window.__mock.calls.map((c) => c.cmd));
  expect(calls).not.toContain("send_message");
});

test("Stop ends the reply and marks it stopped", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(() => {
    window.__mock.delayMs = 300;
  });
  const input = page.getByTestId("composer-input");
  await input.fill("Count to one hundred");
  await input.press("Enter");
  await expect(page.getByTestId("stop")).toBeVisible();
  await page.getByTestId("stop").click();
  const reply = page.getByTestId("message-assistant").last();
  await expect(reply.locator(".meta")).toContainText("Stopped");
  await expect(page.getByTestId("send")).toBeVisible();
});

test("the window speaks Japanese when the system does", async ({ page }) => {
  await page.addInitScript(() => {
    window.__mockLanguage = "ja";
  });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByTestId("send")).toHaveText("送信");
  await expect(page.getByTestId("welcome")).toContainText("Hearth へようこそ");
});

test("switching the language changes the whole window at once", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("send")).toHaveText("Send");
  const preferences = await openPreferences(page);
  await expect(page.getByTestId("language").locator("option")).toHaveText([
    "العربية",
    "English",
    "日本語",
    "한국어",
    "Tiếng Việt",
    "简体中文",
  ]);
  await page.getByTestId("language").selectOption("vi");
  // Preferences is translated while it stays open.
  await expect(preferences.getByRole("heading", { level: 2 })).toHaveText("Cài đặt");
  await expect(page.getByTestId("send")).toHaveText("Gửi");
  await expect(page.getByTestId("new-chat")).toHaveText("Trò chuyện mới");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByTestId("composer-input")).toHaveAttribute("placeholder", "Nhắn cho Hearth…");
  const calls = await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "set_language"));
  expect(calls).toEqual([{ cmd: "set_language", args: { language: "vi" } }]);
});

test("a missing model is explained in the user's language and the draft is kept", async ({ page }) => {
  await page.addInitScript(() => {
    window.__mockLanguage = "ja";
    window.__mockModelProblem = { code: "model-missing", args: { path: "/models/q.gguf" } };
  });
  await page.goto("/");
  // At start the welcome offers an import; sending anyway says why it cannot answer.
  await expect(page.getByTestId("welcome-model")).toContainText("モデルがありません");
  const input = page.getByTestId("composer-input");
  await input.fill("こんにちは");
  await input.press("Enter");
  const notice = page.getByTestId("notice");
  await expect(notice).toContainText("モデルファイルが見つかりません");
  await expect(notice).toContainText("/models/q.gguf");
  await expect(notice).toContainText("models/fetch.py");
  await expect(input).toHaveValue("こんにちは");
  await expect(page.getByTestId("message-user")).toHaveCount(0);
});

test("search finds a message, highlights the match safely and opens it", async ({ page }) => {
  await page.goto("/");
  const input = page.getByTestId("composer-input");
  await input.fill('<img src=x onerror="window.__pwned = true"> 首都はどこ？');
  await input.press("Enter");
  await expect(page.getByTestId("message-assistant").last()).not.toHaveClass(/streaming/);
  await page.getByTestId("new-chat").click();

  await page.getByTestId("search").fill("首都");
  const results = page.getByTestId("search-results");
  await expect(results.locator("mark").first()).toHaveText("首都");
  await expect(results.locator("img")).toHaveCount(0);
  expect(await page.evaluate(() => window.__mock.lastSearch)).toEqual({ query: "首都", ignoreDiacritics: true });

  await results.locator("button").first().click();
  await expect(page.locator(".message.found")).toHaveCount(1);
  await expect(page.locator(".message.found .body")).toContainText("首都");
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();

  await page.getByTestId("search").fill("phở");
  await expect(results).toContainText("No messages match.");
  expect(await page.evaluate(() => window.__mock.lastSearch?.ignoreDiacritics)).toBe(false);
  await page.getByTestId("search").fill("");
  await expect(page.getByTestId("conversation-list")).toBeVisible();
});

test("a streamed reply is rendered as inert Markdown", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("http://127.0.0.1:4173")) requests.push(request.url());
  });
  await page.goto("/");
  await page.evaluate(() => {
    window.__mock.reply = [
      "これは**強",
      "調**。\n\n",
      '<img src=x onerror="window.__pwned=1">',
      " <script>window.__pwned=2</script>\n\n",
      "![t](https://example.com/track.png) [x](javascript:window.__pwned=3)\n\n",
      "```js\nlet a = 1;\n```",
    ];
  });
  const input = page.getByTestId("composer-input");
  await input.fill("Show me markdown");
  await input.press("Enter");
  const reply = page.getByTestId("message-assistant").last();
  await expect(reply).not.toHaveClass(/streaming/);
  await expect(reply.locator("strong")).toHaveText("強調");
  await expect(reply.locator("pre code")).toHaveText("let a = 1;");
  await expect(reply.locator("img, script, a, svg")).toHaveCount(0);
  await expect(reply.locator(".body")).toContainText("<script>window.__pwned=2</script>");
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(requests).toEqual([]);
});

test("the reply says how much context it used and when older turns were left out", async ({ page }) => {
  await page.addInitScript(() => {
    window.__mockLanguage = "ja";
  });
  await page.goto("/");
  await page.evaluate(() => {
    window.__mock.dropped = 3;
  });
  const input = page.getByTestId("composer-input");
  await input.fill("長い会話の続き");
  await input.press("Enter");
  const meta = page.getByTestId("message-assistant").last().locator(".meta");
  // Intl in Japanese writes 8192 in full (compact notation starts at 万).
  await expect(meta).toContainText("コンテキスト 27 / 8192");
  await expect(meta).toContainText("古いメッセージ 3 件");
});
