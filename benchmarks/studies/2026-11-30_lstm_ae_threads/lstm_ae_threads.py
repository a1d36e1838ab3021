"""Training throughput of LSTMAE when one or two training processes share the CPU, with 1 or 2 threads each
(quoted in nbs/01s_lstm_ae_studies.ipynb). Each process fits `LSTMAE` on 4500 sines of 100 points for a fixed time and reports
series per second; the processes of a configuration start together.
    python benchmarks/studies/2026-11-30_lstm_ae_threads/lstm_ae_threads.py [seconds]   # default 20 s per configuration

Writes lstm_ae_threads.csv beside this script. It sets OMP_NUM_THREADS itself for each configuration."""
import csv, os, sys, subprocess, time
from pathlib import Path

def worker(seconds):
    import numpy as np, torch
    from tsae.synth import make_sines
    from tsae.lstm_ae import LSTMAE
    X, _ = make_sines(5000, seed=0); Xtr = X[:-500]
    LSTMAE(max_time=1., epochs=10**6, val_size=0., random_state=0, device='cpu').fit(Xtr[:512])   # warm-up
    h = LSTMAE(max_time=seconds, epochs=10**6, val_size=0., random_state=0, device='cpu').fit(Xtr).history_
    print(f"{sum(r['samples'] for r in h) / h[-1]['time']:.1f} {torch.get_num_threads()}")

if __name__ == '__main__':
    if sys.argv[1:2] == ['--worker']: worker(float(sys.argv[2])); sys.exit()
    if sys.argv[1:2] in (['-h'], ['--help']): print(__doc__); sys.exit()
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 20.
    rows = []
    for threads in (1, 2):
        for procs in (1, 2):
            env = {**os.environ, 'OMP_NUM_THREADS': str(threads)}
            load = os.getloadavg()[0]
            ps = [subprocess.Popen([sys.executable, __file__, '--worker', str(seconds)], env=env, stdout=subprocess.PIPE, text=True) for _ in range(procs)]
            outs = [p.communicate()[0].split() for p in ps]
            sps = [float(o[0]) for o in outs]
            rows.append({'threads_per_process': threads, 'processes': procs, 'seconds': seconds,
                         'series_per_s_each': ' '.join(f'{s:.0f}' for s in sps), 'series_per_s_total': round(sum(sps)),
                         'cpu_cores': os.cpu_count(), 'load_avg_1min_before': round(load, 2)})
            print(rows[-1], flush=True)
    out = Path(__file__).parent/'lstm_ae_threads.csv'
    with open(out, 'w', newline='') as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0])); w.writeheader(); w.writerows(rows)
    print('wrote', out)
