"""Which per-point score of the LSTM-VAE ranks the anomalies of a drifting stream best, judged by TSB-AD's own metrics
(VUS-PR first) on the 16 streams of `stream_suite(0)`.

For each stream the LSTM-VAE is fitted three times with the benchmark's budget (`max_steps=250`, seed 0, window
`default_window(train)`): on the raw stream (`raw`: `stream_norm=None`), on the stream less its trailing level
(`level`: `stream_norm='level'`) and with each window normalised by its own mean and spread (`win`:
`series_norm='channel'`). Each fit gives its per-point NLL on the test part, and from it:

- `*_nll`: the NLL as it is (what `tsbad.tsae_scores` sends);
- `*_smooth`: its centred moving average over one window;
- `*_z`: the rolling z of the decision rule (`rolling_exceedance`'s first stage: each score in units of the median
  and MAD of the ten windows before it);
- `*_zsmooth`: that z, smoothed over one window;
- `*_dec`: minus `decision_function(test, window=w)`, the estimator's own rolling exceedance `r_t` (what `predict`
  compares with 1; a point without a score counts as normal);
- `*_knn`: not a reconstruction score but a distance in the latent space, as KMeansAD measures one on the raw
  windows: each test window's code (`transform`, the posterior mean) against its nearest code among the training
  windows (all of them, stride 1), in units of the training codes' spread, each point given the mean of the windows
  covering it;

and, from both fits, `mix_z` (the larger of `raw_z` and `level_z` at each point).

Every variant is sent to TSB-AD's worker (no detector of its own is run) and judged by `get_metrics`. The gate
statistics of each training stream are recorded too, so that a rule choosing raw or level per stream can be judged
from the same rows. Rows go to `results.csv` (one per stream x variant); a fit whose rows a stream already has is not run again
(`--fits win` adds that fit to the streams done without it).

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-06_stream_scores/run.py [--fits raw level win]
"""
import argparse, csv, os, tempfile, time, warnings
from pathlib import Path
import numpy as np, pandas as pd
from tsae.lstm_vae import LSTMVAE
from tsae.series import autocorr, default_window, stream_windows
from sklearn.neighbors import NearestNeighbors
from tsae.bench.streams import stream_suite
from tsae.bench.tsbad import tsbad_env, write_stream, run_tsbad_worker

OUT = Path(__file__).with_name('results.csv')
SCORES = os.environ.get('TSAE_STREAM_SCORES')   # a folder: keep each stream's scores there too (for looking at them, not committed)

FITS = {'raw': dict(stream_norm=None),                                  # the stream as it is
        'level': dict(stream_norm='level'),                             # less its trailing level, in units of its trailing spread
        'win': dict(stream_norm=None, series_norm='channel')}           # each window in units of its own mean and spread (as KMeansAD's windows)

def smooth(a, w): return pd.Series(a).rolling(w, center=True, min_periods=1).mean().to_numpy()

def rolling_z(a, w):
    "First stage of the rolling decision: each score in units of the median and MAD of the 10 windows before it (the first window: its own)"
    s = pd.Series(a); med = s.rolling(10 * w, min_periods=w).median().shift(1)
    mad = (s - med).abs().rolling(10 * w, min_periods=w).median().shift(1)
    med, mad = med.fillna(s.iloc[:w].median()), mad.fillna((s.iloc[:w] - s.iloc[:w].median()).abs().median())
    return ((s - med) / (1.4826 * np.maximum(mad, 1e-12))).to_numpy()

def knn_score(m, train, test, w):
    "Distance of each test window's code to the nearest training window's code (codes standardised on the training ones), spread to the points"
    tr, te = (stream_windows(m._prepare(v, w)[0], w, 1) for v in (train, test))
    A, B = m.transform(tr).reshape(len(tr), -1), m.transform(te).reshape(len(te), -1)
    mu, sd = A.mean(0), A.std(0) + 1e-8
    d = NearestNeighbors(n_neighbors=1).fit((A - mu) / sd).kneighbors((B - mu) / sd)[0][:, 0]
    return np.convolve(d, np.ones(w), 'full') / np.convolve(np.ones(len(d)), np.ones(w), 'full')   # each point: the mean over the windows covering it

def gates(train, w):
    "Statistics of the training stream a per-stream rule could use"
    x = np.asarray(train, np.float64); k = len(x) // w
    blocks = x[:k * w].reshape(k, w); med = np.median(blocks, 1); iqr = np.subtract(*np.percentile(blocks, [75, 25], 1))
    return dict(acf_w=float(autocorr(x, w)[w]), level_drift=float(np.std(med) / max(np.median(iqr) / 1.349, 1e-12)))

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--fits', nargs='+', default=list(FITS), choices=list(FITS)); fits = ap.parse_args().fits
    done = set(zip(*pd.read_csv(OUT)[['stream', 'variant']].to_numpy().T)) if OUT.exists() else set()
    py = tsbad_env()
    for name, d in stream_suite(0).items():
        todo = [f for f in fits if (name, f'{f}_nll') not in done]      # the fits this stream has no rows of yet
        if not todo: continue
        w = default_window(d['train']); given, secs = {}, {}
        for tag, kw in ((k, FITS[k]) for k in todo):
            t = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter('ignore'); m = LSTMVAE(max_steps=250, random_state=0, **kw).fit(d['train'], window=w)
            a = -np.asarray(m.score_samples(d['test'], window=w), np.float64).reshape(-1)
            secs[tag] = round(time.perf_counter() - t, 1)
            a = np.where(np.isfinite(a), a, np.nanmedian(a)); z = rolling_z(a, w)
            given |= {f'{tag}_nll': a, f'{tag}_smooth': smooth(a, w), f'{tag}_z': z, f'{tag}_zsmooth': smooth(z, w),
                      f'{tag}_knn': knn_score(m, d['train'], d['test'], w),
                      f'{tag}_dec': -np.nan_to_num(np.asarray(m.decision_function(d['test'], window=w), np.float64).reshape(-1), nan=-1.)}
        if {'raw_z', 'level_z'} <= set(given): given['mix_z'] = np.maximum(given['raw_z'], given['level_z'])
        with tempfile.TemporaryDirectory() as tmp:
            write_stream(f'{tmp}/s.npz', d['train'], d['test'], d['labels'], given)
            _, report = run_tsbad_worker(f'{tmp}/s.npz', f'{tmp}/r.npz', (), 0, py)
        if SCORES: os.makedirs(SCORES, exist_ok=True); np.savez(f'{SCORES}/{name}.npz', labels=d['labels'], **given)
        g = gates(d['train'], w)
        rows = [dict(stream=name, regime=d['regime'], variant=r['method'], vus_pr=r['vus_pr'], roc_auc=r['roc_auc'], window=w,
                     seconds=secs.get(r['method'].split('_')[0]), **g) for r in report]
        new = not OUT.exists()
        with open(OUT, 'a', newline='') as f:
            wr = csv.DictWriter(f, fieldnames=list(rows[0])); new and wr.writeheader(); wr.writerows(rows)
        print(name, {r['variant']: round(r['vus_pr'], 3) for r in rows}, flush=True)

if __name__ == '__main__': main()
