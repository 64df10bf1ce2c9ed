//! What the tests, the fuzz target and the benchmarks build on, compiled only for them (the
//! `synthetic` feature): tiny GGUF files written from scratch ([`synthetic`]) and the plain
//! f32 reference the transformer is checked against ([`reference`]).

pub mod reference;
pub mod synthetic;

pub use crate::inference::gguf::Gguf;
pub use crate::inference::model::kernels::active as hearth_kernels;
pub use crate::inference::model::matrix::Matrix;
pub use crate::inference::model::widening::Widened;
pub use crate::inference::text::prompt::Prompter;
pub use crate::inference::text::stream::Utf8Stream;
pub use crate::inference::text::template::ChatTemplate;
pub use crate::inference::text::tokenizer::GgufTokenizer;
