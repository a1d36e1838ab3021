"""Seconds per optimizer step of each configuration of `run.py`, alone on one thread: a fit of 60 steps, timed after a
10-step fit that warms up, on the study's training set. Writes `cost.json` (configuration -> seconds per step).

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-06_bt_thesis_reproduction/cost.py plain bt_warp plain_big bt_warp_big
"""
import sys, json, time
from pathlib import Path
import torch
sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import BASE, CONFIGS, CLASSES
from tsae.barlow import BTVQVAE
from tsae.synth import make_two_patterns

if __name__ == '__main__':
    torch.set_num_threads(1); X, _ = make_two_patterns(1000, length=128, seed=0); out = {}
    for name in sys.argv[1:]:
        est = CLASSES.get(name, BTVQVAE)(**{**BASE, **CONFIGS[name]}, random_state=0); est.schedule = 'constant'
        est.max_steps = 10; est.fit(X)                                          # warm up
        est.max_steps = 60; t = time.perf_counter(); est.fit(X); out[name] = round((time.perf_counter() - t) / 60, 4)
        print(name, out[name], flush=True)
    Path(__file__).with_name('cost.json').write_text(json.dumps(out, indent=1) + '\n')
