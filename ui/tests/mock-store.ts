// The mock backend's store: conversations, and their messages as a tree. Each parent remembers
// which child is shown, so a thread is the path from the root through the chosen children, and
// `alternatives` are a message's siblings. Deleting is soft for conversations (restorable) and
// final for messages. Timestamps are milliseconds since the epoch, from the page's clock, and
// always increase.
import type { CommandError, Message } from "../src/ipc";
import type { SeedMessage, StoredConversation, StoredMessage } from "./mock-types";

export const conversations: StoredConversation[] = [];
export const messages: StoredMessage[] = [];
/** `${conversationId}/${parentId ?? "root"}` → the id of the child shown. */
export const chosen = new Map<string, number>();
let nextId = 1;
export const loaded = Date.now();
let clock = loaded;
export const now = () => {
  clock = Math.max(clock + 1, Date.now());
  return clock;
};

const notFound = (id: number): CommandError => ({ code: "conversation-not-found", args: { id: String(id) } });
const messageNotFound = (id: number): CommandError => ({ code: "message-not-found", args: { id: String(id) } });

export function conversation(id: number, { deleted = false } = {}): StoredConversation {
  const c = conversations.find((c) => c.id === id && (deleted || !c.deleted));
  if (!c) throw notFound(id);
  return c;
}

export function message(id: number): StoredMessage {
  const m = messages.find((m) => m.id === id && !m.deleted);
  if (!m) throw messageNotFound(id);
  return m;
}

export const key = (conversationId: number, parentId: number | null) => `${conversationId}/${parentId ?? "root"}`;
const siblings = (conversationId: number, parentId: number | null) =>
  messages.filter((m) => m.conversationId === conversationId && m.parentId === parentId && !m.deleted);

export function thread(conversationId: number): (StoredMessage & Pick<Message, "alternatives">)[] {
  const out = [];
  let parent: number | null = null;
  for (;;) {
    const children = siblings(conversationId, parent);
    if (children.length === 0) return out;
    const pick =
      children.find((m) => m.id === chosen.get(key(conversationId, parent))) ?? children[children.length - 1];
    out.push({ ...pick, alternatives: children.map((m) => m.id) });
    parent = pick.id;
  }
}

export function add(
  conversationId: number,
  parentId: number | null,
  role: Message["role"],
  content: string,
  state: Message["state"] = "complete",
  at = now(),
): StoredMessage {
  const m: StoredMessage = {
    id: nextId++,
    conversationId,
    parentId,
    role,
    content,
    state,
    createdAt: at,
    updatedAt: at,
    promptTokens: null,
    completionTokens: null,
    decodeTokS: null,
    deleted: false,
  };
  messages.push(m);
  chosen.set(key(conversationId, parentId), m.id);
  conversation(conversationId).updatedAt = at;
  return m;
}

export function create(title: string, uid = `uid-${nextId}`, at = now()): StoredConversation {
  const c: StoredConversation = {
    id: nextId++,
    uid,
    title,
    systemPrompt: null,
    model: "qwen",
    sampling: null,
    pinned: false,
    createdAt: at,
    updatedAt: at,
    deleted: false,
  };
  conversations.push(c);
  return c;
}

/** Adds `list` as a chain; with `end`, a minute apart up to that time. */
export function fill(c: StoredConversation, list: SeedMessage[], end?: number): void {
  let parent: number | null = null;
  list.forEach((m, i) => {
    const at = end === undefined ? now() : end - (list.length - 1 - i) * 60_000;
    parent = add(c.id, parent, m.role, m.content, m.state, at).id;
  });
}

export const visible = ({ deleted: _, ...rest }: StoredConversation) => rest;
export const shown = (list: ReturnType<typeof thread>): Message[] => list.map(({ deleted: _, ...rest }) => rest);
