// Model output as Markdown, rendered so that nothing in it can run or load: raw HTML is
// escaped (markdown-it with html: false), images are shown as their alt text, and links are
// plain text with the address in a tooltip (the window must never navigate away, and there
// is nowhere to go offline). Emphasis next to CJK punctuation (**強調**。) follows the
// CJK-friendly rule. A file path or a quoted run in the prose is isolated (<bdi>), so it reads
// in its own direction inside text of the other. The same renderer serves streaming and
// finished replies.
import MarkdownIt from "markdown-it";
import cjkFriendly from "markdown-it-cjk-friendly";
import { splitIsolated } from "./isolate";

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

export function renderMarkdown(text: string): string {
  return md.render(text);
}
