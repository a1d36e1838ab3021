"""Anomaly decisions of LSTMVAE on streams that drift: today's fixed offset against per-window normalisation, detrending,
standardising, and a rolling threshold, on `tsae.bench.streams.stream_suite` (16 streams, labelled anomalies).

For every stream: the window is `default_window(train)`; one LSTMVAE fit per way of scoring (`max_steps=250`, one thread);
each candidate's fraction of normal test points flagged, recall of the anomalies and per-point ROC-AUC. Then the detrended
model again with windows of 0.5x and 2x the chosen one (sensitivity of the scores to the window).
Run: OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-06_stream_decisions/stream_decisions.py [--seed 0] [--steps 250] [--names ...] [--out ...]
(about 25 minutes on one thread; two processes on halves of the suite, --names, take half that); writes stream_decisions.csv beside itself.
"""
import os, sys, time, argparse, logging
os.environ.setdefault('OMP_NUM_THREADS', '1')
from pathlib import Path
import pandas as pd, torch
torch.set_num_threads(1)
logging.getLogger('tsae').setLevel(logging.WARNING)
from tsae.bench.streams import stream_suite, compare_decisions, CANDIDATES

HERE = Path(__file__).parent
p = argparse.ArgumentParser()
p.add_argument('--seed', type=int, default=0)
p.add_argument('--steps', type=int, default=250)
p.add_argument('--names', nargs='*', default=None)
p.add_argument('--out', default=str(HERE / 'stream_decisions.csv'))
a = p.parse_args()

suite = stream_suite(a.seed, a.names)
rows, t0 = [], time.perf_counter()
for name in suite:
    one = {name: suite[name]}
    rows += compare_decisions(one, max_steps=a.steps, seed=a.seed)
    rows += compare_decisions(one, max_steps=a.steps, seed=a.seed, candidates=('detrend',), scales=(0.5, 2.))
    r = pd.DataFrame(rows); r = r[(r.stream == name) & (r.scale == 1)].set_index('candidate')
    print(f"{name:16s} {time.perf_counter() - t0:6.0f}s  flagged " + ' '.join(f"{c}={r.flagged_normal[c]:.3f}" for c in CANDIDATES)
          + '  auc ' + ' '.join(f"{r.auc[c]:.2f}" for c in CANDIDATES), flush=True)
    pd.DataFrame(rows).to_csv(a.out, index=False)                    # written after every stream
print(f"done in {time.perf_counter() - t0:.0f} s -> {a.out}")
