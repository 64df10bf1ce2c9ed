//! Opening the store from the command line, encrypted or not, and reading passphrases.
//!
//! Every command that reads or writes conversations opens the store here, so this module
//! depends on none of them. A passphrase is asked on the terminal without echo, or read as the
//! first line of stdin when stdin is not a terminal (for scripts). It is never taken from the
//! command line or the environment, where other programs and shell history could see it.

use std::io::{BufRead, IsTerminal};

use hearth_core::i18n::Localizer;
use hearth_core::store::{Passphrase, Recovery, Store};
use hearth_core::{paths, Error};

/// Reads a passphrase, asking with the Fluent message `prompt_id` on a terminal.
pub fn read_passphrase(l10n: &Localizer, prompt_id: &str) -> Result<Passphrase, Error> {
    let text = if std::io::stdin().is_terminal() {
        rpassword::prompt_password(format!("{} ", l10n.text(prompt_id, &[])))
            .map_err(|err| Error::io("/dev/tty", err))?
    } else {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|err| Error::io("stdin", err))?;
        line.trim_end_matches(['\r', '\n']).to_owned()
    };
    Passphrase::new(text)
}

/// Opens the store in the data folder, asking for the passphrase if it is encrypted; if it
/// had to be recovered from a backup, says so on stderr.
pub fn open(l10n: &Localizer) -> Result<Store, Error> {
    let dir = paths::data_dir();
    let store = match Store::open_in(&dir) {
        Err(Error::PassphraseRequired { .. }) => {
            Store::unlock_in(&dir, read_passphrase(l10n, "cli-passphrase-prompt")?)?
        }
        other => other?,
    };
    if let Some(recovery) = store.recovery() {
        eprintln!("{}", recovery_text(l10n, recovery));
    }
    Ok(store)
}

/// What happened to a damaged database, in the user's language.
fn recovery_text(l10n: &Localizer, recovery: &Recovery) -> String {
    let damaged = ("damaged", recovery.corrupt_path.display().to_string());
    match &recovery.restored_from {
        Some(backup) => l10n.text(
            "recovery-restored",
            &[damaged, ("backup", backup.display().to_string())],
        ),
        None => l10n.text("recovery-fresh", &[damaged]),
    }
}
