// Typed calls to the Rust shell (src-tauri/src/commands/). Replies stream over a Channel.
// Every type that crosses IPC is generated from its Rust definition into ./bindings (see
// src-tauri/src/bindings.rs); this file adds the commands: their names, arguments and results.
import { Channel, invoke } from "@tauri-apps/api/core";
import type { AppInfo } from "./bindings/AppInfo";
import type { AppSettings } from "./bindings/AppSettings";
import type { CommandError } from "./bindings/CommandError";
import type { Conversation } from "./bindings/Conversation";
import type { ExportFormat } from "./bindings/ExportFormat";
import type { ImportSummary } from "./bindings/ImportSummary";
import type { LockState } from "./bindings/LockState";
import type { Message } from "./bindings/Message";
import type { ModelsOverview } from "./bindings/ModelsOverview";
import type { ModelView } from "./bindings/ModelView";
import type { Sampling } from "./bindings/Sampling";
import type { Saved } from "./bindings/Saved";
import type { SearchHit } from "./bindings/SearchHit";
import type { SendReceipt } from "./bindings/SendReceipt";
import type { SettingsView } from "./bindings/SettingsView";
import type { StreamEvent } from "./bindings/StreamEvent";

export type { GenerationStats } from "./bindings/GenerationStats";
export type { MessageState } from "./bindings/MessageState";
export type { Recovery } from "./bindings/Recovery";
export type {
  AppInfo,
  AppSettings,
  CommandError,
  Conversation,
  ExportFormat,
  ImportSummary,
  LockState,
  Message,
  ModelsOverview,
  ModelView,
  Sampling,
  Saved,
  SearchHit,
  SendReceipt,
  SettingsView,
  StreamEvent,
};

/** What set_conversation_settings stores; null puts a setting back to its default. */
export type SettingsChange = Pick<SettingsView, "systemPrompt" | "model" | "sampling">;

type NoArgs = Record<string, never>;
type Streamed<Args> = Args & { onEvent: Channel<StreamEvent> };

/**
 * Every command: the arguments it takes (named in camelCase, which Tauri maps to the Rust
 * parameters) and what it returns (null for nothing). The Playwright mock implements the same.
 */
export type Commands = {
  lock_state: { args: NoArgs; result: LockState };
  unlock: { args: { passphrase: string }; result: null };
  set_passphrase: { args: { passphrase: string | null }; result: null };
  app_info: { args: NoArgs; result: AppInfo };
  set_language: { args: { language: string }; result: string };
  set_window_title: { args: { title: string }; result: null };
  models_overview: { args: NoArgs; result: ModelsOverview };
  import_model: { args: NoArgs; result: ModelView | null };
  remove_model: { args: { name: string }; result: null };
  set_default_model: { args: { name: string }; result: null };
  app_settings: { args: NoArgs; result: AppSettings };
  set_default_sampling: { args: { sampling: Sampling | null }; result: null };
  list_conversations: { args: NoArgs; result: Conversation[] };
  rename_conversation: { args: { conversationId: number; title: string }; result: Conversation };
  pin_conversation: { args: { conversationId: number; pinned: boolean }; result: null };
  delete_conversation: { args: { conversationId: number }; result: null };
  restore_conversation: { args: { conversationId: number }; result: null };
  conversation_settings: { args: { conversationId: number }; result: SettingsView };
  set_conversation_settings: { args: { conversationId: number } & SettingsChange; result: null };
  conversation_messages: { args: { conversationId: number }; result: Message[] };
  choose_alternative: { args: { messageId: number }; result: Message[] };
  delete_message: { args: { messageId: number }; result: null };
  search_messages: { args: { query: string; ignoreDiacritics: boolean }; result: SearchHit[] };
  stop_generation: { args: { conversationId: number }; result: null };
  send_message: { args: Streamed<{ conversationId: number | null; text: string }>; result: SendReceipt };
  regenerate: { args: Streamed<{ messageId: number }>; result: SendReceipt };
  edit_message: { args: Streamed<{ messageId: number; text: string }>; result: SendReceipt };
  export_conversations: { args: { conversationId: number | null; format: ExportFormat }; result: Saved | null };
  import_conversations: { args: NoArgs; result: ImportSummary | null };
  backup_now: { args: NoArgs; result: Saved };
  open_log_folder: { args: NoArgs; result: null };
};

