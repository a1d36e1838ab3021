"""Does the LSTM-VAE's latent anomaly score gain from comparing a window with the rest of the stream it scores, and
from a code per step?

`score_samples(x, window='fit', method='latent')` scores each window of a stream by the distance of its code to the
nearest code of the *training* windows. A stream that drifts (a new period, a new variance) moves its normal windows
away from every training window, and they score as anomalies. The discord of a stream (Yeh et al. 2016, the matrix
profile) compares each window with every other window of the same stream too, those overlapping it excepted: a
pattern that recurs in the scored stream has a near neighbour there, an anomaly has none. TSB-AD's unsupervised
detectors (KShapeAD, Series2Graph, Sub-PCA) likewise see the scored stream as data.

For each stream of `stream_suite(seed)` (chapter 06c), two `LSTMVAE(max_steps=250, stream_norm=None,
series_norm='channel')` are fitted on the training part with the window `W = default_window(train)`, as
`tsae.bench.tsbad.tsae_scores('LSTMVAE_latent', ...)` fits it: `latent_per='series'` (the default, 8 numbers per
window) and `latent_per='step'` (8 per step). Every test window (stride 1) gets the distance of its code, standardised
by the training codes, to

- `train`: the nearest training window's code (what `method='latent'` does, here at stride 1);
- `self`: the nearest code among the training windows and the test windows that do not overlap it (`|i - j| >= W`);

and the points get the mean over the W windows covering them (the estimator's hand-over, `../2026-12-06_latent_points/`).
Beside them, not the model: `rawz_self`, the same self-join on the z-normalised windows themselves (each window less
its mean, over its standard deviation: a matrix profile's distance up to a constant). Each is judged by TSB-AD's own
`get_metrics` in its environment (VUS-PR, ROC-AUC). Rows (one per stream x variant) are appended to `results.csv`;
a (seed, stream) with rows is not run again.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-07_latent_selfjoin/run.py --seeds 0
"""
import sys, warnings
from pathlib import Path
import numpy as np
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import judge_streams, window_means, znorm_windows, nn_train_self
from tsae.lstm_vae import LSTMVAE
from tsae.series import stream_windows

OUT = Path(__file__).with_name('results.csv')

def scores(seed, name, d, W):
    "Both fits' codes against the training windows and against the stream itself, and the z-normalised windows against the stream"
    tr, te = (np.asarray(d[k], np.float64) for k in ('train', 'test')); n = len(te); given = {}
    for per in ('series', 'step'):
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            m = LSTMVAE(max_steps=250, random_state=seed, stream_norm=None, series_norm='channel', latent_per=per).fit(tr, window=W)
        Vtr, Vte = (stream_windows(m._prepare(v, W)[0], W, 1) for v in (tr, te))
        for k, dist in zip(('train', 'self'), nn_train_self(m._codes(Vtr), m._codes(Vte), W)): given[f'{per}_{k}'] = window_means(dist, n, W)
    given['rawz_self'] = window_means(nn_train_self(znorm_windows(Vtr), znorm_windows(Vte), W)[1], n, W)
    return {'given': given}

if __name__ == '__main__': judge_streams(OUT, scores)
