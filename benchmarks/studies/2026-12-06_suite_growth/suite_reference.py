"""Reference accuracies of every set of the tuning suite: is a set neither trivial nor impossible?

For each set of `tsae.bench.suite.SUITE` and seed s (the suite's seed: train split drawn with s, test with s + 1):
- `nn1_zed`: 1-NN with the Euclidean distance (sklearn `KNeighborsClassifier(1)`) on z-normalised series (each channel of each
  series to mean 0, std 1 over time), flattened; series of different lengths (JapaneseVowels) are zero-padded after z-normalising;
- `minirocket`: aeon's MiniRocket features into a ridge classifier (`tsae.bench.peers.minirocket_ridge`, seed s), a strong
  off-the-shelf classifier, to show that a set that defeats 1-NN can still be learned;
- `chance`: the share of the test split's largest class.
No tsae model is fitted; the families were not tuned on any of them.

    OMP_NUM_THREADS=1 NUMBA_NUM_THREADS=1 python benchmarks/studies/2026-12-06_suite_growth/suite_reference.py \
        --out benchmarks/studies/2026-12-06_suite_growth/results.csv
"""
import argparse, csv, time, warnings
import numpy as np
from sklearn.neighbors import KNeighborsClassifier
from tsae.bench.suite import SUITE, SPECS, tuning_suite, describe_suite
from tsae.bench.peers import minirocket_ridge

def znorm(X):
    "`(n, length, channels)` array or list of `(length_i, channels)`: each channel of each series to mean 0, std 1"
    return [(x - x.mean(0)) / np.where(x.std(0) > 0, x.std(0), 1.) for x in X]

def padded(Xs, T):
    "Stack `(length_i, channels)` series, zero-padded at the end to `T` points"
    return np.stack([np.pad(x, ((0, T - len(x)), (0, 0))) for x in Xs]).astype(np.float32)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sets', nargs='+', default=list(SUITE)); ap.add_argument('--seeds', nargs='+', type=int, default=[0, 1, 2])
    ap.add_argument('--out', required=True)
    a = ap.parse_args(); warnings.filterwarnings('ignore')
    spec = describe_suite(a.sets); rows = []
    for name in a.sets:
        for seed in a.seeds:
            t0 = time.time()
            Xa, ya, Xb, yb = tuning_suite([name], seed=seed)[name]
            T = max(len(x) for x in list(Xa) + list(Xb))
            A, B = padded(znorm(Xa), T), padded(znorm(Xb), T)
            nn1 = KNeighborsClassifier(1).fit(A.reshape(len(A), -1), ya).score(B.reshape(len(B), -1), yb)
            mr = float((minirocket_ridge(padded(list(Xa), T), ya, padded(list(Xb), T), seed) == yb).mean())
            r = spec.loc[name]
            rows.append(dict(set=name, family=r.family, seed=seed, n_train=len(ya), n_test=len(yb), length=r.length, channels=r.channels,
                             classes=r.classes, chance=round(float(np.bincount(yb).max() / len(yb)), 4), nn1_zed=round(float(nn1), 4),
                             minirocket=round(mr, 4), seconds=round(time.time() - t0, 1)))
            print(rows[-1], flush=True)
    with open(a.out, 'w', newline='') as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0])); w.writeheader(); w.writerows(rows)

if __name__ == '__main__': main()
