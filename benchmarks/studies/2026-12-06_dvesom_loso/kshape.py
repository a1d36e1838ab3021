"""k-Shape (tslearn, through `tsae.bench.peers.kshape`) on the sets of `results.csv` that have no k-Shape row yet: the
same split, z-normalised series, k = classes, seed 0, NMI on the test split. Rows are appended to `results.csv` after
each set, so a stopped run goes on where it stopped.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-06_dvesom_loso/kshape.py [--sets NAME ...]
"""
import argparse, csv, time
from pathlib import Path
import numpy as np, pandas as pd
from sklearn.metrics import normalized_mutual_info_score as nmi
from tsae.bench.suite import tuning_suite
from tsae.bench.peers import equalize, kshape

OUT = Path(__file__).with_name('results.csv')

def main():
    df = pd.read_csv(OUT); have = set(df[df.method == 'kshape'].set)
    ap = argparse.ArgumentParser(); ap.add_argument('--sets', nargs='+', default=[s for s in dict.fromkeys(df.set) if s not in have]); a = ap.parse_args()
    for name in a.sets:
        if name in have: continue
        Xtr, ytr, Xte, yte = tuning_suite([name])[name]; k = len(np.unique(ytr))
        Etr = equalize(Xtr); Ete = equalize(Xte, Etr.shape[1])
        t = time.perf_counter(); lab = kshape(Etr, Ete, k, 0)
        row = dict(set=name, seed=0, k=k, n_train=len(Xtr), method='kshape', nmi=nmi(yte, lab), clusters=len(np.unique(lab)),
                   seconds=round(time.perf_counter() - t, 2))
        with open(OUT, 'a', newline='') as f: csv.DictWriter(f, fieldnames=list(row)).writerow(row)
        print(row, flush=True)

if __name__ == '__main__': main()
