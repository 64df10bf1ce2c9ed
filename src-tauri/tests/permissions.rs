//! The app's commands, their declaration in build.rs, the handler list and the grants in
//! capabilities/ must name exactly the same commands: a command added in one place only is
//! either unreachable or granted without review.

#![allow(clippy::unwrap_used)] // A test that cannot go on should panic, with the error shown.

use std::collections::BTreeSet;

fn quoted_names_between(source: &str, start: &str, end: &str) -> BTreeSet<String> {
    let from = source.find(start).expect("start marker") + start.len();
    let to = from + source[from..].find(end).expect("end marker");
    source[from..to]
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

#[test]
fn declared_handled_and_granted_commands_are_the_same() {
    let manifest_dir = env!("CARGO_MANIFEST_DIR");
    let read = |p: &str| std::fs::read_to_string(format!("{manifest_dir}/{p}")).unwrap();

    let declared = quoted_names_between(&read("build.rs"), "const COMMANDS", "];");

    let lib = read("src/lib.rs");
    let from = lib.find("generate_handler![").unwrap() + "generate_handler![".len();
    let to = from + lib[from..].find(']').unwrap();
    let handled: BTreeSet<String> = lib[from..to]
        .split(',')
        .map(|s| s.trim().rsplit("::").next().unwrap_or_default().to_owned())
        .filter(|s| !s.is_empty())
        .collect();

    let capability: serde_json::Value =
        serde_json::from_str(&read("capabilities/default.json")).unwrap();
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let p = p.as_str().unwrap();
            p.strip_prefix("allow-")
                .unwrap_or_else(|| panic!("unexpected permission {p}"))
                .replace('-', "_")
        })
        .collect();

    assert!(!declared.is_empty());
    assert_eq!(declared, handled, "build.rs COMMANDS vs generate_handler!");
    assert_eq!(
        declared, granted,
        "build.rs COMMANDS vs capabilities/default.json"
    );
}

#[test]
fn csp_allows_no_remote_origin() {
    let conf: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tauri.conf.json")).unwrap(),
    )
    .unwrap();
    let csp = conf["app"]["security"]["csp"].as_str().unwrap();
    for directive in csp.split(';').map(str::trim) {
        let mut parts = directive.split_whitespace();
        let name = parts.next().unwrap();
        for source in parts {
            let allowed = matches!(
                source,
                "'self'" | "'none'" | "data:" | "ipc:" | "http://ipc.localhost"
            );
            assert!(allowed, "{name} allows {source}");
            if source == "data:" {
                assert_eq!(name, "img-src", "data: only for images");
            }
            if source.starts_with("http") || source == "ipc:" {
                assert_eq!(name, "connect-src", "{source} only for IPC");
            }
        }
    }
    assert!(csp.contains("default-src 'self'"));
    assert!(!csp.contains("unsafe-"));
}
