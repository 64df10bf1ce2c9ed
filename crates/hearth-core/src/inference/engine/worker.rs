//! The engine thread: generation never runs on a UI or async-runtime thread. One thread owns
//! the loaded model and serves jobs in order; a job's `cancel` flag stops it between tokens.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::{mpsc, Arc};

use crate::error::{Error, Result};
use crate::inference::engine::{Engine, GenerationStats};
use crate::inference::sampling::SamplingParams;
use crate::inference::text::template::ChatMessage;

/// Receives the text of a reply as it is generated, then the outcome.
pub trait ReplySink: Send {
    /// More text of the reply.
    fn text(&mut self, delta: &str);
    /// `generated` tokens so far (after each token; for a live tokens/s).
    fn progress(&mut self, _generated: usize) {}
    /// The reply ended: its statistics, or why it failed.
    fn done(self: Box<Self>, outcome: Result<GenerationStats>);
}

/// One reply to generate.
pub struct GenerationJob {
    /// The model file to answer with (loaded first if another is loaded).
    pub model: PathBuf,
    /// The conversation so far, system prompt first.
    pub messages: Vec<ChatMessage>,
    /// How to pick each token.
    pub params: SamplingParams,
    /// Set to stop generating between two tokens.
    pub cancel: Arc<AtomicBool>,
    /// Where the text and the outcome go.
    pub sink: Box<dyn ReplySink>,
}

enum Job {
    Load(PathBuf),
    Generate(GenerationJob),
}

/// Handle to the engine thread. Dropping it lets the thread finish its queue and exit.
pub struct Worker {
    jobs: mpsc::Sender<Job>,
}

impl Worker {
    /// Starts the engine thread.
    pub fn spawn() -> Result<Self> {
        let (jobs, queue) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("hearth-engine".into())
            .spawn(move || serve(queue))
            .map_err(|err| Error::Inference(err.to_string()))?;
        Ok(Worker { jobs })
    }

    /// Loads `model` ahead of the first message, so the first reply starts sooner.
    pub fn preload(&self, model: PathBuf) {
        // A closed channel means the thread is gone; the next `submit` reports it.
        let _ = self.jobs.send(Job::Load(model));
    }

    /// Queues a reply; the sink hears of it (an error too, if the thread is gone).
    pub fn submit(&self, job: GenerationJob) -> Result<()> {
        self.jobs.send(Job::Generate(job)).map_err(|err| {
            if let Job::Generate(job) = err.0 {
                job.sink.done(Err(Error::EngineGone));
            }
            Error::EngineGone
        })
    }
}

/// Makes sure `path` is the loaded model (the previous one is freed first), warmed up.
fn ensure(loaded: &mut Option<Engine>, path: &PathBuf) -> Result<()> {
    if loaded.as_ref().is_none_or(|e| &e.path != path) {
        *loaded = None;
        let started = std::time::Instant::now();
        let mut engine = Engine::load(path).inspect_err(
            |err| tracing::warn!(model = %path.display(), code = err.code(), "model not loaded"),
        )?;
        engine.warm_up()?;
        tracing::info!(
            model = %path.display(),
            architecture = engine.architecture.name(),
            seconds = started.elapsed().as_secs_f64(),
            "model loaded"
        );
        *loaded = Some(engine);
    }
    Ok(())
}

fn serve(queue: mpsc::Receiver<Job>) {
    let mut loaded: Option<Engine> = None;
    for job in queue {
        match job {
            Job::Load(path) => {
                // A failed preload is reported by the generation that needs the model.
                let _ = ensure(&mut loaded, &path);
            }
            Job::Generate(mut job) => {
                let outcome = ensure(&mut loaded, &job.model).and_then(|()| {
                    let engine = loaded.as_mut().ok_or(Error::EngineGone)?;
                    let sink = &mut job.sink;
                    engine.generate(&job.messages, &job.params, &job.cancel, &mut |t, n| {
                        if !t.is_empty() {
                            sink.text(t);
                        }
                        sink.progress(n);
                    })
                });
                match &outcome {
                    Ok(stats) => tracing::info!(
                        prompt_tokens = stats.prompt_tokens,
                        reused_tokens = stats.reused_tokens,
                        completion_tokens = stats.completion_tokens,
                        prefill_tok_s = stats.prefill_tok_s,
                        decode_tok_s = stats.decode_tok_s,
                        finish = ?stats.finish_reason,
                        "reply generated"
                    ),
                    Err(err) => tracing::warn!(code = err.code(), "reply failed"),
                }
                job.sink.done(outcome);
            }
        }
    }
}
