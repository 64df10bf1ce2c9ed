// One model in the Models view: its name and badges, its facts, what stands in its way (a
// problem, too little free memory, a file not on this computer) and its actions, or the
// question asked before its file is deleted.
import { errorText, t } from "./i18n";
import type { ModelsOverview, ModelView } from "./ipc";
import { isolatedNodes } from "./isolate";
import { badgesOf, canMakeDefault, canRemove, factsOf, fileNameOf, needsMoreMemory, sizeText } from "./model-facts";

export interface CardActions {
  makeDefault: (model: ModelView) => void;
  /** Asks whether to delete the model's file. */
  askRemove: (model: ModelView) => void;
  /** The answer: keep it, or delete it. */
  keep: (model: ModelView) => void;
  remove: (model: ModelView) => void;
}

/** What the view is doing with the card's model. */
export type CardState = "idle" | "asking" | "working";

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = "",
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

function button(text: string, testid: string, className: string, run: () => void): HTMLButtonElement {
  const node = element("button", className, text);
  node.type = "button";
  node.dataset.testid = testid;
  node.addEventListener("click", run);
  return node;
}

function facts(model: ModelView): HTMLDListElement {
  const list = element("dl", "model-facts");
  for (const fact of factsOf(model)) {
    const row = document.createElement("div");
    row.dataset.testid = "model-fact";
    const value = element("dd", "");
    if (fact.latin) {
      // Isolated, not the whole cell: it stays lined up with the other values in a right-to-left window.
      const run = element("bdi", "", fact.value);
      run.dir = "ltr";
      value.append(run);
    } else value.textContent = fact.value;
    row.append(element("dt", "", t(fact.label)), value);
    list.append(row);
  }
  return list;
}

/** What keeps the model from answering, or may. */
function notes(model: ModelView, overview: ModelsOverview): HTMLParagraphElement[] {
  const out: HTMLParagraphElement[] = [];
  if (model.installed && model.problem !== null) {
    const problem = element("p", "model-note model-problem");
    problem.dataset.testid = "model-problem";
    problem.append(...isolatedNodes(errorText(model.problem)));
    out.push(problem);
  }
  if (needsMoreMemory(model, overview)) {
    const warning = element("p", "model-note model-warning", t("models-memory-warning"));
    warning.dataset.testid = "model-memory-warning";
    out.push(warning);
  }
  if (!model.installed)
    out.push(element("p", "model-note", t("models-not-installed", { file: fileNameOf(model.path) })));
  return out;
}

function actionsOf(model: ModelView, index: number, state: CardState, actions: CardActions): HTMLDivElement {
  const row = element("div", "model-actions");
  if (state === "idle") {
    if (canMakeDefault(model)) {
      row.append(
        button(t("models-make-default"), `model-default-${model.name}`, "primary", () => actions.makeDefault(model)),
      );
    }
    if (canRemove(model))
      row.append(button(t("models-remove"), `model-remove-${model.name}`, "caution", () => actions.askRemove(model)));
    return row;
  }
  const question = element(
    "p",
    "model-question",
    t("models-remove-question", { name: model.displayName, size: sizeText(model.fileSize) }),
  );
  question.id = `model-question-${index}`;
  row.classList.add("model-confirm");
  row.setAttribute("role", "group");
  row.setAttribute("aria-labelledby", question.id);
  const keep = button(t("models-remove-keep"), `model-keep-${model.name}`, "", () => actions.keep(model));
  const remove = button(t("models-remove-confirm"), `model-delete-${model.name}`, "danger", () =>
    actions.remove(model),
  );
  keep.disabled = remove.disabled = state === "working";
  row.append(question, keep, remove);
  return row;
}

/** The card of `model`, the `index`th of the list. */
export function modelCard(
  model: ModelView,
  index: number,
  overview: ModelsOverview,
  state: CardState,
  actions: CardActions,
): HTMLLIElement {
  const card = element("li", "model-card");
  card.dataset.testid = `model-${model.name}`;
  card.classList.toggle("is-default", model.isDefault);
  card.classList.toggle("is-missing", !model.installed);
  const name = element("h3", "model-name", model.displayName);
  name.dir = "auto";
  name.tabIndex = -1;
  name.dataset.testid = `model-name-${model.name}`;
  const badges = element("div", "model-badges");
  for (const badge of badgesOf(model)) {
    const tag = element("span", `badge badge-${badge.kind}`, badge.text);
    tag.dataset.testid = "model-badge";
    badges.append(tag);
  }
  const id = element("p", "model-id", model.name);
  id.dir = "ltr";
  const head = element("div", "model-head");
  head.append(name, badges);
  card.append(head, id, facts(model), ...notes(model, overview));
  const actionRow = actionsOf(model, index, state, actions);
  if (actionRow.childElementCount > 0) card.append(actionRow);
  return card;
}
