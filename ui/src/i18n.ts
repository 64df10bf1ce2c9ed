// Fluent in the web UI. The FTL files are the same ones Rust embeds (locales/<lang>/*.ftl),
// bundled at build time by Vite.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

const sources = import.meta.glob("../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

export type Args = Record<string, FluentVariable>;

function langOf(path: string): string {
  const parts = path.split("/");
  return parts[parts.length - 2];
}

export const availableLanguages: string[] = [...new Set(Object.keys(sources).map(langOf))].sort();

/** Languages written right to left, for engines without Intl.Locale text info. */
const RIGHT_TO_LEFT = new Set(["ar", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "syr", "ug", "ur", "yi"]);

type TextInfo = { direction?: string };
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };

/** The direction `lang` is written in, from Intl where the engine knows it. */
export function directionOf(lang: string): "ltr" | "rtl" {
  const locale = new Intl.Locale(lang) as LocaleWithTextInfo;
  const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
  if (direction === "rtl" || direction === "ltr") return direction;
  return RIGHT_TO_LEFT.has(locale.language) ? "rtl" : "ltr";
}

/** Each language's messages, parsed once. */
const bundles = new Map<string, FluentBundle>();

function bundleFor(lang: string): FluentBundle {
  const known = bundles.get(lang);
  if (known) return known;
  // In right-to-left text, a path or a Latin title put into a message must be isolated, or its
  // slashes and punctuation are drawn on the wrong side. Left-to-right languages keep plain text.
  const bundle = new FluentBundle(lang, { useIsolating: directionOf(lang) === "rtl" });
  for (const [path, source] of Object.entries(sources)) {
    if (langOf(path) === lang) {
      bundle.addResource(new FluentResource(source));
    }
  }
  bundles.set(lang, bundle);
  return bundle;
}

let current = bundleFor("en-US");
let currentLanguage = "en-US";

/** Switches the language of every later `t()` call and of `<html lang dir>`. */
export function setLanguage(lang: string): void {
  const chosen = availableLanguages.includes(lang) ? lang : "en-US";
  current = bundleFor(chosen);
  currentLanguage = chosen;
  document.documentElement.lang = chosen;
  document.documentElement.dir = directionOf(chosen);
}

/** The language the window is shown in, for Intl formats. */
export function language(): string {
  return currentLanguage;
}

/** A language's name for itself ("日本語"), from its own locale files. */
export function nameOf(lang: string): string {
  const bundle = bundleFor(lang);
  const message = bundle.getMessage("language-name");
  return message?.value ? bundle.formatPattern(message.value) : lang;
}

function format(bundle: FluentBundle, id: string, args?: Args): string {
  const message = bundle.getMessage(id);
  if (!message?.value) return id;
  return bundle.formatPattern(message.value, args);
}

/** Formats message `id`; an unknown id is shown as itself so it is easy to spot. */
export function t(id: string, args?: Args): string {
  return format(current, id, args);
}

/** Formats message `id` in `lang`, whatever the window's language. */
export function textIn(lang: string, id: string, args?: Args): string {
  return format(bundleFor(lang), id, args);
}

/** Fills every `[data-l10n-id]` element (or its `data-l10n-attr` attribute) under `root`. */
export function translateTree(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>("[data-l10n-id]")) {
    const text = t(el.dataset.l10nId ?? "");
    const attr = el.dataset.l10nAttr;
    if (attr) el.setAttribute(attr, text);
    else el.textContent = text;
  }
}

/** The translated text of an error sent by the backend as `{ code, args }`. */
export function errorText(error: unknown): string {
  if (error && typeof error === "object" && "code" in error) {
    const { code, args } = error as { code: string; args?: Args };
    return t(`error-${code}`, args);
  }
  return String(error);
}
