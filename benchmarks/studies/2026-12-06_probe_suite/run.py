"""Representations on the grown tuning suite, under both probes: tsae's encoders with their defaults (`lstm_ae`,
`btvqvae`, ...) and TS2Vec (Yue et al. 2022, the authors' package and protocol), each probed by the quality
benchmark's linear SVM on standardised codes (`linear`) and by TS2Vec's RBF SVM with C by 5-fold search (`svm`);
1-NN on the z-normalised raw series as the reference. One row per set x method x seed, appended; rows already in the
csv are skipped, so a run can be resumed or split over processes.

    OMP_NUM_THREADS=1 python run.py [--sets NAME ...] [--methods 1-NN TS2Vec lstm_ae ...] [--seeds 0] [--out results.csv]
"""
import argparse, csv, os, time, warnings
from pathlib import Path
import numpy as np
from sklearn.metrics import accuracy_score
from tsae.estimator import estimator_class, takes_lengths
from tsae.bench.suite import SUITE, tuning_suite
from tsae.bench.experiments import MODELS, flat_codes
from tsae.bench.peers import equalize, nn1, linear_probe, svm_probe, ts2vec_embed

def codes(method, Xtr, Xte, Etr, Ete, seed):
    "Codes of both splits, and the seconds it took to learn them"
    t = time.perf_counter()
    if method == 'TS2Vec': Ca, Cb = ts2vec_embed(Xtr, Xte, seed=seed)
    else:
        cls = estimator_class(MODELS[method]['estimator']); est = cls(random_state=seed)
        a, b = (Xtr, Xte) if takes_lengths(cls) else (Etr, Ete)
        with warnings.catch_warnings(): warnings.simplefilter('ignore'); est.fit(a)
        Ca, Cb = flat_codes(est, a), flat_codes(est, b)
    return Ca, Cb, time.perf_counter() - t

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--sets', nargs='+', default=list(SUITE))
    ap.add_argument('--methods', nargs='+', default=['1-NN', 'TS2Vec', 'lstm_ae']); ap.add_argument('--seeds', nargs='+', type=int, default=[0])
    ap.add_argument('--out', default=str(Path(__file__).with_name('results.csv'))); a = ap.parse_args()
    done = set()
    if os.path.exists(a.out):
        with open(a.out) as f: done = {(r['set'], r['method'], int(r['seed'])) for r in csv.DictReader(f)}
    for name in a.sets:
        todo = [(m, s) for m in a.methods for s in a.seeds if (name, m, s) not in done]
        if not todo: continue
        Xtr, ytr, Xte, yte = tuning_suite([name])[name]; Etr = equalize(Xtr); Ete = equalize(Xte, Etr.shape[1])
        for m, seed in todo:
            if m == '1-NN':
                t = time.perf_counter(); acc = accuracy_score(yte, nn1(Etr, ytr, Ete)); row = dict(linear=acc, svm=acc, seconds=time.perf_counter() - t, dims=0)
            else:
                Ca, Cb, s = codes(m, Xtr, Xte, Etr, Ete, seed)
                row = dict(linear=accuracy_score(yte, linear_probe(Ca, ytr, Cb, seed)), svm=accuracy_score(yte, svm_probe(Ca, ytr, Cb, seed)), seconds=s, dims=Ca.shape[1])
            row = dict(set=name, method=m, seed=seed, **{k: (round(v, 4) if isinstance(v, float) else v) for k, v in row.items()})
            print(row, flush=True); new = not os.path.exists(a.out)
            with open(a.out, 'a', newline='') as f:
                w = csv.DictWriter(f, fieldnames=list(row)); new and w.writeheader(); w.writerow(row)

if __name__ == '__main__': main()
