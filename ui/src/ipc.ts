// Typed calls to the Rust shell (src-tauri/src/commands.rs). Replies stream over a Channel.
import { Channel, invoke } from "@tauri-apps/api/core";

export interface BackendError {
  code: string;
  args: Record<string, string>;
}

export interface AppInfo {
  uiLanguage: string;
  languages: string[];
  model: { name: string; displayName: string; path: string; problem: BackendError | null };
  dataDir: string;
}

export interface Conversation {
  id: number;
  title: string;
  updated_at: number;
}

export type MessageState = "streaming" | "complete" | "stopped" | "interrupted" | "failed";

export interface Message {
  id: number;
  role: "user" | "assistant" | "system";
  content: string;
  state: MessageState;
  completion_tokens: number | null;
  decode_tok_s: number | null;
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

export const appInfo = () => invoke<AppInfo>("app_info");
export const listConversations = () => invoke<Conversation[]>("list_conversations");
export const conversationMessages = (conversationId: number) =>
  invoke<Message[]>("conversation_messages", { conversationId });
export interface SearchHit {
  conversation_id: number;
  conversation_title: string;
  message_id: number;
  role: string;
  snippet: { text: string; hit: boolean }[];
}

export const searchMessages = (query: string, ignoreDiacritics: boolean) =>
  invoke<SearchHit[]>("search_messages", { query, ignoreDiacritics });
export const setLanguage = (language: string) => invoke<string>("set_language", { language });
export const stopGeneration = (conversationId: number) =>
  invoke<void>("stop_generation", { conversationId });

export function sendMessage(
  conversationId: number | null,
  text: string,
  onEvent: (event: StreamEvent) => void,
): Promise<SendReceipt> {
  const channel = new Channel<StreamEvent>();
  channel.onmessage = onEvent;
  return invoke<SendReceipt>("send_message", { conversationId, text, onEvent: channel });
}
