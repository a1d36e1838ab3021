"""How far along time does the STFT encoder see: the frame axis halved twice (shipped) or three times?

`BTVQVAE`'s encoder reads an 8-point STFT (hop 4) and halves its frame axis `n_down` = 2 times with strided
convolutions, so each encoder output covers about 16 frames (64 steps) of the series, whatever its length. The shipped
`n_down` was chosen on the first ten sets (`../2026-11-30_vqvae_defaults/`). The tone sets of the grown suite
(`frequency_bands`, `chirp_direction`) separate classes by how the phase turns over many frames, and a quick look at
`n_down=3` on `frequency_bands` (seed 0) read 0.745 against the shipped 0.530. Is it a better default on all 24 sets,
chosen leave-one-set-out?

- `shipped`: `BTVQVAE()` (`pool='pyramid_std'`, `series_stats=True`, `n_down=2`), fitted again here as the baseline,
  as fits differ between machines by a few points on a set.
- `down3`: `BTVQVAE(n_down=3)`, every other argument shipped: one more halving, each output covers about twice the
  time, at the same cost per step (the conv layers shrink the frame axis further).

For each set and seed, one row: the linear probe (`linear_probe`) and TS2Vec's RBF-SVM probe (`svm_probe`) on the
`transform` of the fit, as in the code-level and encoder-inputs studies. Rows are appended to `results.csv`; (set, seed,
variant) triples already there are skipped. `CHOICES['btvqvae_depth']` (chapter 06e) reads them.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-07_frame_depth/run.py --variant shipped --seeds 0   # and, at the same time, --seeds 1
    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-07_frame_depth/run.py --variant down3 --seeds 0     # and, at the same time, --seeds 1
"""

import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import run_variants

OUT = Path(__file__).parent / 'results.csv'
VARIANTS = {'shipped': dict(time_branch=False), 'down3': dict(n_down=3, time_branch=False)}   # the `BTVQVAE` arguments of each variant, every other one shipped (the defaults before the time branch)

if __name__ == '__main__': run_variants(OUT, VARIANTS, default='down3')
