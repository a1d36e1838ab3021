"""What the STFT encoder's longer view costs the reconstruction, beside the time branch.

`../2026-12-07_branch_readout/results_down3.csv` found that the shipped network (`time_branch=True, time_hidden=16`)
with `n_down=3` probes better than with `n_down=2` (the default). The longer view halves the number of frames the
decoder rebuilds the series from. This script refits the same networks (same sets, seeds and arguments: the linear
probe of each row repeats that study's `shipped` reading, a check that the fit is the same) and measures
`score`, the reconstruction R² over every observed point, on the training and the test split.

Variants: `down2` (the shipped network), `down3` (`n_down=3`), `nobranch` (`time_branch=False`: what the branch itself
costs or gives the reconstruction). One row per (set, seed, variant) appended to `results.csv`; rows already there
are skipped.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-08_depth_reconstruction/run.py --variant down2 --seeds 0   # and, at the same time, --variant down3
"""
import sys
from pathlib import Path
from sklearn.metrics import accuracy_score
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import run_variants
from tsae.bench.peers import linear_probe

OUT = Path(__file__).parent / 'results.csv'
VARIANTS = {'down2': dict(time_branch=True, time_hidden=16, time_stride=1, n_down=2),
            'down3': dict(time_branch=True, time_hidden=16, time_stride=1, n_down=3),
            'nobranch': dict(time_branch=False, n_down=2)}

def measure(m, variant, Xtr, ytr, Xte, yte, seed):
    "The reconstruction R² on both splits, and the linear probe (the check against the readout study)"
    return dict(r2_train=round(m.score(Xtr), 4), r2_test=round(m.score(Xte), 4),
                linear=round(accuracy_score(yte, linear_probe(m.transform(Xtr), ytr, m.transform(Xte), seed)), 4))

if __name__ == '__main__': run_variants(OUT, VARIANTS, default='down2', measure=measure)
