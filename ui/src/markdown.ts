// Model output as Markdown, rendered so that nothing in it can run or load: raw HTML is
// escaped (markdown-it with html: false), images are shown as their alt text, and links are
// plain text with the address in a tooltip (the window must never navigate away, and there
// is nowhere to go offline). Emphasis next to CJK punctuation (**強調**。) follows the
// CJK-friendly rule. A file path or a quoted run in the prose is isolated (<bdi>), so it reads
// in its own direction inside text of the other. Fenced code is highlighted by highlight.js
// (which escapes what it is given) and gets a Copy button, handled by the thread; the fence's
// info string is only ever shown as escaped text. The same renderer serves streaming and
// finished replies.
import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import c from "highlight.js/lib/languages/c";
import cpp from "highlight.js/lib/languages/cpp";
import css from "highlight.js/lib/languages/css";
import go from "highlight.js/lib/languages/go";
import ini from "highlight.js/lib/languages/ini";
import java from "highlight.js/lib/languages/java";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import markdown from "highlight.js/lib/languages/markdown";
import python from "highlight.js/lib/languages/python";
import rust from "highlight.js/lib/languages/rust";
import sql from "highlight.js/lib/languages/sql";
import typescript from "highlight.js/lib/languages/typescript";
import xml from "highlight.js/lib/languages/xml";
import yaml from "highlight.js/lib/languages/yaml";
import MarkdownIt from "markdown-it";
import cjkFriendly from "markdown-it-cjk-friendly";
import { t } from "./i18n";
import { splitIsolated } from "./isolate";

// Each brings its usual aliases (js, ts, sh, py, rs, html, yml, md, c++, toml…).
const LANGUAGES = {
  bash,
  c,
  cpp,
  css,
  go,
  ini,
  java,
  javascript,
  json,
  markdown,
  python,
  rust,
  sql,
  typescript,
  xml,
  yaml,
};
for (const [name, language] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, language);

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });
md.use(cjkFriendly);

md.renderer.rules.image = (tokens, index) =>
  `<span class="md-image">${md.utils.escapeHtml(tokens[index].content)}</span>`;
md.renderer.rules.link_open = (tokens, index) => {
  const href = String(tokens[index].attrGet("href") ?? "");
  return `<span class="md-link" title="${md.utils.escapeHtml(href)}">`;
};
md.renderer.rules.link_close = () => "</span>";
md.renderer.rules.text = (tokens, index) =>
  splitIsolated(tokens[index].content)
    .map((part) => (part.isolated ? `<bdi>${md.utils.escapeHtml(part.text)}</bdi>` : md.utils.escapeHtml(part.text)))
    .join("");

/** A fence's language as written ("rust" in ```rust title="x"), when it looks like a name at all. */
function fenceLanguage(info: string): string {
  const word = info.trim().split(/\s+/, 1)[0].toLowerCase();
  return /^[\w+#.-]{1,24}$/.test(word) ? word : "";
}

md.renderer.rules.fence = (tokens, index) => {
  const { content, info } = tokens[index];
  const language = fenceLanguage(info);
  const code = hljs.getLanguage(language)
    ? hljs.highlight(content, { language, ignoreIllegals: true }).value
    : md.utils.escapeHtml(content);
  const label = language === "" ? "" : `<span class="code-language">${md.utils.escapeHtml(language)}</span>`;
  const copy = `<button type="button" class="code-copy" data-testid="code-copy">${md.utils.escapeHtml(t("code-copy"))}</button>`;
  // The block can scroll sideways, so the keyboard can reach it.
  return `<div class="code-block"><div class="code-head">${label}${copy}</div><pre tabindex="0"><code>${code}</code></pre></div>\n`;
};

export function renderMarkdown(text: string): string {
  return md.render(text);
}
