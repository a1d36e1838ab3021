"""Codes on one scale: the shipped network's `transform`, as it comes and with each feature standardised on the training series.

`transform` concatenates summaries of different kinds: means of encoder outputs over time and over each half, their
spread over time, and each series' mean and log standard deviation. Their scales differ by orders of magnitude. The
linear probe standardises the codes first (`linear_probe`), so it reads them alike either way; TS2Vec's RBF-SVM probe
(`svm_probe`, `gamma='scale'`) does not, and nor do k-means, nearest neighbours or any distance a user takes on the
codes: there the features with the largest spread decide. TS2Vec's own codes (the maximum over time of one encoder's
outputs) are of one kind.

For each set and seed, one fit of `BTVQVAE` as shipped, read four ways: `shipped`; `shipped_std`, each column less its
mean over the training codes and divided by their standard deviation (1 where it is 0); `maxmin`
(`time_extremes=True`) and `maxmin_std`. Rows appended to `results.csv` (as `benchmarks.common.run_variants`).

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-08_code_scale/run.py --seeds 0   # and, at the same time, --seeds 1
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import run_variants

OUT = Path(__file__).parent / 'results.csv'
VARIANTS = {'shipped': {}}

def standardised(A, B):
    "Each column of the training codes `A` and the test codes `B` less `A`'s mean, over `A`'s standard deviation (1 where it is 0)"
    mu, sd = A.mean(0), A.std(0); sd[sd == 0] = 1
    return (A - mu) / sd, (B - mu) / sd

def reads(m, Xtr, Xte):
    "The shipped codes and the extremes, each as they come and standardised"
    out = {}
    for name, ext in (('shipped', False), ('maxmin', True)):
        m.set_params(time_extremes=ext); A, B = m.transform(Xtr), m.transform(Xte)
        out[name], out[name + '_std'] = (A, B), standardised(A, B)
    m.set_params(time_extremes=False); return out

if __name__ == '__main__': run_variants(OUT, VARIANTS, default='shipped', reads=reads)
