"""Does a larger or freer code keep more of a window for the LSTM-VAE's latent anomaly score?

`../2026-12-07_latent_selfjoin/` found that the z-normalised windows themselves, joined with the stream, are at least
as good as TSB-AD's best detector on 8 of 16 streams, and the LSTM-VAE's codes of the same windows on 2: the code,
8 numbers per window under a KL term of weight 1, keeps too little of what sets an anomalous window apart. Two knobs
give the code more room: its size (`latent_dim`) and the weight of the KL term that pulls it to the prior
(`kl_weight`).

For each stream of `stream_suite(seed)`, `LSTMVAE(max_steps=250, stream_norm=None, series_norm='channel')` as
`tsae.bench.tsbad.tsae_scores('LSTMVAE_latent', ...)` fits it, with the window `W = default_window(train)`, but for
the variant's arguments:

- `d32`: `latent_dim=32`;
- `kl01`: `kl_weight=0.1`;
- `d32_kl01`: both.

Each fit's codes are read as `../2026-12-07_latent_selfjoin/` reads the default fit (its rows `series_train` and
`series_self` are the baseline): every test window at stride 1, the distance of its code (standardised by the
training codes) to the nearest training window's (`<variant>_train`) and to the nearest among the training windows and
the test windows at least W away (`<variant>_self`); points get the mean over the windows covering them. Judged by
TSB-AD's `get_metrics` in its environment. Rows (one per stream x reading) appended to `results.csv`; a (seed,
stream) with rows is not run again.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-08_latent_code/run.py --seeds 0
"""
import sys, warnings
from pathlib import Path
import numpy as np
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import judge_streams, window_means, nn_train_self
from tsae.lstm_vae import LSTMVAE
from tsae.series import stream_windows

OUT = Path(__file__).with_name('results.csv')
VARIANTS = {'d32': dict(latent_dim=32), 'kl01': dict(kl_weight=0.1), 'd32_kl01': dict(latent_dim=32, kl_weight=0.1)}

def scores(seed, name, d, W, variants=VARIANTS):
    "Each variant's fit, its codes read against the training windows and against the stream itself"
    tr, te = (np.asarray(d[k], np.float64) for k in ('train', 'test')); given = {}
    for v, kw in variants.items():
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            m = LSTMVAE(max_steps=250, random_state=seed, stream_norm=None, series_norm='channel', **kw).fit(tr, window=W)
        Vtr, Vte = (stream_windows(m._prepare(x, W)[0], W, 1) for x in (tr, te))
        for k, dist in zip(('train', 'self'), nn_train_self(m._codes(Vtr), m._codes(Vte), W)): given[f'{v}_{k}'] = window_means(dist, len(te), W)
    return {'given': given}

if __name__ == '__main__': judge_streams(OUT, scores)
