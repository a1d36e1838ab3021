"""Views that drift: the shipped augmentations (amplitude, window warp) and a trend, or a trend and a level shift.

`BTVQVAE`'s Barlow Twins term is below the plain network on `cbf_drift` (`../2026-12-07_drift_split/`): its test split
carries a trend and a level shift together, which neither network saw in training. The term learns to ignore what its
augmentations change; the shipped ones (amplitude, window warp) change neither the trend nor the level. Trends and
level shifts are the commonest drift of real recordings. Does teaching the term to ignore them cost the other sets?

Variants (the shipped network but for `augs`):
- `slope`: `('amplitude', 'warp', 'slope')`: `add_slope` at its default strength (a line of slope U(-0.5, 0.5) per
  length of the series through its middle);
- `slope_step`: that, then `step`: a level shift of height U(-0.5, 0.5) (the strength) from a step drawn uniformly in
  the middle half of the series onwards (defined here, not in the library).

One row per fit (the shipped `transform`, both probes), appended to `results.csv` (`benchmarks.common.run_variants`).

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-08_drift_augment/run.py --variant slope --seeds 0   # and --seeds 1 at the same time; then --variant slope_step
"""
import sys
from pathlib import Path
import torch
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import run_variants
from tsae import barlow

def level_step(x, strength:float=0.5, seed=None):
    "Add a step of height U(-`strength`, `strength`) from a step drawn uniformly in the middle half of each series onwards"
    s = barlow._strength('strength', strength); x3, back = barlow._as3(x); g = barlow._gen(seed); n, T, c = x3.shape
    at = (T / 4 + T / 2 * barlow._rand((n, 1, 1), g, x3.device)).floor()
    h = s * (2 * barlow._rand((n, 1, c), g, x3.device) - 1)
    return back(x3 + h * (torch.arange(T, device=x3.device)[None, :, None] >= at))

barlow.AUGMENTATIONS['step'] = (level_step, 0.5)

OUT = Path(__file__).parent / 'results.csv'
VARIANTS = {'slope': dict(augs=('amplitude', 'warp', 'slope')), 'slope_step': dict(augs=('amplitude', 'warp', 'slope', 'step'))}

if __name__ == '__main__': run_variants(OUT, VARIANTS, default='slope')
