// Model output as Markdown, rendered so that nothing in it can run or load: raw HTML is
// escaped (markdown-it with html: false), images are shown as their alt text, and links are
// plain text with the address in a tooltip (the window must never navigate away, and there
// is nowhere to go offline). Emphasis next to CJK punctuation (**強調**。) follows the
// CJK-friendly rule. The same renderer serves streaming and finished replies.
import MarkdownIt from "markdown-it";
import cjkFriendly from "markdown-it-cjk-friendly";

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });
md.use(cjkFriendly);

md.renderer.rules.image = (tokens, index) =>
  `<span class="md-image">${md.utils.escapeHtml(tokens[index].content)}</span>`;
md.renderer.rules.link_open = (tokens, index) => {
  const href = String(tokens[index].attrGet("href") ?? "");
  return `<span class="md-link" title="${md.utils.escapeHtml(href)}">`;
};
md.renderer.rules.link_close = () => "</span>";

export function renderMarkdown(text: string): string {
  return md.render(text);
}
