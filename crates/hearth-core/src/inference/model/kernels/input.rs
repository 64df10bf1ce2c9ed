//! Input rows rounded to 8 bits per block of 32 as llama.cpp's Q8_0 rounds them (the scale
//! kept at f16 precision), with each block's scale and its scale times the sum of its values
//! (what a weight's offset is multiplied by), also per half block.

use half::f16;

use super::tiles::BLOCK;

pub struct Quantized {
    /// Values in a row.
    pub cols: usize,
    pub q: Vec<i8>,
    pub d: Vec<f32>,
    pub sums: Vec<f32>,
    /// The scaled sums of each half block (16 values).
    pub half_sums: Vec<f32>,
}

impl Quantized {
    /// Rounds rows of `cols` values (`x` holds them one after another).
    pub fn new(x: &[f32], cols: usize) -> Self {
        let blocks = x.len() / BLOCK;
        let mut out = Quantized {
            cols,
            q: vec![0; x.len()],
            d: vec![0.0; blocks],
            sums: vec![0.0; blocks],
            half_sums: vec![0.0; 2 * blocks],
        };
        let rounded = out.q.chunks_exact_mut(BLOCK);
        for (b, (values, q)) in x.chunks_exact(BLOCK).zip(rounded).enumerate() {
            // Eight running maxima, which the compiler keeps in one vector.
            let mut lanes = [0f32; 8];
            for eight in values.chunks_exact(8) {
                for (lane, v) in lanes.iter_mut().zip(eight) {
                    *lane = lane.max(v.abs());
                }
            }
            let amax = lanes.iter().fold(0f32, |a, v| a.max(*v));
            let d = f16::from_f32(amax / 127.0).to_f32();
            let inverse = if d != 0.0 { 1.0 / (amax / 127.0) } else { 0.0 };
            let mut sums = [0i32; 2];
            for (i, (q, v)) in q.iter_mut().zip(values).enumerate() {
                *q = (v * inverse).round() as i8;
                sums[i / 16] += i32::from(*q);
            }
            out.d[b] = d;
            out.sums[b] = d * (sums[0] + sums[1]) as f32;
            out.half_sums[2 * b] = d * sums[0] as f32;
            out.half_sums[2 * b + 1] = d * sums[1] as f32;
        }
        out
    }

    /// Rows held.
    #[inline]
    pub fn tokens(&self) -> usize {
        self.q.len() / self.cols
    }

    /// Block `b` of row `t`: its values, scale, scaled sum and scaled sums of its halves.
    #[inline]
    pub fn block(&self, t: usize, b: usize) -> (&[i8], f32, f32, [f32; 2]) {
        let at = t * self.cols / BLOCK + b;
        let halves = [self.half_sums[2 * at], self.half_sums[2 * at + 1]];
        (
            &self.q[at * BLOCK..(at + 1) * BLOCK],
            self.d[at],
            self.sums[at],
            halves,
        )
    }
}
