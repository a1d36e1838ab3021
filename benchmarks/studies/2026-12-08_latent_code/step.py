"""A larger code per step: the LSTM-VAE's latent anomaly score with `latent_per='step', latent_dim=32`.

`run.py` (this folder) measured a larger code per window; `../2026-12-07_latent_selfjoin/` a code per step (its rows
`step_train` and `step_self`, the best readings of the LSTM-VAE's codes there). This script joins the two: one fit
per stream with 32 numbers per step, its codes read as `run.py` reads its variants (`step_d32_train`,
`step_d32_self`). Rows in `results_step.csv`; a (seed, stream) with rows is not run again.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-08_latent_code/step.py --seeds 0 --names ...   # the streams in two halves, as README says
"""
import sys
from functools import partial
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import judge_streams
from run import scores                                         # run.py of this folder

OUT = Path(__file__).with_name('results_step.csv')
VARIANTS = {'step_d32': dict(latent_per='step', latent_dim=32)}

if __name__ == '__main__': judge_streams(OUT, partial(scores, variants=VARIANTS))
