"""DVESOM's clustering on the grown tuning suite: one default fit per set and seed, then the clusters re-formed from
the same fit for each candidate weight of the series statistics (`stats_weight`; 0 = the codes alone; what tsae
ships is 1.4), against k-means on the raw series and k-Shape (NMI on the test split, k = classes). Rows are appended,
and a (set, seed) already in the csv is skipped, so a run can be resumed or split over processes.

    OMP_NUM_THREADS=1 python run.py [--sets NAME ...] [--seeds 0] [--out results.csv]
"""
import argparse, csv, os, time, warnings
from pathlib import Path
import numpy as np, torch
from sklearn.metrics import normalized_mutual_info_score as nmi
from tsae.dvesom import DVESOM
from tsae.bench.suite import SUITE, tuning_suite
from tsae.bench.peers import equalize, kmeans_raw, kshape

WEIGHTS = (0., 1., 1.4, 2.)

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--sets', nargs='+', default=list(SUITE))
    ap.add_argument('--seeds', nargs='+', type=int, default=[0]); ap.add_argument('--no-kshape', action='store_true')
    ap.add_argument('--out', default=str(Path(__file__).with_name('results.csv'))); a = ap.parse_args()
    done = set()
    if os.path.exists(a.out):
        with open(a.out) as f: done = {(r['set'], int(r['seed'])) for r in csv.DictReader(f)}
    for name in a.sets:
        if all((name, s) in done for s in a.seeds): continue
        Xtr, ytr, Xte, yte = tuning_suite([name])[name]; k = len(np.unique(ytr))
        Etr = equalize(Xtr); Ete = equalize(Xte, Etr.shape[1])
        for seed in a.seeds:
            if (name, seed) in done: continue
            rows = []
            est = DVESOM(n_clusters=k, random_state=seed); t = time.perf_counter()
            with warnings.catch_warnings(): warnings.simplefilter('ignore'); est.fit(Xtr)
            fit_s = time.perf_counter() - t
            Xs, _ = est._prep(Xtr)
            for w in WEIGHTS:
                torch.manual_seed(seed); est.stats_weight = w; est._after_fit(Xs, None)
                lab = est.predict(Xte)
                rows.append(dict(method=f'dvesom_w{w:g}', nmi=nmi(yte, lab), clusters=len(np.unique(lab)), seconds=round(fit_s, 2)))
            t = time.perf_counter(); lab = kmeans_raw(Etr, Ete, k, seed)
            rows.append(dict(method='kmeans_raw', nmi=nmi(yte, lab), clusters=len(np.unique(lab)), seconds=round(time.perf_counter() - t, 2)))
            if not a.no_kshape:
                t = time.perf_counter(); lab = kshape(Etr, Ete, k, seed)
                rows.append(dict(method='kshape', nmi=nmi(yte, lab), clusters=len(np.unique(lab)), seconds=round(time.perf_counter() - t, 2)))
            new = not os.path.exists(a.out)
            with open(a.out, 'a', newline='') as f:
                wr = csv.DictWriter(f, fieldnames=['set', 'seed', 'k', 'n_train', 'method', 'nmi', 'clusters', 'seconds']); new and wr.writeheader()
                for r in rows: wr.writerow(dict(set=name, seed=seed, k=k, n_train=len(Xtr), **r)); print(name, seed, r, flush=True)

if __name__ == '__main__': main()
