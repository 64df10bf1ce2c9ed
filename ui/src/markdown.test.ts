// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
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
  "<iframe src=\"https://example.com\"></iframe>",
  "<style>body{display:none}</style>",
  "`<b>code</b>` and ```\n<script>x</script>\n```",
];

describe("renderMarkdown", () => {
  it("renders the usual Markdown", () => {
    const el = rendered("# Title\n\n**bold** and *it*\n\n- one\n- two\n\n```rust\nfn main() {}\n```");
    expect(el.querySelector("h1")?.textContent).toBe("Title");
    expect(el.querySelector("strong")?.textContent).toBe("bold");
    expect(el.querySelectorAll("li")).toHaveLength(2);
    expect(el.querySelector("pre code")?.textContent).toBe("fn main() {}\n");
  });

  it("makes bold work next to CJK punctuation", () => {
    expect(rendered("これは**強調**。").querySelector("strong")?.textContent).toBe("強調");
    expect(rendered("**「東京」**です").querySelector("strong")?.textContent).toBe("「東京」");
  });

  it("keeps every hostile input inert", () => {
    for (const text of HOSTILE) {
      const el = rendered(text);
      expect(el.querySelector("script, img, svg, iframe, style, a, object, embed"), text).toBeNull();
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
    expect(rendered("a <b>/x</b> & /y<z").innerHTML).toBe("<p>a &lt;b&gt;<bdi>/x</bdi>&lt;/b&gt; &amp; <bdi>/y</bdi>&lt;z</p>\n");
  });

  it("shows images as their alt text and links as text", () => {
    const el = rendered("![a cat](https://x/cat.png) [docs](https://example.com)");
    expect(el.querySelector(".md-image")?.textContent).toBe("a cat");
    expect(el.querySelector(".md-link")?.getAttribute("title")).toBe("https://example.com");
  });
});
