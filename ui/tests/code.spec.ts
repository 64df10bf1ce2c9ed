import { expect, test } from "@playwright/test";
import { mock, row, start } from "./fixtures";

const ANSWER = 'Run this:\n\n```python\nprint("<b>hi</b>")  # greet\n```\n\nand this:\n\n```\nls -la\n```';

test("a code block is highlighted and Copy puts its plain text on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await start(page, [
    {
      title: "Python",
      messages: [
        { role: "user", content: "Greet" },
        { role: "assistant", content: ANSWER },
      ],
    },
  ]);
  await row(page, "Python").getByTestId("conversation-open").click();
  const reply = page.getByTestId("message-assistant");
  const blocks = reply.locator(".code-block");
  await expect(blocks).toHaveCount(2);
  await expect(blocks.first().locator(".code-language")).toHaveText("python");
  await expect(blocks.first().locator(".hljs-built_in")).toHaveText("print");
  await expect(blocks.first().locator(".hljs-string")).toHaveText('"<b>hi</b>"');
  await expect(blocks.first().locator(".hljs-comment")).toHaveText("# greet");
  await expect(reply.locator("b")).toHaveCount(0);

  const copy = blocks.first().getByTestId("code-copy");
  await expect(copy).toHaveAccessibleName("Copy code");
  await copy.click();
  await expect(copy).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('print("<b>hi</b>")  # greet\n');
  await expect(copy).toHaveText("Copy code", { timeout: 3000 });

  await blocks.nth(1).getByRole("button", { name: "Copy code" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("ls -la\n");
  // The message's own Copy still gives the whole Markdown.
  await reply.getByRole("button", { name: "Copy", exact: true }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ANSWER);
});

test("a code block can be copied while the reply is still streaming in", async ({ page }) => {
  await page.addInitScript(() => {
    const copied: string[] = [];
    window.__copied = copied;
    navigator.clipboard.writeText = async (text: string) => {
      copied.push(text);
    };
  });
  await start(page);
  await mock(
    page,
    `window.__mock.delayMs = 1500; window.__mock.reply = ["Here:\\n\\n", "\`\`\`rust\\nfn main() {}\\n", "\`\`\`\\n\\nDone.", " Really."]`,
  );
  const input = page.getByTestId("composer-input");
  await input.fill("Write a Rust program");
  await input.press("Enter");
  const reply = page.getByTestId("message-assistant").last();
  const copy = reply.getByRole("button", { name: "Copy code" });
  await expect(copy).toBeVisible();
  await expect(reply).toHaveClass(/streaming/);
  await copy.click();
  await expect.poll(() => page.evaluate(() => window.__copied)).toEqual(["fn main() {}\n"]);
  await expect(reply).toHaveClass(/streaming/);
  await expect(reply.locator(".hljs-keyword")).toHaveText("fn");
  // Once a blank line follows it the block is drawn for good: more text leaves it as it is.
  await expect(reply.locator(".body")).toContainText("Done.");
  const block = await reply.locator(".code-block").elementHandle();
  await expect(reply.locator(".body")).toContainText("Done. Really.");
  await expect(reply).toHaveClass(/streaming/);
  expect(await block?.evaluate((node) => node.isConnected)).toBe(true);
  await expect(reply.locator(".hljs-keyword")).toHaveText("fn");
  await copy.click();
  await expect.poll(() => page.evaluate(() => window.__copied)).toEqual(["fn main() {}\n", "fn main() {}\n"]);
});

test("a hostile code fence streamed in stays text", async ({ page }) => {
  await start(page);
  await mock(
    page,
    `window.__mock.reply = ["\`\`\`\\"><img src=x onerror=\\"window.__pwned=1\\">\\n", "<script>window.__pwned=2</script>\\n", "\`\`\`\\n", "\`\`\`html\\n<img src=x onerror=\\"window.__pwned=3\\">\\n\`\`\`"]`,
  );
  const input = page.getByTestId("composer-input");
  await input.fill("Be hostile");
  await input.press("Enter");
  const reply = page.getByTestId("message-assistant").last();
  await expect(reply).not.toHaveClass(/streaming/);
  await expect(reply.locator(".code-block")).toHaveCount(2);
  await expect(reply.locator("img, script")).toHaveCount(0);
  await expect(reply.locator("code").first()).toHaveText("<script>window.__pwned=2</script>");
  await expect(reply.locator("code").nth(1)).toHaveText('<img src=x onerror="window.__pwned=3">');
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test("日本語: highlighted code keeps its monospace font", async ({ page }) => {
  await start(
    page,
    [
      {
        title: "コード",
        messages: [
          { role: "user", content: "例" },
          { role: "assistant", content: '```rust\n// 環境変数を読む\nlet s = "東京";\n```' },
        ],
      },
    ],
    { __mockLanguage: "ja" },
  );
  await row(page, "コード").getByTestId("conversation-open").click();
  await expect(page.locator(".code-copy")).toHaveText("コードをコピー");
  const font = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily);
  const mono = await font(".code-block code");
  expect(mono).toMatch(/^ui-monospace, "Noto Sans Mono CJK JP"/);
  for (const part of [".hljs-comment", ".hljs-string", ".hljs-keyword"]) expect(await font(part), part).toBe(mono);
  await page.keyboard.press("F1");
  expect(await font(".help kbd")).toMatch(/^ui-monospace/);
});
