"""Wall time of a default `LSTMVAE` fit on 200 series of 500 points (`make_cbf(200, 500)`), on one thread.

    bash /work/split/slot.sh python benchmarks/lstm_vae_time.py   # slot.sh sets OMP_NUM_THREADS=1

Writes benchmarks/results/lstm_vae_time.json: seconds, optimizer steps (history records) and threads."""
import json, time
from pathlib import Path
import torch
from tsae.data import make_cbf
from tsae.lstm_vae import LSTMVAE

if __name__ == '__main__':
    X, _ = make_cbf(200, 500, seed=0)
    t0 = time.time(); est = LSTMVAE(random_state=0).fit(X); sec = time.time() - t0
    res = dict(seconds=round(sec, 1), default_steps=est._default_steps, epochs=len(est.history_), threads=torch.get_num_threads(), data='make_cbf(200, 500)')
    print(res); Path('benchmarks/results').mkdir(parents=True, exist_ok=True)
    json.dump(res, open('benchmarks/results/lstm_vae_time.json', 'w'), indent=1)
