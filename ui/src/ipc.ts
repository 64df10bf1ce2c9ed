// Typed calls to the Rust shell (src-tauri/src/commands.rs). Replies stream over a Channel.
import { Channel, invoke } from "@tauri-apps/api/core";

export interface BackendError {
  code: string;
  args: Record<string, string>;
}

/** The database was found damaged at start: where it was moved, and the backup restored (null: a new one). */
export interface Recovery {
  corruptPath: string;
  restoredFrom: string | null;
}

export interface AppInfo {
  uiLanguage: string;
  languages: string[];
  model: { name: string; displayName: string; path: string; problem: BackendError | null };
  dataDir: string;
  backupDir: string;
  recovery: Recovery | null;
  /** Whether the conversations are encrypted with a passphrase. */
  encrypted: boolean;
}

/** Whether the window must ask for the passphrase first; until then no other command works. */
export interface LockState {
  locked: boolean;
  /** The system's language: the one chosen in the window is kept inside the locked database. */
  uiLanguage: string;
  languages: string[];
}

export interface Conversation {
  id: number;
  uid: string;
  title: string;
  system_prompt: string | null;
  model: string | null;
  pinned: boolean;
  created_at: number;
  updated_at: number;
}

export type MessageState = "streaming" | "complete" | "stopped" | "interrupted" | "failed";

/** One message of the thread shown. `alternatives` are the ids of it and its siblings, oldest first. */
export interface Message {
  id: number;
  conversation_id: number;
  parent_id: number | null;
  role: "user" | "assistant" | "system";
  content: string;
  state: MessageState;
  created_at: number;
  updated_at: number;
  prompt_tokens: number | null;
  completion_tokens: number | null;
  decode_tok_s: number | null;
  alternatives: number[];
}

export interface GenerationStats {
  prompt_tokens: number;
  completion_tokens: number;
  prefill_tok_s: number;
  decode_tok_s: number;
  finish_reason: "stop" | "length" | "context_full" | "cancelled";
  dropped_messages: number;
  context_limit: number;
}

export type StreamEvent =
  | { kind: "text"; delta: string }
  | { kind: "done"; stats: GenerationStats }
  | { kind: "failed"; error: BackendError };

export interface SendReceipt {
  conversationId: number | null;
  userMessageId: number | null;
  replyMessageId: number | null;
}

export interface SearchHit {
  conversation_id: number;
  conversation_title: string;
  message_id: number;
  role: string;
  snippet: { text: string; hit: boolean }[];
}

/** How a reply is sampled, exactly as the backend serializes it. */
export interface Sampling {
  temperature: number;
  top_p: number;
  top_k: number;
  repeat_penalty: number;
  repeat_last_n: number;
  max_tokens: number;
  seed: number;
}

/** A model of the catalog; one not installed cannot be chosen. */
export interface CatalogModel {
  name: string;
  displayName: string;
  installed: boolean;
}

/** A conversation's own settings; null means the default, given in `defaults`. */
export interface ConversationSettings {
  systemPrompt: string | null;
  model: string | null;
  sampling: Sampling | null;
  defaults: { systemPrompt: string; sampling: Sampling; model: string };
  models: CatalogModel[];
}

/** What set_conversation_settings stores; null puts a setting back to its default. */
export interface SettingsChange {
  systemPrompt: string | null;
  model: string | null;
  sampling: Sampling | null;
}

export type ExportFormat = "json" | "md";

export interface ImportResult {
  conversations: number;
  messages: number;
  skipped: number;
}

export const lockState = () => invoke<LockState>("lock_state");
export const unlock = (passphrase: string) => invoke<null>("unlock", { passphrase });
/** Encrypts the conversations with `passphrase` (or changes it); null removes the encryption. */
export const setPassphrase = (passphrase: string | null) => invoke<null>("set_passphrase", { passphrase });

export const appInfo = () => invoke<AppInfo>("app_info");
export const setLanguage = (language: string) => invoke<string>("set_language", { language });
export const setWindowTitle = (title: string) => invoke<void>("set_window_title", { title });

export const listConversations = () => invoke<Conversation[]>("list_conversations");
export const renameConversation = (conversationId: number, title: string) =>
  invoke<Conversation>("rename_conversation", { conversationId, title });
export const pinConversation = (conversationId: number, pinned: boolean) =>
  invoke<null>("pin_conversation", { conversationId, pinned });
export const deleteConversation = (conversationId: number) =>
  invoke<null>("delete_conversation", { conversationId });
export const restoreConversation = (conversationId: number) =>
  invoke<null>("restore_conversation", { conversationId });
export const conversationSettings = (conversationId: number) =>
  invoke<ConversationSettings>("conversation_settings", { conversationId });
export const setConversationSettings = (conversationId: number, change: SettingsChange) =>
  invoke<null>("set_conversation_settings", { conversationId, ...change });

export const conversationMessages = (conversationId: number) =>
  invoke<Message[]>("conversation_messages", { conversationId });
export const chooseAlternative = (messageId: number) => invoke<Message[]>("choose_alternative", { messageId });
export const deleteMessage = (messageId: number) => invoke<null>("delete_message", { messageId });
export const searchMessages = (query: string, ignoreDiacritics: boolean) =>
  invoke<SearchHit[]>("search_messages", { query, ignoreDiacritics });

export const stopGeneration = (conversationId: number) => invoke<void>("stop_generation", { conversationId });

/** Anything that starts a reply streamed over `onEvent`: a new message, a regeneration, an edit. */
export type Generation = (onEvent: (event: StreamEvent) => void) => Promise<SendReceipt>;

function streaming(command: string, args: Record<string, unknown>): Generation {
  return (onEvent) => {
    const channel = new Channel<StreamEvent>();
    channel.onmessage = onEvent;
    return invoke<SendReceipt>(command, { ...args, onEvent: channel });
  };
}

export const sendMessage = (conversationId: number | null, text: string) =>
  streaming("send_message", { conversationId, text });
export const regenerate = (messageId: number) => streaming("regenerate", { messageId });
export const editMessage = (messageId: number, text: string) => streaming("edit_message", { messageId, text });

/** null: the user cancelled the Save dialog. `conversationId` null exports every conversation. */
export const exportConversations = (conversationId: number | null, format: ExportFormat) =>
  invoke<{ path: string } | null>("export_conversations", { conversationId, format });
/** null: the user cancelled the Open dialog. */
export const importConversations = () => invoke<ImportResult | null>("import_conversations");
export const backupNow = () => invoke<{ path: string }>("backup_now");
