"""Per-point anomaly scores of LSTMVAE on the stream suite, one fit per stream and way of preparing the stream, saved so that
any decision rule can be computed from them without fitting again (`stream_rules.py` does).

For every stream of `tsae.bench.streams.stream_suite(seed)`: the window W is `default_window(train)`; the stream is prepared
as `raw` (as it is) or `level<k>` (less its trailing median over k*W points, in units of the trailing IQR/1.349 of that over
max(10, k)*W points: `level1` is the first study's `standardize`); one `LSTMVAE(max_steps=250, threshold_q=0.99)` fit on the
prepared training part (`fit(train, window=W)`); then `-score_samples(., window='fit')` (higher: more abnormal) of
  train: the training part, prepared and scored alone (what `fit` can calibrate a decision on),
  test:  the test part, prepared and scored alone (what `predict(x_test, window='fit')` sees),
  full:  the whole stream, prepared and scored in one piece (the test part with its history),
and the fitted per-step offset. Saved to scores_seed<seed>.npz (float32), one key per stream/prep/part.
Run: OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-06_stream_decisions/stream_scores.py --seed 0 [--preps raw level1 level4 level16]
"""
import os, sys, time, argparse, logging
os.environ.setdefault('OMP_NUM_THREADS', '1')
from pathlib import Path
import numpy as np, pandas as pd, torch
torch.set_num_threads(1)
logging.getLogger('tsae').setLevel(logging.WARNING)
from tsae.bench.streams import stream_suite, default_window
from tsae.lstm_vae import LSTMVAE

HERE = Path(__file__).parent

def prepare(x, W, prep):
    "`raw`: `x`; `level<k>`: `x` less its trailing median over k*W points, divided by the trailing IQR/1.349 of that over max(10, k)*W points"
    x = np.asarray(x, np.float64)
    if prep == 'raw': return x
    k = int(prep[len('level'):]); L, S = k * W, max(10, k) * W
    d = x - pd.Series(x).rolling(L, min_periods=1).median().to_numpy()
    r = pd.Series(d).rolling(S, min_periods=min(S, W))
    s = ((r.quantile(0.75) - r.quantile(0.25)) / 1.349).bfill().to_numpy()
    return d / np.maximum(s, 1e-8)

if __name__ == '__main__':
    p = argparse.ArgumentParser()
    p.add_argument('--seed', type=int, default=0)
    p.add_argument('--steps', type=int, default=250)
    p.add_argument('--preps', nargs='*', default=['raw', 'level1', 'level4', 'level16'])
    p.add_argument('--names', nargs='*', default=None)
    a = p.parse_args()
    out = HERE / f'scores_seed{a.seed}.npz'
    store = dict(np.load(out)) if out.exists() else {}
    suite, t0 = stream_suite(a.seed, a.names), time.perf_counter()
    for name, d in suite.items():
        W = default_window(d['train']); n0 = len(d['train']); x = np.r_[d['train'], d['test']]
        store[f'{name}/labels'] = d['labels'].astype(np.int8); store[f'{name}/meta'] = np.array([W, n0])
        for prep in a.preps:
            if f'{name}/{prep}/test' in store: continue
            t = time.perf_counter()
            m = LSTMVAE(max_steps=a.steps, random_state=a.seed, threshold_q=0.99).fit(prepare(d['train'], W, prep), window=W)
            fit_s = time.perf_counter() - t
            sc = lambda v: (-m.score_samples(v, window='fit')).astype(np.float32)
            store[f'{name}/{prep}/train'] = sc(prepare(d['train'], W, prep))
            store[f'{name}/{prep}/test'] = sc(prepare(d['test'], W, prep))
            store[f'{name}/{prep}/full'] = sc(prepare(x, W, prep))
            store[f'{name}/{prep}/offset'] = np.array([m.offsets_['nll/step'], fit_s])
            np.savez(out, **store)                                          # written after every fit
            print(f"{name:16s} {prep:8s} W={W:3d} fit {fit_s:5.1f}s  total {time.perf_counter() - t0:6.0f}s", flush=True)
    print(f"done in {time.perf_counter() - t0:.0f} s -> {out}")
