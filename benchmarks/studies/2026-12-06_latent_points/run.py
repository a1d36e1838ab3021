"""How the LSTM-VAE's latent distance is handed from windows to points, and what its decisions flag on drifting streams.

For each stream of `stream_suite(seed)` (chapter 06c) one `LSTMVAE(max_steps=250, stream_norm=None,
series_norm='channel')` is fitted on the training part with the window `W = default_window(train)`, as
`tsae.bench.tsbad.tsae_scores('LSTMVAE_latent', ...)` fits it. Every test window (stride 1) gets the distance of its
code to the nearest code of the training windows (`m.latent_bank_`, standardised), and the points get:

- `mean`: the mean over the W windows covering the point (what `score_samples(method='latent')` does, there with the
  estimator's stride W // 4);
- `centre`: the distance of the window centred on the point (at the ends, the first or last window), as TSB-AD's
  window detectors (KShapeAD, KMeansAD) hand a subsequence's score to its centre;
- `max`: the largest distance among the windows covering the point;
- `knn5_centre`: `centre` with the mean distance to the 5 nearest training codes;
- `rawz_centre`: not the model: the same nearest-neighbour distance on the z-normalised raw windows (each window less
  its mean, over its standard deviation), to see what the encoder adds to the windows themselves.

Each is judged by TSB-AD's own `get_metrics` in its environment (VUS-PR, ROC-AUC). The estimator's decision is measured
too: `predict(test, window='fit', method='latent')` with the rolling threshold (`threshold_q=0.99`), as the fraction
of normal test points flagged (`flagged`; target 0.005 to 0.02), of normal points farther than W from any anomaly
(`flagged_far`) and the recall of anomalous points (`recall`); the same for the default NLL decision
(`LSTMVAE(max_steps=250)`, `stream_norm='auto'`) on seed 0 and 1 for comparison.

Rows (one per stream x variant) are appended to `results.csv`; a (seed, stream) with rows is not run again.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-06_latent_points/run.py --seeds 0 1
"""
import sys, time, warnings
from pathlib import Path
import numpy as np, pandas as pd
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import judge_streams, window_means, znorm_windows as znorm
from sklearn.neighbors import NearestNeighbors
from tsae.lstm_vae import LSTMVAE
from tsae.series import stream_windows

OUT = Path(__file__).with_name('results.csv')

def to_points(d, n, W, how):
    "Per-window values `d` (window j starts at j, stride 1) onto the `n` points"
    if how == 'centre': return d[np.clip(np.arange(n) - W // 2, 0, len(d) - 1)]
    if how == 'mean': return window_means(d, n, W)
    if how == 'max': return pd.Series(np.r_[d, np.full(W - 1, -np.inf)]).rolling(W, min_periods=1).max().to_numpy()
    raise ValueError(how)

def nn_dist(bank, query, k=1):
    mu, sd = bank.mean(0), bank.std(0) + 1e-8
    return NearestNeighbors(n_neighbors=k).fit((bank - mu) / sd).kneighbors((query - mu) / sd)[0].mean(1)

def decisions(flag, labels, W):
    lab = labels.astype(bool); far = np.convolve(lab.astype(float), np.ones(2 * W + 1), 'same') == 0
    return dict(flagged=float(flag[~lab].mean()), flagged_far=float(flag[far].mean()) if far.any() else np.nan,
                recall=float(flag[lab].mean()) if lab.any() else np.nan)

def scores(seed, name, d, W):
    "One latent fit's window distances handed to the points four ways, the z-normalised windows beside them, and the decisions of both fits"
    tr, te, lab = (np.asarray(d[k], np.float64) for k in ('train', 'test', 'labels')); n = len(te)
    t = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        m = LSTMVAE(max_steps=250, random_state=seed, stream_norm=None, series_norm='channel').fit(tr, window=W)
        dec = {'latent': decisions(m.predict(te, window='fit', method='latent') == -1, lab, W)}
        base = LSTMVAE(max_steps=250, random_state=seed).fit(tr, window=W)
        dec['nll_default'] = decisions(base.predict(te, window='fit') == -1, lab, W)
    secs = round(time.perf_counter() - t, 1)                              # the fits and the decisions
    Vtr, Vte = (stream_windows(m._prepare(v, W)[0], W, 1) for v in (tr, te))
    Ctr, Cte = m._codes(Vtr), m._codes(Vte)
    d1, d5, dz = nn_dist(Ctr, Cte), nn_dist(Ctr, Cte, 5), nn_dist(znorm(Vtr), znorm(Vte))
    given = {'mean': to_points(d1, n, W, 'mean'), 'centre': to_points(d1, n, W, 'centre'), 'max': to_points(d1, n, W, 'max'),
             'knn5_centre': to_points(d5, n, W, 'centre'), 'rawz_centre': to_points(dz, n, W, 'centre')}
    rows = [dict(seed=seed, stream=name, regime=d['regime'], variant=f'decision_{k}', vus_pr=np.nan, roc_auc=np.nan,
                 window=W, seconds=secs, **v) for k, v in dec.items()]
    print({k: round(v['flagged'], 3) for k, v in dec.items()}, flush=True)
    return {'given': given, 'cols': dict(seconds=secs, flagged=np.nan, flagged_far=np.nan, recall=np.nan), 'rows': rows}

if __name__ == '__main__': judge_streams(OUT, scores)
