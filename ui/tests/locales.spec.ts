import { expect, type Locator, type Page, test } from "@playwright/test";
import { chooseLanguage, start as open, type Seed } from "./fixtures";

// A fixed moment and zone, so "yesterday" and the dates are the same on every machine.
test.use({ timezoneId: "UTC" });
const NOW = new Date("2026-11-29T14:05:00Z");

const seeds: Seed[] = [
  {
    title: "Trip planning",
    ago: 20 * 24 * 60,
    messages: [
      { role: "user", content: "Where to?" },
      { role: "assistant", content: "Kyoto." },
    ],
  },
  { title: "Notes", ago: 20 * 60 },
  {
    title: "Build script",
    ago: 3,
    messages: [
      { role: "user", content: "Where is the config?" },
      { role: "assistant", content: 'In `/etc/hearth/config.toml`:\n\n```toml\nmodel = "qwen"\n```' },
    ],
  },
];

async function start(page: Page, language = "en-US"): Promise<void> {
  await page.clock.install({ time: NOW });
  await open(page, seeds, { __mockLanguage: language });
}

const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error("not visible");
  return b;
};
const times = (page: Page) => page.getByTestId("conversation-time");
const fontOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).fontFamily);

test("each conversation says when it was last active, in the window's language", async ({ page }) => {
  await start(page);
  await expect(page.getByTestId("conversation").locator(".title")).toHaveText([
    "Build script",
    "Notes",
    "Trip planning",
  ]);
  await expect(times(page)).toHaveText(["3 minutes ago", "yesterday", "Nov 9"]);
  await expect(times(page).first()).toHaveAttribute("datetime", /^2026-11-29T14:02:00\.\d{3}Z$/);
  await expect(times(page).first()).toHaveAttribute("title", /November 29, 2026/);

  // The list keeps up with the clock.
  await page.clock.fastForward("05:00");
  await expect(times(page).first()).toHaveText("8 minutes ago");

  await chooseLanguage(page, "ja");
  await expect(times(page)).toHaveText(["8 分前", "昨日", "11月9日"]);
  await chooseLanguage(page, "vi");
  await expect(times(page)).toHaveText(["8 phút trước", "Hôm qua", "9 thg 11"]);
});

test("each message shows its time, with the full date in its tooltip", async ({ page }) => {
  await start(page);
  await page.getByTestId("conversation").filter({ hasText: "Build script" }).getByTestId("conversation-open").click();
  const time = page.getByTestId("message-user").getByTestId("message-time");
  await expect(time).toHaveText(/^2:01\sPM$/);
  await expect(time).toHaveAttribute("datetime", /^2026-11-29T14:01:00\.\d{3}Z$/);
  await expect(time).toHaveAttribute("title", /Sunday, November 29, 2026/);
  await chooseLanguage(page, "ja");
  await expect(time).toHaveText("14:01");
  await expect(time).toHaveAttribute("title", /2026年11月29日日曜日/);
});

