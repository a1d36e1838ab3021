"""Gaps in drifting streams: LSTMVAE's stream imputation with and without the kriged guess, against linear
interpolation and kriging alone, on the 16 streams of `tsae.bench.streams.stream_suite(seed)`.

Each stream's model is `LSTMVAE(max_steps=250, random_state=seed).fit(train, window='auto')` (the estimator's stream
defaults), as in the 2026-12-06 imputation study. Masks on the test part (labelled anomalies stay observed and are
not scored): `mcar30` (each point hidden with probability 0.3), `gap_period` (one gap as long as the stream's period,
125 points where it has none, from a third of the test part) and `gap_3periods` (three times as long, same start).
Methods: `lstm_vae` (`impute(x, window='fit')`, the default `guess='kriging'`), `lstm_vae_windows`
(`guess=None`: each window imputed from its own observed points, the method before the guess), `kriging`
(`impute_kriging` with `period=stream_period(x)`, the guess the estimator makes) and `linear`. RMSE on the hidden points, in units of the training part's std. Rows appended to the csv; a
(stream, seed) already there is skipped.

    OMP_NUM_THREADS=1 python run.py [--seeds 0 1] [--names NAME ...] [--out results.csv]
"""
import argparse, csv, os, time, warnings
from pathlib import Path
import numpy as np
from tsae.lstm_vae import LSTMVAE, stream_period
from tsae.impute import impute_linear, impute_kriging
from tsae.bench.streams import stream_suite

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--names', nargs='+', default=None); ap.add_argument('--seeds', nargs='+', type=int, default=[0])
    ap.add_argument('--out', default=str(Path(__file__).with_name('results.csv'))); a = ap.parse_args()
    done = set()
    if os.path.exists(a.out):
        with open(a.out) as f: done = {(r['stream'], int(r['seed'])) for r in csv.DictReader(f)}
    for seed in a.seeds:
        suite = stream_suite(seed)
        for name in a.names or list(suite):
            if (name, seed) in done: continue
            d = suite[name]; tr, te, lab = (np.asarray(d[k], np.float64) for k in ('train', 'test', 'labels'))
            sd = float(np.std(tr)); rng = np.random.default_rng(seed); T = len(te); gap = int(d.get('period') or 125)
            masks = {'mcar30': rng.random(T) < 0.3, 'gap_period': np.zeros(T, bool), 'gap_3periods': np.zeros(T, bool)}
            masks['gap_period'][T // 3: T // 3 + gap] = True; masks['gap_3periods'][T // 3: T // 3 + 3 * gap] = True
            t = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter('ignore'); est = LSTMVAE(max_steps=250, random_state=seed).fit(tr, window='auto')
            fit_s = time.perf_counter() - t; W = est.length_
            for mname, m in masks.items():
                m = m & (lab == 0); xm = np.where(m, np.nan, te); P = stream_period(xm)
                t = time.perf_counter(); ours = np.asarray(est.impute(xm, window='fit')).reshape(-1); imp_s = time.perf_counter() - t
                fills = {'lstm_vae': ours, 'lstm_vae_windows': np.asarray(est.impute(xm, window='fit', guess=None)).reshape(-1),
                         'kriging': impute_kriging(xm[None], period=P).reshape(-1), 'linear': impute_linear(xm[None]).reshape(-1)}
                r = {k: float(np.sqrt(np.mean((v[m] - te[m]) ** 2)) / sd) for k, v in fills.items()}
                row = dict(stream=name, seed=seed, regime=d['regime'], mask=mname, hidden=int(m.sum()), window=W, period=P or '',
                           **{k: round(v, 4) for k, v in r.items()}, ratio=round(r['lstm_vae'] / r['linear'], 3),
                           ratio_windows=round(r['lstm_vae_windows'] / r['linear'], 3), ratio_kriging=round(r['kriging'] / r['linear'], 3),
                           fit_s=round(fit_s, 1), impute_s=round(imp_s, 2))
                print(row, flush=True); new = not os.path.exists(a.out)
                with open(a.out, 'a', newline='') as f:
                    w = csv.DictWriter(f, fieldnames=list(row)); new and w.writeheader(); w.writerow(row)

if __name__ == '__main__': main()
