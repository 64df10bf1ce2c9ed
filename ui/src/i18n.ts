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

function bundleFor(lang: string): FluentBundle {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  for (const [path, source] of Object.entries(sources)) {
    if (langOf(path) === lang) {
      bundle.addResource(new FluentResource(source));
    }
  }
  return bundle;
}

let current = bundleFor("en-US");

/** Switches the language of every later `t()` call and of `<html lang>`. */
export function setLanguage(lang: string): void {
  const chosen = availableLanguages.includes(lang) ? lang : "en-US";
  current = bundleFor(chosen);
  document.documentElement.lang = chosen;
  document.documentElement.dir = chosen === "ar" ? "rtl" : "ltr";
}

/** A language's name for itself ("日本語"), from its own locale files. */
export function nameOf(lang: string): string {
  const bundle = bundleFor(lang);
  const message = bundle.getMessage("language-name");
  return message?.value ? bundle.formatPattern(message.value) : lang;
}

/** Formats message `id`; an unknown id is shown as itself so it is easy to spot. */
export function t(id: string, args?: Args): string {
  const message = current.getMessage(id);
  if (!message?.value) return id;
  return current.formatPattern(message.value, args);
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
