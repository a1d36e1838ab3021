"""Imputation on the drifting streams of the stream suite: LSTMVAE (defaults, `window='auto'`, 250 steps, seed 0)
fitted on each stream's training part fills the test part's gaps, against linear interpolation. Two masks on the test
part (anomalous points left observed and unscored): 30 % of the points missing at random (MCAR), and one gap as long
as the stream's period (125 points where it has none), starting at a third of the test part. RMSE on the hidden
normal points, in units of the training part's std. Rows appended to the csv; a stream already there is skipped.

    OMP_NUM_THREADS=1 python run.py [--names NAME ...] [--out results.csv]
"""
import argparse, csv, os, time, warnings
from pathlib import Path
import numpy as np
from tsae.lstm_vae import LSTMVAE
from tsae.impute import impute_linear
from tsae.bench.streams import stream_suite

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--names', nargs='+', default=None)
    ap.add_argument('--out', default=str(Path(__file__).with_name('results.csv'))); a = ap.parse_args()
    suite = stream_suite(0); names = a.names or list(suite)
    done = set()
    if os.path.exists(a.out):
        with open(a.out) as f: done = {r['stream'] for r in csv.DictReader(f)}
    for name in names:
        if name in done: continue
        d = suite[name]; tr, te, lab = (np.asarray(d[k], np.float64) for k in ('train', 'test', 'labels'))
        sd = float(np.std(tr)); rng = np.random.default_rng(0); T = len(te)
        gap = int(d.get('period') or 125)
        masks = {'mcar30': rng.random(T) < 0.3, 'gap_period': np.zeros(T, bool)}
        masks['gap_period'][T // 3: T // 3 + gap] = True
        t = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter('ignore'); est = LSTMVAE(max_steps=250, random_state=0).fit(tr, window='auto')
        fit_s = time.perf_counter() - t
        for mname, m in masks.items():
            m = m & (lab == 0); xm = np.where(m, np.nan, te)
            ours = np.asarray(est.impute(xm, window='fit')).reshape(-1); lin = np.asarray(impute_linear(xm[None, :, None])).reshape(-1)
            r = lambda x: float(np.sqrt(np.mean((x[m] - te[m]) ** 2)) / sd)
            row = dict(stream=name, regime=d['regime'], mask=mname, hidden=int(m.sum()), gap=gap if mname == 'gap_period' else 0,
                       lstm_vae=round(r(ours), 4), linear=round(r(lin), 4), ratio=round(r(ours) / r(lin), 3), fit_s=round(fit_s, 1))
            print(row, flush=True); new = not os.path.exists(a.out)
            with open(a.out, 'a', newline='') as f:
                w = csv.DictWriter(f, fieldnames=list(row)); new and w.writeheader(); w.writerow(row)

if __name__ == '__main__': main()
