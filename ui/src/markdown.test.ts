// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { setLanguage } from "./i18n";
import { renderMarkdown } from "./markdown";

function rendered(text: string): HTMLElement {
  const div = document.createElement("div");
  div.innerHTML = renderMarkdown(text);
  return div;
}

const HOSTILE = [
  "<script>window.__pwned = 1</script>",
  '<img src="https://example.com/x.png" onerror="window.__pwned = 1">',
  "[click](javascript:window.__pwned=1)",
  "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  '<svg onload="window.__pwned = 1"><circle r="1"/></svg>',
  "![remote](https://example.com/track.png)",
  '<a href="https://example.com">raw link</a>',
  '<iframe src="https://example.com"></iframe>',
  "<style>body{display:none}</style>",
  "`<b>code</b>` and ```\n<script>x</script>\n```",
  '```html\n<script>window.__pwned = 1</script>\n<img src=x onerror="window.__pwned = 1">\n```',
  "```js\ndocument.body.innerHTML = '<img src=x onerror=alert(1)>';\n```",
  '```"><img src=x onerror=alert(1)>\nlet a = 1;\n```',
  "```<script>alert(1)</script>\nx\n```",
  '~~~ javascript" onmouseover="alert(1)\nx\n~~~',
];

describe("renderMarkdown", () => {
  it("renders the usual Markdown", () => {
    const el = rendered("# Title\n\n**bold** and *it*\n\n- one\n- two\n\n```rust\nfn main() {}\n```");
    expect(el.querySelector("h1")?.textContent).toBe("Title");
    expect(el.querySelector("strong")?.textContent).toBe("bold");
    expect(el.querySelectorAll("li")).toHaveLength(2);
    expect(el.querySelector("pre code")?.textContent).toBe("fn main() {}\n");
  });

  it("highlights fenced code of a known language and gives it a Copy button", () => {
    setLanguage("en-US");
    const el = rendered('```rust\nfn main() { let s = "hi"; } // done\n```');
    const block = el.querySelector(".code-block");
    expect(block?.querySelector(".code-language")?.textContent).toBe("rust");
    expect(block?.querySelector("button.code-copy")?.textContent).toBe("Copy code");
    expect(block?.querySelector(".hljs-keyword")?.textContent).toBe("fn");
    expect(block?.querySelector(".hljs-string")?.textContent).toBe('"hi"');
    expect(block?.querySelector(".hljs-comment")?.textContent).toBe("// done");
    expect(block?.querySelector("code")?.textContent).toBe('fn main() { let s = "hi"; } // done\n');
    setLanguage("ja");
    expect(rendered("```\nx\n```").querySelector("button.code-copy")?.textContent).toBe("コードをコピー");
    setLanguage("en-US");
  });

  it("shows code of an unknown or missing language as plain text", () => {
    const plain = rendered("```\n<b>x</b> & y\n```");
    expect(plain.querySelector(".code-language")).toBeNull();
    expect(plain.querySelector("code")?.innerHTML).toBe("&lt;b&gt;x&lt;/b&gt; &amp; y\n");
    const toml = rendered('```toml\nmodel = "qwen"\n```');
    expect(toml.querySelector(".code-language")?.textContent).toBe("toml");
    expect(toml.querySelector("code")?.textContent).toBe('model = "qwen"\n');
  });

  it("keeps a hostile fence and its info string as text", () => {
    const fence = rendered("```html\n<script>window.__pwned = 1</script>\n```");
    expect(fence.querySelector("code")?.textContent).toBe("<script>window.__pwned = 1</script>\n");
    const info = rendered('```"><img src=x onerror=alert(1)>\nlet a = 1;\n```');
    expect(info.querySelector(".code-language")).toBeNull();
    expect(info.innerHTML).not.toContain("onerror=alert");
    expect(info.querySelector("code")?.textContent).toBe("let a = 1;\n");
  });

  it("makes bold work next to CJK punctuation", () => {
    expect(rendered("これは**強調**。").querySelector("strong")?.textContent).toBe("強調");
    expect(rendered("**「東京」**です").querySelector("strong")?.textContent).toBe("「東京」");
  });

  it("keeps every hostile input inert", () => {
    for (const text of HOSTILE) {
      const el = rendered(text);
      expect(el.querySelector("script, img, svg, iframe, style, a, object, embed, form, input"), text).toBeNull();
      for (const node of el.querySelectorAll("*")) {
        for (const attr of node.getAttributeNames()) {
          expect(attr.startsWith("on"), `${text}: ${attr}`).toBe(false);
          expect(["href", "src"]).not.toContain(attr);
        }
      }
    }
  });

  it("isolates file paths and quotes in the prose, not in code", () => {
    const el = rendered("بعد تعديل /home/mai/a.toml أعد التشغيل.\n\n`/etc/x` و\n\n```\n/usr/bin/y\n```");
    expect([...el.querySelectorAll("bdi")].map((b) => b.textContent)).toEqual(["/home/mai/a.toml"]);
    expect(el.querySelector("p")?.textContent).toBe("بعد تعديل /home/mai/a.toml أعد التشغيل.");
    expect(rendered("a <b>/x</b> & /y<z").innerHTML).toBe(
      "<p>a &lt;b&gt;<bdi>/x</bdi>&lt;/b&gt; &amp; <bdi>/y</bdi>&lt;z</p>\n",
    );
  });

  it("shows images as their alt text and links as text", () => {
    const el = rendered("![a cat](https://x/cat.png) [docs](https://example.com)");
    expect(el.querySelector(".md-image")?.textContent).toBe("a cat");
    expect(el.querySelector(".md-link")?.getAttribute("title")).toBe("https://example.com");
  });
});
