//! The models view and the window's own defaults: every model Hearth knows with its facts,
//! importing a GGUF file through the native Open dialog, the default model, removing a
//! model's file, and the default sampling.

use hearth_core::i18n::Localizer;
use hearth_core::inference::SamplingParams;
use hearth_core::library::Library;
use hearth_core::models::{self, KnownModel, Origin};
use hearth_core::paths;
use serde::Serialize;
use sysinfo::{MemoryRefreshKind, RefreshKind, System};
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use super::data::file_dialog;
use super::views::Sampling;
use super::{blocking, CommandError, CommandResult};
use crate::state::AppState;

/// A model as the models view shows it: from the catalog (installed or not) or imported
/// from a file.
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ModelView {
    /// The id every command takes.
    name: String,
    /// The catalog's name, else the file's `general.name`, else `name`.
    display_name: String,
    origin: Origin,
    /// Its file is on this computer (a catalog model's: complete).
    installed: bool,
    is_default: bool,
    /// Where its file is, or would be.
    path: String,
    /// Bytes; the catalog's size when not installed.
    file_size: u64,
    architecture: String,
    /// The catalog's label, such as "0.5B" (`null` for an imported model).
    parameters: Option<String>,
    /// The weights counted in the file (installed only).
    weights: Option<u64>,
    quantization: String,
    /// The context the model was trained for, in tokens.
    trained_context: Option<u32>,
    /// The context Hearth uses (installed only).
    context_limit: Option<usize>,
    license: Option<String>,
    /// `false`: a base model, which answers as plain completion; `null`: unknown.
    chat_template: Option<bool>,
    /// Bytes of memory estimated for a full context (installed only).
    memory_needed: Option<u64>,
    /// Why an installed file cannot be used.
    problem: Option<CommandError>,
    /// A catalog model's source of weights, e.g. "Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF".
    upstream: Option<String>,
}

impl ModelView {
    fn new(model: KnownModel, default: &str) -> Self {
        let card = model.card.as_ref().and_then(|c| c.as_ref().ok());
        let entry = model.entry.as_ref();
        ModelView {
            display_name: model.display_name(),
            is_default: model.name == default,
            installed: model.installed(),
            path: model.path.display().to_string(),
            file_size: card
                .map(|c| c.file_size)
                .or(entry.map(|e| e.size))
                .unwrap_or(0),
            architecture: card
                .map(|c| c.architecture.clone())
                .or(entry.map(|e| e.architecture.clone()))
                .unwrap_or_default(),
            parameters: entry.map(|e| e.parameters.clone()),
            weights: card.map(|c| c.parameters),
            quantization: card
                .map(|c| c.quantization.clone())
                .or(entry.map(|e| e.quantization.clone()))
                .unwrap_or_default(),
            trained_context: card
                .and_then(|c| c.trained_context)
                .or(entry.map(|e| e.context_length)),
            context_limit: card.map(|c| c.context_limit),
            license: card
                .and_then(|c| c.license.clone())
                .or(entry.map(|e| e.license.clone())),
            chat_template: card.map(|c| c.chat_template),
            memory_needed: card.map(|c| c.memory_needed),
            upstream: entry.map(|e| e.upstream.clone()),
            origin: model.origin,
            problem: match model.card {
                Some(Err(err)) => Some(err.into()),
                _ => None,
            },
            name: model.name,
        }
    }
}

#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ModelsOverview {
    /// The catalog first, in its order, then the imported models by name.
    models: Vec<ModelView>,
    default_model: String,
    /// Bytes of memory free now; `null` when unknown.
    memory_available: Option<u64>,
    memory_total: Option<u64>,
    models_dir: String,
}

/// Every model with its facts, and the memory free now to judge them by.
#[tauri::command]
pub async fn models_overview<R: Runtime>(app: AppHandle<R>) -> CommandResult<ModelsOverview> {
    blocking(app, |state| Ok(overview(state))).await
}

fn overview(state: &AppState) -> ModelsOverview {
    let default = state.default_model().name;
    let memory = System::new_with_specifics(
        RefreshKind::nothing().with_memory(MemoryRefreshKind::nothing().with_ram()),
    );
    let known = |bytes: u64| (bytes > 0).then_some(bytes);
    ModelsOverview {
        models: models::known_models()
            .into_iter()
            .map(|model| ModelView::new(model, &default))
            .collect(),
        default_model: default,
        memory_available: known(memory.available_memory()),
        memory_total: known(memory.total_memory()),
        models_dir: paths::models_dir().display().to_string(),
    }
}

/// Asks for a GGUF file, checks it as loading would (a bad file is refused with the reason),
/// and copies it among the imported models; it becomes the default when the default's file is
/// missing. `None`: the user cancelled.
#[tauri::command]
pub async fn import_model<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> CommandResult<Option<ModelView>> {
    let l10n = Localizer::new(state.chat.ui_lang());
    let chosen = file_dialog(&app)
        .set_title(l10n.text("models-import-title", &[]))
        .add_filter(l10n.text("models-filter-gguf", &[]), &["gguf"])
        .blocking_pick_file();
    let Some(file) = chosen.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    let (name, card) = Library::installed().import(&file)?;
    // The first model on a computer that had none (a first run offline) becomes the default.
    if state.default_model().check_present().is_err() {
        state.set_default_model(models::set_default_model(state.chat.store(), &name)?);
    }
    // Described from the card the import checked, not by inspecting every model again.
    let imported = KnownModel {
        name,
        origin: Origin::Imported,
        entry: None,
        path: card.path.clone(),
        card: Some(Ok(card)),
    };
    Ok(Some(ModelView::new(imported, &state.default_model().name)))
}

/// Deletes a model's file; never the default's.
#[tauri::command]
pub async fn remove_model<R: Runtime>(app: AppHandle<R>, name: String) -> CommandResult<()> {
    blocking(app, move |state| {
        Ok(models::remove_model(&name, &state.default_model().name)?)
    })
    .await
}

/// Makes a model the default (for every conversation without its own) and loads it.
#[tauri::command]
pub async fn set_default_model<R: Runtime>(app: AppHandle<R>, name: String) -> CommandResult<()> {
    blocking(app, move |state| {
        let model = models::set_default_model(state.chat.store(), &name)?;
        state.set_default_model(model);
        Ok(())
    })
    .await
}

/// The window's own settings: what a conversation without its own settings uses.
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppSettings {
    default_model: String,
    /// The default sampling in effect.
    sampling: Sampling,
    /// Hearth's built-in values, which Reset goes back to.
    builtin_sampling: Sampling,
    /// Whether `sampling` was changed by the user.
    custom_sampling: bool,
}

#[tauri::command]
pub async fn app_settings<R: Runtime>(app: AppHandle<R>) -> CommandResult<AppSettings> {
    blocking(app, |state| {
        let sampling = state.chat.store().default_sampling()?;
        let builtin = SamplingParams::default();
        Ok(AppSettings {
            default_model: state.default_model().name,
            custom_sampling: sampling != builtin,
            sampling: sampling.into(),
            builtin_sampling: builtin.into(),
        })
    })
    .await
}

/// Stores the sampling of conversations without their own; `None` goes back to Hearth's.
#[tauri::command]
pub async fn set_default_sampling<R: Runtime>(
    app: AppHandle<R>,
    sampling: Option<Sampling>,
) -> CommandResult<()> {
    let sampling = sampling.map(SamplingParams::from);
    blocking(app, move |state| {
        Ok(state.chat.store().set_default_sampling(sampling.as_ref())?)
    })
    .await
}
