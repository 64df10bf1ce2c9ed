// The types shared by the mocked backend (mock-backend.ts and the modules it imports, built into
// one script for the page) and the specs that seed and drive it. The IPC types are the generated ones.
import type {
  Command,
  CommandError,
  Commands,
  Conversation,
  Message,
  MessageState,
  ModelView,
  Recovery,
  SettingsChange,
} from "../src/ipc";

/** A message of a seeded or imported conversation. */
export interface SeedMessage {
  role: "user" | "assistant";
  content: string;
  state?: MessageState;
}

/** A conversation the mock starts with: a chain of messages. */
export interface Seed {
  title: string;
  pinned?: boolean;
  /** Minutes since its last activity. */
  ago?: number;
  messages?: SeedMessage[];
  /** As set_conversation_settings takes them. */
  settings?: SettingsChange;
}

/** A conversation import_conversations adds, unless one with its uid is there. */
export interface Importable {
  uid: string;
  title: string;
  messages: SeedMessage[];
}

/** What the mock keeps of a conversation; deleted ones can be restored. */
export type StoredConversation = Conversation & { deleted: boolean };
/** What the mock keeps of a message; the thread adds its alternatives. */
export type StoredMessage = Omit<Message, "alternatives"> & { deleted: boolean };

/** A command as the mock implements it. */
export type Handler<C extends Command> = (
  args: Commands[C]["args"],
) => Commands[C]["result"] | Promise<Commands[C]["result"]>;
export type Handlers = { [C in Command]: Handler<C> };

/** The models' part of window.__mock (mock-models.ts). */
export interface ModelControls {
  memoryAvailable: number | null;
  memoryTotal: number | null;
  /** How long import_model takes. */
  importDelayMs: number;
  /** The ModelView import_model adds and returns, once; null: as if the Open dialog was cancelled. */
  importableModel: ModelView | null;
  /** The live list: the catalog, then the imported models. */
  models: ModelView[];
}

/** window.__mock: what the mock recorded, and what a spec may change after load. */
export interface MockControls extends ModelControls {
  calls: { cmd: string; args: Record<string, unknown> }[];
  /** The pieces of the next reply. */
  reply: string[];
  delayMs: number;
  dropped?: number;
  /** That command rejects with this error. */
  fail: Partial<Record<Command, CommandError>>;
  /** The next reply fails with this error after its first piece. */
  failStream?: CommandError;
  /** Export, import and import_model return null. */
  cancelDialog?: boolean;
  importable: Importable[];
  /** How long unlock and set_passphrase take. */
  keyDelayMs: number;
  windowTitle?: string;
  lastSearch?: { query: string; ignoreDiacritics: boolean };
  state: () => { conversations: StoredConversation[]; messages: StoredMessage[] };
}

/** Set on window before the page loads (page.addInitScript). */
export interface MockGlobals {
  __mockSeed?: Seed[];
  /** app_info().uiLanguage, and what set_language changes. */
  __mockLanguage?: string;
  __mockRecovery?: Recovery;
  /** The database is encrypted and not unlocked: every command but lock_state and unlock fails. */
  __mockLocked?: boolean;
  /** The database is encrypted (and unlocked, unless __mockLocked). */
  __mockEncrypted?: boolean;
  /** The passphrase that unlocks it (default "correct horse"). */
  __mockPassphrase?: string;
  /** lock_state().uiLanguage (default en-US). */
  __mockSystemLanguage?: string;
  /** Why the default model cannot be used. */
  __mockModelProblem?: CommandError;
}

declare global {
  interface Window extends MockGlobals {
    __mock: MockControls;
    /** Set by markup a spec tries to inject; it must stay unset. */
    __pwned?: unknown;
    /** The texts a spec's stand-in clipboard received. */
    __copied?: string[];
  }
}
