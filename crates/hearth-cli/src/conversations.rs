//! `hearth conversations list|show|search`: the same store the app uses.

use hearth_core::i18n::Localizer;
use hearth_core::store::search::SearchOptions;
use hearth_core::store::Store;
use hearth_core::{paths, Error};
use serde_json::json;

fn store() -> Result<Store, Error> {
    Store::open_in(&paths::data_dir())
}

pub fn list(as_json: bool) -> Result<(), Error> {
    let conversations = store()?.list_conversations()?;
    if as_json {
        println!("{}", json!({ "conversations": conversations }));
    } else {
        for c in conversations {
            println!("{:>6}  {}", c.id, c.title);
        }
    }
    Ok(())
}

pub fn show(l10n: &Localizer, id: i64, as_json: bool) -> Result<(), Error> {
    let store = store()?;
    let conversation = store.conversation(id)?;
    let messages = store.messages(id)?;
    if as_json {
        println!(
            "{}",
            json!({ "conversation": conversation, "messages": messages })
        );
        return Ok(());
    }
    println!("# {}\n", conversation.title);
    for m in messages {
        let who = match m.role.as_str() {
            "user" => l10n.text("role-user", &[]),
            "assistant" => l10n.text("role-assistant", &[]),
            other => other.to_owned(),
        };
        println!("{who}:\n{}\n", m.content);
    }
    Ok(())
}

pub fn search(query: &str, ignore_diacritics: bool, as_json: bool) -> Result<(), Error> {
    let hits = store()?.search(query, SearchOptions { ignore_diacritics })?;
    if as_json {
        println!("{}", json!({ "hits": hits }));
        return Ok(());
    }
    for hit in hits {
        let snippet: String = hit
            .snippet
            .iter()
            .map(|p| {
                if p.hit {
                    format!("[{}]", p.text)
                } else {
                    p.text.clone()
                }
            })
            .collect();
        println!(
            "{:>6}  {}  {}",
            hit.conversation_id, hit.conversation_title, snippet
        );
    }
    Ok(())
}
