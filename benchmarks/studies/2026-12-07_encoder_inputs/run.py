"""What the STFT encoder reads: its log-magnitude beside the real and imaginary parts, or one window over the whole series?

`BTVQVAE` encodes the real and imaginary parts of a short-time Fourier transform of 8 points (hop 4). Under the shipped
`transform` (`pool='pyramid_std'`, `series_stats=True`) it stays far below TS2Vec on `spikes` (0.53 against 0.83,
linear probe) and below 1-NN on the raw series on `frequency_bands` and `chirp_direction`. Two changes of the encoder's
input, each fitted with the shipped defaults otherwise:

- `mag`: `BTVQVAE(magnitude=True)`, the log-magnitude of each frequency bin, `log(|u| + 1e-3)`, as extra input channels
  of the encoder beside the real and imaginary parts (the decoder still reconstructs those two). A texture that differs in how its energy is
  spread over time (rare large spikes against white noise of the same variance) shows in the magnitude whatever the
  phase; the real and imaginary parts of a frame oscillate with it.
- `long`: one STFT window over the whole series (`n_fft` the largest power of two not above the length, hop half of
  it), the frequency resolution of a periodogram: tones 4 to 8 cycles per series, as in `frequency_bands`, fall in
  different bins. `both` is the shipped model's `transform` and the long one's side by side (two fits).
- `spec<n>` (no network, the control): the log power spectrogram of each z-normalised series with a window of n points,
  summarised over time as the shipped `transform` is. What a linear read of the time-frequency image gives at each
  resolution, whatever the network learns.

`shipped` fits the shipped defaults again (`pyr2std+level`), the baseline: the code-level study's rows of the same
defaults were fitted on another machine, and a fit differs between machines by up to a few points on a set (GunPoint,
seed 0: 0.967 there, 0.987 here), so the inputs are compared on fits of one machine.

For each set and seed, one row per variant (`summary`: `pyr2std+level`, `pyr2std+level+mag`, `pyr2std+level+long`,
`pyr2std+level+both`, `spec<n>`): the linear probe (`linear_probe`) and TS2Vec's RBF-SVM probe (`svm_probe`) on the
`transform` of the fit, as in the code-level study. Rows are appended to `results.csv`; (set, seed, variant)
triples already there are skipped. `CHOICES['btvqvae_input']` (chapter 06e) reads the `pyr2std+level` and `pyr2std+level+mag` rows.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-07_encoder_inputs/run.py --variant mag --seeds 0      # and, at the same time, --seeds 1
    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-07_encoder_inputs/run.py --variant shipped --seeds 0  # and, at the same time, --seeds 1
    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-07_encoder_inputs/run.py --variant long --sets frequency_bands chirp_direction --seeds 0
    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-07_encoder_inputs/run.py --variant spec --seeds 0     # no fit: seconds
"""
import argparse, csv, sys, time, warnings
from pathlib import Path
import numpy as np, torch
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import append_rows, equal_length
from sklearn.metrics import accuracy_score
from tsae.barlow import BTVQVAE
from tsae.vqvae import pool_frames, stft
from tsae.bench.suite import SUITE, tuning_suite
from tsae.bench.peers import linear_probe, svm_probe

HERE = Path(__file__).parent; OUT = HERE / 'results.csv'
NAMES = {'shipped': 'pyr2std+level', 'mag': 'pyr2std+level+mag', 'long': 'pyr2std+level+long', 'both': 'pyr2std+level+both'}   # the `summary` of each row: the shipped summary, read from another input

def fit(est, X):
    with warnings.catch_warnings(): warnings.simplefilter('ignore'); return est.fit(X)

def spectrogram(x:torch.Tensor, n_fft:int) -> np.ndarray:
    "The control without a network: the log power of each bin of the STFT (`n_fft` points, hop half of it) of each z-normalised series of `x` `(n, length, channels)`, summarised over time as the shipped `transform` (`pool_frames(..., 'pyramid_std')`)"
    x = (x - x.mean(1, keepdim=True)) / (x.std(1, keepdim=True) + 1e-5)
    u = stft(x, n_fft, n_fft // 2); C = u.shape[1] // 2
    return pool_frames(torch.log(u[:, :C] ** 2 + u[:, C:] ** 2 + 1e-3), 'pyramid_std').numpy()

def features(variant, seed, Xtr, Xte):
    "Train and test features of `variant`"
    if variant == 'spec':
        A, B = equal_length(Xtr), equal_length(Xte)
        return {f'spec{n}': (spectrogram(A, n), spectrogram(B, n)) for n in (8, 16, 32, 64, 128) if n <= A.shape[1]}
    if variant in ('mag', 'shipped'):
        m = fit(BTVQVAE(random_state=seed, magnitude=variant == 'mag', time_branch=False), Xtr); return {NAMES[variant]: (m.transform(Xtr), m.transform(Xte))}
    L = min(np.asarray(x).shape[0] for x in Xtr) if isinstance(Xtr, list) else np.asarray(Xtr).shape[1]
    n = 2 ** int(np.log2(L)); lo, base = fit(BTVQVAE(random_state=seed, n_fft=n, time_branch=False), Xtr), fit(BTVQVAE(random_state=seed, time_branch=False), Xtr)
    A1, B1, A0, B0 = lo.transform(Xtr), lo.transform(Xte), base.transform(Xtr), base.transform(Xte)
    return {NAMES['long']: (A1, B1), NAMES['both']: (np.c_[A0, A1], np.c_[B0, B1])}

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--variant', choices=('shipped', 'mag', 'long', 'spec'), default='mag')
    ap.add_argument('--sets', nargs='+', default=list(SUITE)); ap.add_argument('--seeds', nargs='+', type=int, default=[0]); a = ap.parse_args()
    done = set()
    if OUT.exists():
        with open(OUT) as f: done = {(r['set'], int(r['seed']), r['summary']) for r in csv.DictReader(f)}
    for name in a.sets:
        Xtr, ytr, Xte, yte = tuning_suite([name])[name]
        for seed in a.seeds:
            if (name, seed, NAMES.get(a.variant, a.variant if a.variant != 'spec' else 'spec8')) in done: continue
            t = time.perf_counter(); feats = features(a.variant, seed, Xtr, Xte); secs = round(time.perf_counter() - t, 1)
            rows = [dict(set=name, seed=seed, summary=k, dims=A.shape[1], linear=round(accuracy_score(yte, linear_probe(A, ytr, B, seed)), 4),
                         svm=round(accuracy_score(yte, svm_probe(A, ytr, B, seed)), 4), fit_seconds=secs) for k, (A, B) in feats.items()]
            append_rows(OUT, rows); print(name, seed, {r['summary']: (r['linear'], r['svm']) for r in rows}, flush=True)

if __name__ == '__main__': main()
