"""The textbook LSTM autoencoder against LSTMAE's defaults at fixed CPU time budgets (quoted in nbs/01s_lstm_ae_studies.ipynb).

Same data, scaling, loop and test split as `tsae.bench.lstm_ae_studies.ablation`: 5000 sines of 100 points, the last 500 the test set.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-11-30_lstm_ae_textbook/lstm_ae_textbook.py [--out CSV]   # about 6 minutes; default: lstm_ae_textbook.csv beside this script"""
import argparse, csv, os
from pathlib import Path
import torch
from tsae.runtime import seeded
from tsae.synth import make_sines
from tsae.input import Scaler
from tsae.lstm_ae import LSTMAENet
from tsae.bench.lstm_ae_studies import TextbookLSTMAENet, _r2_after

def main(out):
    X, _ = make_sines(5000, seed=0); sc = Scaler().fit(X[:-500]); Xs = sc.transform(X)
    Xtr, Xte = Xs[:-500], Xs[-500:]
    runs = [('textbook LSTM-AE, Adam 1e-3', lambda: TextbookLSTMAENet(length=100), 1e-3, 'constant', 60),
            ('textbook LSTM-AE, Adam 1e-3', lambda: TextbookLSTMAENet(length=100), 1e-3, 'constant', 240),
            ('LSTMAE defaults', lambda: LSTMAENet(length=100), 3e-3, 'cosine', 60)]
    rows = []
    for name, make, lr, sched, seconds in runs:
        with seeded(0): m = make()
        score, ep, _, sps = _r2_after(m, Xtr, Xte, seconds, lr, sched, 0)
        rows.append({'variant': name, 'seconds': seconds, 'test_r2': round(score, 4), 'epochs': ep, 'samples_per_s': round(sps),
                     'threads': torch.get_num_threads(), 'load_avg_1min': round(os.getloadavg()[0], 2)})
        print(rows[-1], flush=True)
    with open(out, 'w', newline='') as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0])); w.writeheader(); w.writerows(rows)
    print('wrote', out)

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--out', default=str(Path(__file__).parent / 'lstm_ae_textbook.csv'))
    main(Path(ap.parse_args().out))
