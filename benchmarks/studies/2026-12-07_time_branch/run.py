"""A time-domain branch beside the STFT encoder: dilated convolutions over the series itself, trained by the Barlow Twins term.

`BTVQVAE`'s encoder sees the series only through an 8-point STFT, halved twice along time: one output per 16 steps.
The frame-depth study (`../2026-12-07_frame_depth/`) found that a longer view helps the tone sets and costs the shapes,
and no summary of those outputs, nor their input, reaches TS2Vec on the shape sets or 1-NN on the tone sets. TS2Vec's
encoder is a stack of dilated 1-D convolutions over the raw steps (Yue et al., AAAI 2022): its receptive field doubles
with each layer, so one network sees a few steps and the whole series at once.

`time`: the shipped `BTVQVAE` plus such a branch, `BTVQVAE(time_branch=True)` (`tsae.barlow.DilatedEncoder`):
a 1×1 convolution to 32 channels, six residual blocks of GELU and a 3-tap convolution with dilations 1, 2, 4, 8, 16 and
32 (a receptive field of 127 steps), and a 1×1 convolution to 32 outputs per step, on the series as the network
normalises it (`series_norm`). It is trained by the Barlow Twins term only: the term compares the two views' average
over time of the STFT encoder's outputs and of the branch's, side by side. The VQ-VAE's codebook, decoder and
reconstruction terms are unchanged. `transform` returns the shipped summary (`pool='pyramid_std'`, `series_stats`) of
both encoders.

The baseline is the frame-depth study's `shipped` rows: the same defaults fitted on the same machine, same seeds.
For each set and seed, one row: the linear probe (`linear_probe`) and TS2Vec's RBF-SVM probe (`svm_probe`) on the
`transform` of the fit. Rows are appended to `results.csv`; (set, seed, variant) triples already there are skipped.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-07_time_branch/run.py --seeds 0     # and, at the same time, --seeds 1: about 13 minutes
"""

import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import run_variants

OUT = Path(__file__).parent / 'results.csv'
VARIANTS = {'time': dict(time_branch=True, time_hidden=32, time_stride=1)}   # the `BTVQVAE` arguments of each variant, every other one shipped

if __name__ == '__main__': run_variants(OUT, VARIANTS, default='time')
