"""The textbook LSTM autoencoder against LSTMAE's defaults at fixed CPU time budgets (quoted in nbs/01s_lstm_ae_studies.ipynb).

Same data, scaling, loop and test split as `tsae.lstm_ae_studies.ablation`: 5000 sines of 100 points, the last 500 the test set.
Run: OMP_NUM_THREADS=1 python benchmarks/lstm_ae_textbook.py   (about 6 minutes; writes benchmarks/results/lstm_ae_textbook.csv)"""
import csv, os, time
from pathlib import Path
import torch
from tsae.runtime import seeded
from tsae.data import make_sines, Scaler
from tsae.lstm_ae import LSTMAENet
from tsae.lstm_ae_studies import TextbookLSTMAENet, _r2_after

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
out = Path(__file__).parent/'results'/'lstm_ae_textbook.csv'
with open(out, 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0])); w.writeheader(); w.writerows(rows)
print('wrote', out)
