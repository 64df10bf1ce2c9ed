// The sampling fields of a form: a conversation's settings, or the window's default sampling
// in Preferences. Each is a labelled number field, with a hint (the value it falls back to)
// and, when refused, a message saying what it takes.
import { t } from "./i18n";
import type { Sampling } from "./ipc";
import { FIELDS, fieldText, invalidText, type Field, type Limits } from "./settings-form";

interface FieldParts {
  input: HTMLInputElement;
  hint: HTMLSpanElement;
  message: HTMLSpanElement;
}

export class SamplingFields {
  /** One row a field, for the form's fieldset. */
  readonly rows: HTMLDivElement[];
  private readonly parts = new Map<Field, FieldParts>();

  /** Ids start with `prefix` (#settings-top-p); `edited` runs as the user types in a field. */
  constructor(prefix: string, edited: (field: Field) => void) {
    this.rows = FIELDS.map((limits) => this.row(limits, prefix, edited));
  }

  private row(limits: Limits, prefix: string, edited: (field: Field) => void): HTMLDivElement {
    const id = `${prefix}-${limits.field.replaceAll("_", "-")}`;
    const row = document.createElement("div");
    row.className = "settings-field";
    const label = document.createElement("label");
    label.htmlFor = id;
    label.dataset.l10nId = limits.label;
    const input = document.createElement("input");
    input.type = "number";
    input.id = id;
    input.dataset.testid = id;
    input.min = String(limits.min);
    input.max = String(limits.max);
    input.step = String(limits.step);
    input.inputMode = limits.whole ? "numeric" : "decimal";
    const hint = document.createElement("span");
    hint.className = "settings-hint";
    hint.id = `${id}-default`;
    const message = document.createElement("span");
    message.className = "settings-invalid";
    message.id = `${id}-invalid`;
    message.hidden = true;
    input.setAttribute("aria-describedby", `${hint.id} ${message.id}`);
    input.addEventListener("input", () => edited(limits.field));
    row.append(label, input, hint, message);
    this.parts.set(limits.field, { input, hint, message });
    return row;
  }

  /** Puts `sampling`'s values in the fields. */
  fill(sampling: Sampling): void {
    for (const limits of FIELDS) {
      const parts = this.parts.get(limits.field);
      if (parts) parts.input.value = fieldText(sampling[limits.field], limits);
    }
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
      const parts = this.parts.get(limits.field);
      if (!parts) continue;
      parts.hint.textContent = t(hint, { value: fallback[limits.field] });
      const bad = invalid.has(limits.field);
      parts.input.setAttribute("aria-invalid", String(bad));
      parts.message.hidden = !bad;
      parts.message.textContent = bad ? invalidText(limits) : "";
    }
  }

  focus(field: Field): void {
    this.parts.get(field)?.input.focus();
  }
}
