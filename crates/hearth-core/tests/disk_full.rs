//! A real full disk and a real read-only file system: the store on a small tmpfs. As root the
//! tests mount it themselves; as anyone else they run again inside a user and mount namespace
//! of their own (`unshare`), where an ordinary user may mount a tmpfs. Where neither is
//! possible they fail, saying why: they never pass without having run. The portable variants
//! (`PRAGMA max_page_count`, a locked database) are unit tests.

#![allow(clippy::unwrap_used)] // A test that cannot go on should panic, with the error shown.

use std::path::Path;
use std::process::Command;

use hearth_core::store::{MessageState, NewMessage, Store};

struct Mounted<'a>(&'a Path);

impl Drop for Mounted<'_> {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.0).status();
    }
}

/// Changes the tmpfs at `dir` (`options` such as `ro` or `size=16m`). The type and source are
/// named: inside a user namespace mount(8) cannot remount by the mount point alone.
fn remount(dir: &Path, options: &str) {
    let status = Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("remount,{options}"), "tmpfs"])
        .arg(dir)
        .status()
        .unwrap();
    assert!(status.success(), "remount {options}");
}

/// Set in the child that runs a test inside its own user namespace.
const INSIDE: &str = "HEARTH_DISK_TEST_IN_NAMESPACE";

fn mount_tmpfs(at: &Path, size: &str) -> bool {
    Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
        .arg(at)
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Runs `body` on a tmpfs of `size`: here where this process may mount one, else the test
/// `name` again in a child inside a new user and mount namespace.
fn on_tmpfs(name: &str, size: &str, body: impl FnOnce(&Path)) {
    let dir = tempfile::tempdir().unwrap();
    if mount_tmpfs(dir.path(), size) {
        let _mounted = Mounted(dir.path());
        body(dir.path());
        return;
    }
    assert!(
        std::env::var_os(INSIDE).is_none(),
        "cannot mount a tmpfs even inside a user namespace"
    );
    let status = Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount"])
        .arg(std::env::current_exe().unwrap())
        .args(["--exact", name, "--nocapture"])
        .env(INSIDE, "1")
        .status();
    match status {
        Ok(status) => assert!(
            status.success(),
            "{name} failed inside its own user namespace (or the kernel refuses unprivileged \
             user namespaces here: run it as root)"
        ),
        Err(err) => panic!("{name} needs root, or `unshare` from util-linux: {err}"),
    }
}

#[test]
fn a_full_tmpfs_is_a_clear_error_and_writes_resume_when_space_returns() {
    on_tmpfs(
        "a_full_tmpfs_is_a_clear_error_and_writes_resume_when_space_returns",
        "1m",
        fill_and_grow,
    );
}

fn fill_and_grow(dir: &Path) {
    let store = Store::open_in(dir).unwrap();
    let c = store.create_conversation("tmpfs", None, None).unwrap();
    let first = store
        .add_message(
            c.id,
            NewMessage {
                parent_id: None,
                role: "user",
                content: "kept",
                state: MessageState::Complete,
            },
        )
        .unwrap();
    let big = "Tiếng Việt có dấu. ".repeat(3000);
    let mut parent = first.id;
    let err = loop {
        let added = store.add_message(
            c.id,
            NewMessage {
                parent_id: Some(parent),
                role: "user",
                content: &big,
                state: MessageState::Complete,
            },
        );
        match added {
            Ok(m) => parent = m.id,
            Err(err) => break err,
        }
    };
    assert_eq!(err.code(), "disk-full", "{err}");
    assert_eq!(store.message(first.id).unwrap().content, "kept");

    remount(dir, "size=16m");
    store
        .add_message(
            c.id,
            NewMessage {
                parent_id: Some(parent),
                role: "user",
                content: "after space returned",
                state: MessageState::Complete,
            },
        )
        .unwrap();
    drop(store);
    let reopened = Store::open_in(dir).unwrap();
    assert!(reopened.recovery().is_none(), "no damage");
    let thread = reopened.thread(c.id).unwrap();
    assert_eq!(
        thread.last().unwrap().message.content,
        "after space returned"
    );
}

#[test]
fn a_read_only_file_system_is_named_in_the_error_and_opens_once_writable() {
    on_tmpfs(
        "a_read_only_file_system_is_named_in_the_error_and_opens_once_writable",
        "4m",
        remount_read_only,
    );
}

fn remount_read_only(dir: &Path) {
    let id = {
        let store = Store::open_in(dir).unwrap();
        let c = store.create_conversation("ro", None, None).unwrap();
        store
            .add_message(
                c.id,
                NewMessage {
                    parent_id: None,
                    role: "user",
                    content: "下書き",
                    state: MessageState::Complete,
                },
            )
            .unwrap();
        c.id
    };
    // Linux refuses to remount read-only while files are open for writing, so the file
    // system turns read-only between two runs of Hearth.
    remount(dir, "ro");
    let err = Store::open_in(dir).err().unwrap();
    assert_eq!(err.code(), "read-only", "{err}");
    assert!(
        err.args()
            .iter()
            .any(|(k, v)| *k == "path" && v.starts_with(&dir.display().to_string())),
        "{:?}",
        err.args()
    );
    remount(dir, "rw");
    let store = Store::open_in(dir).unwrap();
    assert_eq!(store.thread(id).unwrap()[0].message.content, "下書き");
}
