//! Offline by construction: no HTTP client anywhere in the dependency tree of the desktop
//! app, the CLI or the core (build and dev tools are not shipped and are not checked).

#![allow(clippy::unwrap_used)] // A test that cannot go on should panic, with the error shown.

use std::process::Command;

const HTTP_CLIENTS: &[&str] = &[
    "reqwest",
    "ureq",
    "hyper",
    "hyper-util",
    "isahc",
    "curl",
    "attohttpc",
    "surf",
    "hf-hub",
    "minreq",
    "ehttp",
    "awc",
    "http-req",
];

#[test]
fn no_http_client_in_what_ships() {
    for package in ["hearth-app", "hearth-cli", "hearth-core"] {
        let output = Command::new(env!("CARGO"))
            .args([
                "tree",
                "--offline",
                "--locked",
                "-e",
                "normal",
                "--prefix",
                "none",
                "-p",
                package,
            ])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let tree = String::from_utf8(output.stdout).unwrap();
        assert!(
            tree.lines().count() > 10,
            "{package}: cargo tree printed too little"
        );
        for line in tree.lines() {
            let name = line.split_whitespace().next().unwrap_or_default();
            assert!(!HTTP_CLIENTS.contains(&name), "{package} depends on {line}");
        }
    }
}
