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
import argparse, sys, tempfile, time, warnings
from pathlib import Path
import numpy as np, pandas as pd
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import append_rows, window_means, znorm_windows
from sklearn.neighbors import NearestNeighbors
from tsae.lstm_vae import LSTMVAE
from tsae.series import default_window, stream_windows
from tsae.bench.streams import stream_suite
from tsae.bench.tsbad import tsbad_env, write_stream, run_tsbad_worker

OUT = Path(__file__).with_name('results.csv')

def nn_train_self(bank, query, W):
    "Distance of each query row to the nearest bank row (`train`), and to the nearest of the bank and the query rows at least `W` apart (`self`)"
    mu, sd = bank.mean(0), bank.std(0) + 1e-8
    B, Q = (bank - mu) / sd, (query - mu) / sd
    d_train = NearestNeighbors(n_neighbors=1).fit(B).kneighbors(Q)[0][:, 0]
    dq, iq = NearestNeighbors(n_neighbors=min(len(Q), 2 * W + 2)).fit(Q).kneighbors(Q)   # enough neighbours to pass the 2W - 1 overlapping ones
    dq = np.where(np.abs(iq - np.arange(len(Q))[:, None]) < W, np.inf, dq).min(1)
    return d_train, np.minimum(d_train, dq)

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--seeds', nargs='+', type=int, default=[0]); ap.add_argument('--names', nargs='*')
    a = ap.parse_args()
    done = set(zip(*pd.read_csv(OUT)[['seed', 'stream']].to_numpy().T)) if OUT.exists() else set()
    py = tsbad_env()
    for seed in a.seeds:
        for name, d in stream_suite(seed).items():
            if (seed, name) in done or (a.names and name not in a.names): continue
            tr, te, lab = (np.asarray(d[k], np.float64) for k in ('train', 'test', 'labels')); W = default_window(tr); n = len(te)
            given, t = {}, time.perf_counter()
            for per in ('series', 'step'):
                with warnings.catch_warnings():
                    warnings.simplefilter('ignore')
                    m = LSTMVAE(max_steps=250, random_state=seed, stream_norm=None, series_norm='channel', latent_per=per).fit(tr, window=W)
                Vtr, Vte = (stream_windows(m._prepare(v, W)[0], W, 1) for v in (tr, te))
                for k, dist in zip(('train', 'self'), nn_train_self(m._codes(Vtr), m._codes(Vte), W)): given[f'{per}_{k}'] = window_means(dist, n, W)
            given['rawz_self'] = window_means(nn_train_self(znorm_windows(Vtr), znorm_windows(Vte), W)[1], n, W)
            secs = round(time.perf_counter() - t, 1)
            with tempfile.TemporaryDirectory() as tmp:
                write_stream(f'{tmp}/s.npz', tr, te, lab, given)
                _, report = run_tsbad_worker(f'{tmp}/s.npz', f'{tmp}/r.npz', (), 0, py)
            rows = [dict(seed=seed, stream=name, regime=d['regime'], variant=r['method'], vus_pr=r['vus_pr'], roc_auc=r['roc_auc'],
                         window=W, seconds=secs) for r in report]
            append_rows(OUT, rows)
            print(seed, name, {r['variant']: round(r['vus_pr'], 3) for r in rows}, secs, flush=True)

if __name__ == '__main__': main()
