// The personas shipped with Hearth: named system prompts, each written in every language
// (locales/<lang>/personas.ftl). Only a prompt's text is ever stored, so a persona is recognised
// by its text, in whichever language it was chosen.
import { availableLanguages, language, t, textIn } from "./i18n";

export const PERSONAS = ["general", "translator", "programming", "business", "summary"] as const;

export type Persona = (typeof PERSONAS)[number];

/** The menu's value for a prompt that is no persona's: whatever the user wrote. */
export const CUSTOM = "custom";

/** The menu's value for no prompt of the conversation's own: the default one is used. */
export const DEFAULT = "default";

export type PersonaChoice = Persona | typeof CUSTOM | typeof DEFAULT;

/** The persona's name in `lang` (the window's language unless given). */
export const personaName = (persona: Persona, lang = language()) => textIn(lang, `persona-${persona}-name`);

/** The persona's system prompt in `lang` (the window's language unless given). */
export const personaPrompt = (persona: Persona, lang = language()) => textIn(lang, `persona-${persona}-prompt`);

/** The persona whose prompt, in any shipped language, is `prompt` (spaces around it aside), or null. */
export function personaOf(prompt: string): Persona | null {
  const text = prompt.trim();
  if (text === "") return null;
  return PERSONAS.find((persona) => availableLanguages.some((lang) => personaPrompt(persona, lang) === text)) ?? null;
}

/** The persona menu in the window's language: Default, Custom, then every persona. */
export function personaChoices(): { value: PersonaChoice; label: string }[] {
  return [
    { value: DEFAULT, label: t("settings-persona-default") },
    { value: CUSTOM, label: t("settings-persona-custom") },
    ...PERSONAS.map((persona) => ({ value: persona, label: personaName(persona) })),
  ];
}
