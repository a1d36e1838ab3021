"""Cheaper time-domain branches: the same dilated blocks with 16 channels, on every step or on the steps averaged in pairs.

The time-branch study (`../2026-12-07_time_branch/`) found that `BTVQVAE(time_branch=True)` is chosen leave-one-set-out
on every set of the suite, but that a default fit of 200 series of 500 steps takes 80 s against 36 s without it (one
thread): its blocks run at every step, with 32 channels. Here its blocks have 16 channels (`time_hidden=16`: a quarter
of the weights per 3-tap convolution), on every step (`time16`) or on the series averaged two steps at a time
(`time16s2`, `time_stride=2`: half the positions, and a receptive field of 254 steps). Everything else is the branch of that study, and
its rows (`time`) and the frame-depth study's shipped fits (`shipped`, `../2026-12-07_frame_depth/`), fitted on the same
kind of machine with the same seeds, are the comparison.

For each set and seed, one row: the linear probe (`linear_probe`) and TS2Vec's RBF-SVM probe (`svm_probe`) on the
`transform` of the fit. Rows are appended to `results.csv`; (set, seed, variant) triples already there are skipped.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-07_time_branch_cost/run.py --variant time16s2 --seeds 0     # and, at the same time, --seeds 1: 9 minutes
    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-07_time_branch_cost/run.py --variant time16 --seeds 0       # and, at the same time, --seeds 1: 12 minutes
"""

import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import run_variants

OUT = Path(__file__).parent / 'results.csv'
VARIANTS = {'time16s2': dict(time_branch=True, time_hidden=16, time_stride=2), 'time16': dict(time_branch=True, time_hidden=16, time_stride=1)}   # the `BTVQVAE` arguments of each variant, every other one shipped

if __name__ == '__main__': run_variants(OUT, VARIANTS, default='time16s2')