test("العربية turns the window right to left, and English turns it back", async ({ page }) => {
  await start(page);
  await page.getByTestId("conversation").filter({ hasText: "Build script" }).getByTestId("conversation-open").click();
  await chooseLanguage(page, "ar");

  const html = page.locator("html");
  await expect(html).toHaveAttribute("dir", "rtl");
  await expect(html).toHaveAttribute("lang", "ar");
  await expect(page.getByTestId("send")).toHaveText("إرسال");
  await expect(page.getByTestId("new-chat")).toHaveText("محادثة جديدة");
  await expect(page.getByTestId("search")).toHaveAttribute("placeholder", "بحث في المحادثات");
  await expect(times(page)).toHaveText(["قبل 3 دقائق", "أمس", "9 نوفمبر"]);
  expect(await fontOf(page, "body")).toMatch(/^"Noto Sans Arabic"/);

  // The sidebar is on the right; the user's bubble at the end (left), the model's at the start.
  const sidebar = await box(page.locator(".sidebar"));
  const main = await box(page.locator(".main"));
  expect(sidebar.x).toBeGreaterThan(main.x);
  const thread = await box(page.getByTestId("messages"));
  const user = await box(page.getByTestId("message-user").locator(".bubble"));
  const reply = await box(page.getByTestId("message-assistant").locator(".bubble"));
  expect(user.x - thread.x).toBeLessThan(40);
  expect(thread.x + thread.width - (reply.x + reply.width)).toBeLessThan(40);

  // A path in an Arabic sentence and a code block stay left to right.
  await expect(page.locator(".message.assistant .body p")).toHaveCSS("unicode-bidi", "plaintext");
  await expect(page.locator(".message.assistant .body pre")).toHaveCSS("direction", "ltr");
  await expect(page.getByTestId("message-user").locator(".body")).toHaveAttribute("dir", "auto");

  // Versions: "previous" is on the start (right) side.
  await page.evaluate(() => (window.__mock.reply = ["نسخة ", "ثانية"]));
  await page.getByTestId("message-assistant").getByTestId("regenerate").click();
  await expect(page.getByTestId("message-assistant").getByTestId("version")).toHaveAccessibleName(
    "النسخة \u20682\u2069 من \u20682\u2069",
  );
  const previous = await box(page.getByTestId("message-assistant").getByTestId("version-previous"));
  const next = await box(page.getByTestId("message-assistant").getByTestId("version-next"));
  expect(previous.x).toBeGreaterThan(next.x);

  // A menu opens from its button's right edge.
  const more = page.getByTestId("conversation").first().getByTestId("conversation-actions");
  await more.click();
  const menu = page.getByRole("menu");
  await expect(menu.getByRole("menuitem").first()).toHaveText("إعادة التسمية");
  const anchor = await box(more);
  const opened = await box(menu);
  expect(Math.abs(anchor.x + anchor.width - (opened.x + opened.width))).toBeLessThan(2);
  await page.keyboard.press("Escape");

  await chooseLanguage(page, "en-US");
  await expect(html).toHaveAttribute("dir", "ltr");
  await expect(html).toHaveAttribute("lang", "en-US");
  await expect(page.getByTestId("send")).toHaveText("Send");
  expect((await box(page.locator(".sidebar"))).x).toBeLessThan((await box(page.locator(".main"))).x);
});

test("an Arabic toast keeps a path readable and counts with Arabic plurals", async ({ page }) => {
  await start(page, "ar");
  const toast = page.locator("#toast-text");
  await page.getByTestId("data-menu").click();
  await page.getByRole("menuitem", { name: "تصدير كل المحادثات (JSON)" }).click();
  // The path is isolated, so its slashes stay where they belong in right-to-left text.
  await expect(toast).toHaveText("تم التصدير إلى \u2068/home/user/Documents/hearth-conversations.json\u2069");
  await page.getByTestId("data-menu").click();
  await page.getByRole("menuitem", { name: "استيراد…" }).click();
  // Without its isolation marks, the text reads as written: 3 takes the plural of 3 to 10.
  const words = async () => (await toast.textContent())?.replace(/[\u2068\u2069]/g, "");
  await expect.poll(words).toBe("تم استيراد 3 محادثات.");
  await page.getByTestId("data-menu").click();
  await page.getByRole("menuitem", { name: "استيراد…" }).click();
  await expect.poll(words).toBe("لا توجد محادثات جديدة لاستيرادها (3 محادثات موجودة مسبقًا).");
});

test("简体中文 and 한국어 show their own words and glyphs", async ({ page }) => {
  await start(page);
  await chooseLanguage(page, "zh-Hans");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByTestId("new-chat")).toHaveText("新建对话");
  await expect(page.getByTestId("send")).toHaveText("发送");
  await expect(page.getByTestId("search")).toHaveAttribute("placeholder", "搜索对话");
  await expect(times(page).first()).toHaveText("3分钟前");
  expect(await fontOf(page, "body")).toContain('"Noto Sans CJK SC"');
  expect(await fontOf(page, "body")).not.toContain("CJK JP");

  await chooseLanguage(page, "ko");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByTestId("new-chat")).toHaveText("새 채팅");
  await expect(page.getByTestId("send")).toHaveText("보내기");
  await expect(page.getByTestId("search")).toHaveAttribute("placeholder", "대화 검색");
  await expect(times(page)).toHaveText(["3분 전", "어제", "11월 9일"]);
  expect(await fontOf(page, "body")).toContain('"Noto Sans CJK KR"');

  await chooseLanguage(page, "ja");
  expect(await fontOf(page, "body")).toContain('"Noto Sans CJK JP"');
  expect(await fontOf(page, "body")).not.toContain("CJK SC");
});
