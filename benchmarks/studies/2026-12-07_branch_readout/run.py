"""How to read the time branch: its outputs summarised as the STFT encoder's, or with their maximum over time too.

`BTVQVAE(time_branch=True)` summarises the dilated branch's outputs as it does the STFT encoder's (`pool='pyramid_std'`:
the mean over time and over each half, and the standard deviation over time). TS2Vec (Yue et al., AAAI 2022), whose
encoder the branch follows, reads its per-step outputs by their maximum over time: an event anywhere in the series,
however short, sets it. The suite's sets where the branch is furthest behind TS2Vec (`spikes`, rare large impulses;
`correlation_sign`; `ar_coefficients`) are of that kind.

For each set and seed, one fit of `BTVQVAE` with the branch of `--variant` (`time`: 32 channels on every step, as
`../2026-12-07_time_branch/`; `time16`, `time16s2`: as `../2026-12-07_time_branch_cost/`; the output convolution of the branch has no bias since
this study, and `time16` is the shipped network), read four ways:

- `shipped`: `transform(time_extremes=False)`, the summary of both encoders and the series level and scale;
- `max`: that, and the branch's maximum over time of each output (32 more);
- `maxmin`: `transform` as shipped (`time_extremes=True`): the branch's maximum and minimum over time of each output
  before the series level and scale (64 more);
- `max_stft`: `max`, and the STFT encoder's maximum over its frames of each output.

One row per reading: the linear probe (`linear_probe`) and TS2Vec's RBF-SVM probe (`svm_probe`) on the training and
test splits. Rows are appended to `results.csv`; (set, seed, variant) already there are skipped.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-07_branch_readout/run.py --variant time16 --seeds 0   # and, at the same time, --seeds 1
"""
import sys
from pathlib import Path
import numpy as np
import torch
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import run_variants

_variant = sys.argv[sys.argv.index('--variant') + 1] if '--variant' in sys.argv else 'time16'
OUT = Path(__file__).parent / ('results_down3.csv' if _variant == 'time16_down3' else 'results.csv')   # the chapters read results.csv: the shipped network
VARIANTS = {'time': dict(time_branch=True, time_hidden=32, time_stride=1), 'time16': dict(time_branch=True, time_hidden=16, time_stride=1),
            'time16s2': dict(time_branch=True, time_hidden=16, time_stride=2),
            'time16_down3': dict(time_branch=True, time_hidden=16, time_stride=1, n_down=3)}   # the branch for the shapes, and the STFT encoder's longer view for the tones

def extremes(m, X):
    "The branch's maximum and minimum over time of each output, and the STFT encoder's maximum over its frames"
    net = m.module_; Xs = m._prep(X)[0]
    def f(x):
        tf = net.time_features(x); zs = net.encode_continuous(x)[1]
        return tf.amax(-1).flatten(1), tf.amin(-1).flatten(1), torch.cat([z.amax(-1).flatten(1) for z in zs], 1)
    return m._batched(f, Xs)

def reads(m, Xtr, Xte):
    "The four readings of one fit"
    m.set_params(time_extremes=False); A, B = m.transform(Xtr), m.transform(Xte)
    (amax, amin, asmax), (bmax, bmin, bsmax) = extremes(m, Xtr), extremes(m, Xte)
    m.set_params(time_extremes=True)                                 # `transform(time_extremes=True)`: the branch's maximum and minimum before the level and scale
    return {'shipped': (A, B), 'max': (np.c_[A, amax], np.c_[B, bmax]), 'maxmin': (m.transform(Xtr), m.transform(Xte)),
            'max_stft': (np.c_[A, amax, asmax], np.c_[B, bmax, bsmax])}

if __name__ == '__main__': run_variants(OUT, VARIANTS, default='time16', reads=reads)
