//! Attention over a layer's key/value cache, read in place, in plain Rust the compiler
//! vectorises: per query and head, the scores against every visible cached key, their softmax
//! (with an `exp` of its own: the C library's is one call per value) and the weighted sum of
//! the values. Queries and heads are shared out among candle's pool. It replaces candle's
//! batched matrix products, softmax and masks, which were slower at long contexts
//! (docs/performance.md).

use std::sync::Mutex;

/// One layer's cache: `(kv_heads, context, head_dim)` keys and values, f32.
pub struct Cache<'a> {
    pub keys: &'a [f32],
    pub values: &'a [f32],
    pub context: usize,
}

/// How the heads are laid out.
#[derive(Clone, Copy)]
pub struct Heads {
    pub heads: usize,
    pub kv_heads: usize,
    pub dim: usize,
}

/// The attention of `seq` queries (`q`: `(heads, seq, dim)`, rotated) at positions
/// `offset..offset + seq` to the cached positions each sees: itself, earlier ones, and with a
/// sliding `window` only the last `window` of those. Returns `(seq, heads · dim)`.
pub fn attend(
    q: &[f32],
    cache: &Cache,
    shape: Heads,
    (offset, seq): (usize, usize),
    window: Option<usize>,
) -> Vec<f32> {
    let Heads {
        heads,
        kv_heads,
        dim,
    } = shape;
    let group = heads / kv_heads;
    let scale = 1.0 / (dim as f32).sqrt();
    let rows: Vec<Mutex<Vec<f32>>> = (0..heads * seq).map(|_| Mutex::new(Vec::new())).collect();
    candle_core::utils::barrier_pool().execute_chunked(heads * seq, |range| {
        let mut scores = Vec::new();
        for item in range {
            let (head, i) = (item / seq, item % seq);
            let kv = head / group;
            let position = offset + i;
            let first = window.map_or(0, |w| (position + 1).saturating_sub(w));
            let query = &q[item * dim..(item + 1) * dim];
            let keys = &cache.keys[(kv * cache.context + first) * dim..];
            let values = &cache.values[(kv * cache.context + first) * dim..];
            let visible = position + 1 - first;
            scores.clear();
            scores.extend(
                keys.chunks_exact(dim)
                    .take(visible)
                    .map(|key| dot(query, key) * scale),
            );
            softmax(&mut scores);
            let mut out = vec![0f32; dim];
            for (p, value) in scores.iter().zip(values.chunks_exact(dim)) {
                for (o, v) in out.iter_mut().zip(value) {
                    *o += p * v;
                }
            }
            *rows[item].lock().unwrap_or_else(|e| e.into_inner()) = out;
        }
    });
    let mut y = vec![0f32; seq * heads * dim];
    for (item, row) in rows.into_iter().enumerate() {
        let (head, i) = (item / seq, item % seq);
        let row = row.into_inner().unwrap_or_else(|e| e.into_inner());
        y[(i * heads + head) * dim..][..dim].copy_from_slice(&row);
    }
    y
}

/// `a · b` in eight running sums (one vector), `a.len()` a multiple of 8.
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut lanes = [0f32; 8];
    for (a, b) in a.chunks_exact(8).zip(b.chunks_exact(8)) {
        for ((lane, a), b) in lanes.iter_mut().zip(a).zip(b) {
            *lane += a * b;
        }
    }
    lanes.iter().sum()
}

/// `scores` made a probability distribution, in place.
fn softmax(scores: &mut [f32]) {
    let max = scores.iter().fold(f32::NEG_INFINITY, |m, s| m.max(*s));
    for s in scores.iter_mut() {
        *s = exp(*s - max);
    }
    let total: f32 = scores.iter().sum();
    for s in scores.iter_mut() {
        *s /= total;
    }
}

/// `e^x` for `x ≤ 0` to within a few units in the last place: `x = n·ln 2 + r` with
/// `|r| ≤ ln 2 / 2`, `e^r` by its Taylor series to the 7th power (error below 2e-8), times
/// `2^n` built from its bits. Below -87 (where `2^n` would not be a normal float) it is 0.
fn exp(x: f32) -> f32 {
    const LN2_HIGH: f32 = 0.693_145_75;
    const LN2_LOW: f32 = 1.428_606_8e-6;
    if x < -87.0 {
        return 0.0;
    }
    let n = (x * std::f32::consts::LOG2_E).round();
    let r = x - n * LN2_HIGH - n * LN2_LOW;
    let mut p = 1.0 + r / 7.0;
    for k in (1..=6).rev() {
        p = 1.0 + r / k as f32 * p;
    }
    f32::from_bits(((n as i32 + 127) as u32) << 23) * p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exp_is_the_libraries_to_a_few_ulps() {
        let mut worst = 0f32;
        for i in 0..200_000 {
            let x = -87.0 * i as f32 / 200_000.0;
            let relative = ((exp(x) - x.exp()) / x.exp()).abs();
            worst = worst.max(relative);
        }
        assert!(worst < 5e-7, "{worst}");
        assert_eq!(exp(0.0), 1.0);
        assert_eq!(exp(-100.0), 0.0);
    }

    /// Straightforward attention of one query against `keys`/`values` (rows of `dim`).
    fn plain(query: &[f32], keys: &[f32], values: &[f32], dim: usize) -> Vec<f32> {
        let scores: Vec<f32> = keys
            .chunks_exact(dim)
            .map(|k| query.iter().zip(k).map(|(a, b)| a * b).sum::<f32>() / (dim as f32).sqrt())
            .collect();
        let max = scores.iter().fold(f32::NEG_INFINITY, |m, s| m.max(*s));
        let weights: Vec<f32> = scores.iter().map(|s| (s - max).exp()).collect();
        let total: f32 = weights.iter().sum();
        let mut out = vec![0f32; dim];
        for (w, v) in weights.iter().zip(values.chunks_exact(dim)) {
            for (o, v) in out.iter_mut().zip(v) {
                *o += w / total * v;
            }
        }
        out
    }

    #[test]
    fn queries_see_themselves_earlier_positions_and_their_window() {
        let shape = Heads {
            heads: 4,
            kv_heads: 2,
            dim: 16,
        };
        let (context, offset, seq) = (12, 5, 3);
        let noise = |n: usize, seed: usize| -> Vec<f32> {
            (0..n)
                .map(|i| ((i * 7919 + seed * 104_729) % 2001) as f32 / 1000.0 - 1.0)
                .collect()
        };
        let keys = noise(shape.kv_heads * context * shape.dim, 1);
        let values = noise(shape.kv_heads * context * shape.dim, 2);
        let q = noise(shape.heads * seq * shape.dim, 3);
        let cache = Cache {
            keys: &keys,
            values: &values,
            context,
        };
        for window in [None, Some(4)] {
            let y = attend(&q, &cache, shape, (offset, seq), window);
            for head in 0..shape.heads {
                let kv = head / 2;
                for i in 0..seq {
                    let position = offset + i;
                    let first = window.map_or(0, |w| position + 1 - w.min(position + 1));
                    let rows = |cache: &[f32]| {
                        cache[(kv * context + first) * 16..(kv * context + position + 1) * 16]
                            .to_vec()
                    };
                    let query = &q[(head * seq + i) * 16..][..16];
                    let expected = plain(query, &rows(&keys), &rows(&values), 16);
                    let got = &y[(i * shape.heads + head) * 16..][..16];
                    for (a, b) in got.iter().zip(&expected) {
                        assert!((a - b).abs() < 1e-5, "{window:?} head {head} query {i}");
                    }
                }
            }
        }
    }
}
