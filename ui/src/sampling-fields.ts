// The sampling fields of a form: a conversation's settings, or the window's default sampling
// in Preferences. Each number is a labelled number field, and the stop texts a small text box
// (one a line), each with a hint (the value it falls back to) and, when refused, a message
// saying what it takes.
import { t } from "./i18n";
import type { Sampling } from "./ipc";
import {
  FIELDS,
  type Field,
  fieldText,
  invalidStopText,
  invalidText,
  type Limits,
  STOP,
  stopHint,
  stopText,
} from "./settings-form";

interface FieldParts {
  input: HTMLInputElement | HTMLTextAreaElement;
  hint: HTMLSpanElement;
  message: HTMLSpanElement;
}

function numberInput(limits: Limits): HTMLInputElement {
  const input = document.createElement("input");
  input.type = "number";
  input.min = String(limits.min);
  input.max = String(limits.max);
  input.step = String(limits.step);
  input.inputMode = limits.whole ? "numeric" : "decimal";
  return input;
}

function hintSpan(id: string, className: string): HTMLSpanElement {
  const span = document.createElement("span");
  span.className = className;
  span.id = id;
  return span;
}

export class SamplingFields {
  /** One row a field, for the form's fieldset. */
  readonly rows: HTMLDivElement[];
  private readonly parts = new Map<Field, FieldParts>();

  /** Ids start with `prefix` (#settings-top-p); `edited` runs as the user types in a field. */
  constructor(prefix: string, edited: (field: Field) => void) {
    this.rows = [
      ...FIELDS.map((limits) => this.row(prefix, limits.field, limits.label, numberInput(limits), edited)),
      this.stopRow(prefix, edited),
    ];
  }

  private row(
    prefix: string,
    field: Field,
    labelId: string,
    input: HTMLInputElement | HTMLTextAreaElement,
    edited: (field: Field) => void,
  ): HTMLDivElement {
    const id = `${prefix}-${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
    const row = document.createElement("div");
    row.className = "settings-field";
    const label = document.createElement("label");
    label.htmlFor = id;
    label.dataset.l10nId = labelId;
    input.id = id;
    input.dataset.testid = id;
    const hint = hintSpan(`${id}-default`, "settings-hint");
    const message = hintSpan(`${id}-invalid`, "settings-invalid");
    message.hidden = true;
    input.setAttribute("aria-describedby", `${hint.id} ${message.id}`);
    input.addEventListener("input", () => edited(field));
    row.append(label, input, hint, message);
    this.parts.set(field, { input, hint, message });
    return row;
  }

  /** The stop texts' row, across the fieldset, with a line saying how they are typed. */
  private stopRow(prefix: string, edited: (field: Field) => void): HTMLDivElement {
    const box = document.createElement("textarea");
    box.rows = 2;
    box.spellcheck = false;
    const row = this.row(prefix, "stop", STOP.label, box, edited);
    row.classList.add("settings-stop");
    const help = hintSpan(`${box.id}-help`, "settings-hint");
    help.dataset.l10nId = "settings-stop-hint";
    box.after(help);
    box.setAttribute("aria-describedby", `${help.id} ${box.getAttribute("aria-describedby")}`);
    return row;
  }

  /** Puts `sampling`'s values in the fields. */
  fill(sampling: Sampling): void {
    for (const limits of FIELDS) {
      const parts = this.parts.get(limits.field);
      if (parts) parts.input.value = fieldText(sampling[limits.field], limits);
    }
    const stop = this.parts.get("stop");
    if (stop) stop.input.value = stopText(sampling.stop);
  }

  /** Each field as typed. */
  values(): Record<Field, string> {
    const values = {} as Record<Field, string>;
    for (const [field, parts] of this.parts) values[field] = parts.input.value;
    return values;
  }

  /** Draws each hint (Fluent id `hint` with the field's value in `fallback`) and the refused fields' messages. */
  render(hint: string, fallback: Sampling, invalid: ReadonlySet<Field>): void {
    for (const limits of FIELDS) {
      this.show(
        limits.field,
        t(hint, { value: fallback[limits.field] }),
        invalid.has(limits.field) ? invalidText(limits) : null,
      );
    }
    this.show("stop", t(hint, { value: stopHint(fallback.stop) }), invalid.has("stop") ? invalidStopText() : null);
  }

  /** Puts `hint` under a field, and `refused` (null: nothing is wrong) under that. */
  private show(field: Field, hint: string, refused: string | null): void {
    const parts = this.parts.get(field);
    if (!parts) return;
    parts.hint.textContent = hint;
    parts.input.setAttribute("aria-invalid", String(refused !== null));
    parts.message.hidden = refused === null;
    parts.message.textContent = refused ?? "";
  }

  focus(field: Field): void {
    this.parts.get(field)?.input.focus();
  }
}
