//! `hearth conversations encrypt|decrypt`: setting, changing or removing the passphrase.

use std::io::IsTerminal;

use hearth_core::i18n::Localizer;
use hearth_core::Error;

use crate::store;

/// `hearth conversations encrypt`: sets or changes the passphrase.
pub fn encrypt(l10n: &Localizer) -> Result<(), Error> {
    let store = store::open(l10n)?;
    let key = store::read_passphrase(l10n, "cli-passphrase-new")?;
    if std::io::stdin().is_terminal() {
        let again = store::read_passphrase(l10n, "cli-passphrase-again")?;
        if !key.same_as(&again) {
            return Err(Error::PassphraseMismatch);
        }
    }
    store.set_passphrase(Some(key))?;
    println!("{}", l10n.text("cli-encrypted", &[]));
    Ok(())
}

/// `hearth conversations decrypt`: turns encryption off.
pub fn decrypt(l10n: &Localizer) -> Result<(), Error> {
    let store = store::open(l10n)?;
    store.set_passphrase(None)?;
    println!("{}", l10n.text("cli-decrypted", &[]));
    Ok(())
}