export type Command = keyof Commands;

const call = <C extends Command>(command: C, args: Commands[C]["args"]) => invoke<Commands[C]["result"]>(command, args);

export const lockState = () => call("lock_state", {});
export const unlock = (passphrase: string) => call("unlock", { passphrase });
/** Encrypts the conversations with `passphrase` (or changes it); null removes the encryption. */
export const setPassphrase = (passphrase: string | null) => call("set_passphrase", { passphrase });

export const appInfo = () => call("app_info", {});
export const setLanguage = (language: string) => call("set_language", { language });
export const setWindowTitle = (title: string) => call("set_window_title", { title });

export const modelsOverview = () => call("models_overview", {});
/** Opens the native Open dialog, checks the GGUF file and copies it in; null: the user cancelled. */
export const importModel = () => call("import_model", {});
export const removeModel = (name: string) => call("remove_model", { name });
export const setDefaultModel = (name: string) => call("set_default_model", { name });
export const appSettings = () => call("app_settings", {});
/** null goes back to the built-in sampling. */
export const setDefaultSampling = (sampling: Sampling | null) => call("set_default_sampling", { sampling });

export const listConversations = () => call("list_conversations", {});
export const renameConversation = (conversationId: number, title: string) =>
  call("rename_conversation", { conversationId, title });
export const pinConversation = (conversationId: number, pinned: boolean) =>
  call("pin_conversation", { conversationId, pinned });
export const deleteConversation = (conversationId: number) => call("delete_conversation", { conversationId });
export const restoreConversation = (conversationId: number) => call("restore_conversation", { conversationId });
export const conversationSettings = (conversationId: number) => call("conversation_settings", { conversationId });
export const setConversationSettings = (conversationId: number, change: SettingsChange) =>
  call("set_conversation_settings", { conversationId, ...change });

export const conversationMessages = (conversationId: number) => call("conversation_messages", { conversationId });
export const chooseAlternative = (messageId: number) => call("choose_alternative", { messageId });
export const deleteMessage = (messageId: number) => call("delete_message", { messageId });
export const searchMessages = (query: string, ignoreDiacritics: boolean) =>
  call("search_messages", { query, ignoreDiacritics });

export const stopGeneration = (conversationId: number) => call("stop_generation", { conversationId });

/** Anything that starts a reply streamed over `onEvent`: a new message, a regeneration, an edit. */
export type Generation = (onEvent: (event: StreamEvent) => void) => Promise<SendReceipt>;

type StreamingCommand = "send_message" | "regenerate" | "edit_message";

function streaming<C extends StreamingCommand>(command: C, args: Omit<Commands[C]["args"], "onEvent">): Generation {
  return (onEvent) => {
    const channel = new Channel<StreamEvent>();
    channel.onmessage = onEvent;
    return call(command, { ...args, onEvent: channel } as Commands[C]["args"]);
  };
}

export const sendMessage = (conversationId: number | null, text: string) =>
  streaming("send_message", { conversationId, text });
export const regenerate = (messageId: number) => streaming("regenerate", { messageId });
export const editMessage = (messageId: number, text: string) => streaming("edit_message", { messageId, text });

/** null: the user cancelled the Save dialog. `conversationId` null exports every conversation. */
export const exportConversations = (conversationId: number | null, format: ExportFormat) =>
  call("export_conversations", { conversationId, format });
/** null: the user cancelled the Open dialog. */
export const importConversations = () => call("import_conversations", {});
export const backupNow = () => call("backup_now", {});
/** Shows the folder of Hearth's log files in the system's file manager (for a bug report). */
export const openLogFolder = () => call("open_log_folder", {});
