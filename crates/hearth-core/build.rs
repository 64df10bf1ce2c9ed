//! Embeds every `locales/<lang>/*.ftl` file, so `locales/` stays the one source of strings.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let locales = manifest.join("../../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut entries = Vec::new();
    for lang in std::fs::read_dir(&locales).expect("locales/ exists") {
        let lang = lang.expect("readable locales/");
        if !lang.path().is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.path().display());
        for file in std::fs::read_dir(lang.path()).expect("readable locale dir") {
            let path = file.expect("readable locale file").path();
            if path.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", path.display());
                entries.push((lang.file_name().to_string_lossy().into_owned(), path));
            }
        }
    }
    entries.sort();
    let mut out = String::from("/// (language, file name, contents) of every FTL file.\npub static FTL_FILES: &[(&str, &str, &str)] = &[\n");
    for (lang, path) in entries {
        let name = path.file_name().expect("file").to_string_lossy();
        let abs = path.canonicalize().expect("canonical path");
        writeln!(
            out,
            "    ({lang:?}, {name:?}, include_str!({:?})),",
            abs.display().to_string()
        )
        .expect("write to string");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("locales.rs");
    std::fs::write(dest, out).expect("write locales.rs");
}
