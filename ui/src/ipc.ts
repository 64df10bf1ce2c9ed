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
  /** Prompt tokens still cached from the previous reply, not run again. */
  reused_tokens: number;
}

export type StreamEvent =
  /** `tokens` generated so far; `tokS` the rate since the first (null until there are two). */
  | { kind: "text"; delta: string; tokens: number; tokS: number | null }
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
  /** Drops tokens less likely than min_p × the most likely one (0: off). */
  min_p: number;
  /** Taken off the logit of every token the reply already used (0: off). */
  presence_penalty: number;
  /** The reply ends before the first of these texts, which is not shown. */
  stop: string[];
  max_tokens: number;
  seed: number;
}

/** A model of the catalog or an imported one; one not installed cannot be chosen. */
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

/** A model Hearth knows: from the catalog (installed or not) or imported from a file. */
export interface ModelView {
  /** The id every command takes. */
  name: string;
  /** The catalog's name, else the file's general.name, else `name`. */
  displayName: string;
  origin: "catalog" | "imported";
  /** Its file is on this computer (a catalog model's: complete). */
  installed: boolean;
  isDefault: boolean;
  /** Where its file is, or would be. */
  path: string;
  /** Bytes; the catalog's size when not installed. */
  fileSize: number;
  architecture: string;
  /** The catalog's label, such as "0.5B" (null for an imported model). */
  parameters: string | null;
  /** The weights counted in the file (installed only). */
  weights: number | null;
  quantization: string;
  /** The context the model was trained for, in tokens. */
  trainedContext: number | null;
  /** The context Hearth uses (installed only). */
  contextLimit: number | null;
  license: string | null;
  /** false: a base model, which answers as plain completion; null: unknown. */
  chatTemplate: boolean | null;
  /** Bytes of memory estimated for a full context (installed only). */
  memoryNeeded: number | null;
  /** Why an installed file cannot be used. */
  problem: BackendError | null;
  /** A catalog model's source of weights, e.g. "Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF". */
  upstream: string | null;
}

export interface ModelsOverview {
  /** The catalog first, in its order, then the imported models by name. */
  models: ModelView[];
  defaultModel: string;
  /** Bytes of memory free now; null when unknown. */
  memoryAvailable: number | null;
  memoryTotal: number | null;
  modelsDir: string;
}

/** The window's own settings: what a conversation without its own settings uses. */
export interface AppSettings {
  defaultModel: string;
  /** The default sampling in effect. */
  sampling: Sampling;
  /** Hearth's built-in values, which Reset goes back to. */
  builtinSampling: Sampling;
  /** Whether `sampling` was changed by the user. */
  customSampling: boolean;
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

export const modelsOverview = () => invoke<ModelsOverview>("models_overview");
/** Opens the native Open dialog, checks the GGUF file and copies it in; null: the user cancelled. */
export const importModel = () => invoke<ModelView | null>("import_model");
export const removeModel = (name: string) => invoke<null>("remove_model", { name });
export const setDefaultModel = (name: string) => invoke<null>("set_default_model", { name });
export const appSettings = () => invoke<AppSettings>("app_settings");
/** null goes back to the built-in sampling. */
export const setDefaultSampling = (sampling: Sampling | null) => invoke<null>("set_default_sampling", { sampling });

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
