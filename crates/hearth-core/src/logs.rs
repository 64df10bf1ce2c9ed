//! Hearth's log: a file in the data folder (`logs/<program>.log`) that the window and the CLI
//! write, so someone who started Hearth from a menu can still send something useful with a bug
//! report. It records what happened (a model loaded, a reply finished, its token counts and
//! speed, an error's code), never the text of a message, a prompt or a passphrase. The file is
//! capped in size: past [`FILE_BYTES`] it moves to `<program>.log.1` (and so on, [`KEPT`]
//! files). Panics are written to it too.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use file_rotate::compression::Compression;
use file_rotate::suffix::AppendCount;
use file_rotate::{ContentLimit, FileRotate};
use tracing_subscriber::filter::LevelFilter;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::Layer;

use crate::error::{Error, Result};

/// Bytes a log file grows to before it is moved aside.
pub const FILE_BYTES: usize = 1 << 20;
/// Older files kept beside the current one.
pub const KEPT: usize = 3;

/// The folder of the log files, inside the data folder.
pub fn dir(data_dir: &Path) -> PathBuf {
    data_dir.join("logs")
}

/// Starts writing `program`'s log into [`dir`] of `data_dir` (informational events and up;
/// with `verbose`, also debug events, and every event to stderr as well) and writes panics
/// into it. Returns the log file's path. Call once, at start; a second call changes nothing.
pub fn init(data_dir: &Path, program: &str, verbose: bool) -> Result<PathBuf> {
    let folder = dir(data_dir);
    std::fs::create_dir_all(&folder).map_err(|err| Error::io(&folder, err))?;
    let path = folder.join(format!("{program}.log"));
    let mut options = std::fs::OpenOptions::new();
    options.read(true).create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = FileRotate::new(
        &path,
        AppendCount::new(KEPT),
        ContentLimit::BytesSurpassed(FILE_BYTES),
        Compression::None,
        Some(options),
    );
    let level = match verbose {
        true => LevelFilter::DEBUG,
        false => LevelFilter::INFO,
    };
    let to_file = tracing_subscriber::fmt::layer()
        .with_ansi(false)
        .with_writer(Mutex::new(file))
        .with_filter(level);
    let to_stderr = verbose.then(|| {
        tracing_subscriber::fmt::layer()
            .with_writer(std::io::stderr)
            .with_filter(level)
    });
    if tracing_subscriber::registry()
        .with(to_file)
        .with(to_stderr)
        .try_init()
        .is_ok()
    {
        write_panics();
        tracing::info!(
            program,
            version = env!("CARGO_PKG_VERSION"),
            os = std::env::consts::OS,
            arch = std::env::consts::ARCH,
            "started"
        );
    }
    Ok(path)
}

/// Panics go to the log as well as wherever they went before.
fn write_panics() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        tracing::error!(target: "panic", "{info}");
        previous(info);
    }));
}
