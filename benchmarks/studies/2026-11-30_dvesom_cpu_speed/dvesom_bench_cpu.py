"""The speed figures of the DVESOM studies (03s) on a CPU: `bench_dvesom` at its own size (what `tsae bench --models dvesom --seconds 20`
runs: 4,096 series of 128 points, batch 128, hidden 64, latent 8), repeated `ROUNDS` times, and the per-part
times of `dvesom_parts.py` (this folder; `part_times` is in `benchmarks/common.py`), saved together with the machine they ran on.

    python benchmarks/studies/2026-11-30_dvesom_cpu_speed/dvesom_bench_cpu.py [OUT_JSON]   # default: dvesom_bench_cpu.json beside this script

Run it alone on the machine. About 4 minutes. Where other processes compete for the cores they slow whichever model is running
at the time, so each model's speed is the best of the rounds (the least disturbed run), and the ratios are taken from those;
every round is saved, with the number of runnable processes before it (`os.getloadavg()`, 1 minute)."""
import sys, json, os, platform, datetime
from pathlib import Path
import torch
from tsae.bench.dvesom_studies import bench_dvesom
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import part_times

ROUNDS = 3

def cpu_name():
    try: return next(l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name'))
    except (OSError, StopIteration): return platform.processor()

if __name__ == '__main__':
    if sys.argv[1:2] in (['-h'], ['--help']): print(__doc__); sys.exit()
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / 'dvesom_bench_cpu.json')
    rounds = []
    for _ in range(ROUNDS):
        load = os.getloadavg()[0]
        rounds.append({'load_before': load, **bench_dvesom(n=4096, seconds=20, length=128, batch_size=128, device='cpu')})
    best = {k: max(r[k] for r in rounds) for k in rounds[0] if k.endswith('_samples_per_s')}
    best['ratio'] = best['dvesom_samples_per_s'] / best['loop_samples_per_s']
    best['ratio_patched'] = best['dvesom_patched_samples_per_s'] / best['loop_samples_per_s']
    r = {'machine': {'cpu': cpu_name(), 'cores': os.cpu_count(), 'torch_threads': torch.get_num_threads(),
                     'torch': torch.__version__, 'date': datetime.date.today().isoformat()},
         'command': 'python benchmarks/studies/2026-11-30_dvesom_cpu_speed/dvesom_bench_cpu.py',
         'bench_dvesom_best': {**{k: rounds[0][k] for k in ('device', 'n', 'length', 'batch_size', 'patch')}, **best},
         'bench_dvesom_rounds': rounds,
         'parts': {'load_before': os.getloadavg()[0], **part_times()}}
    out.write_text(json.dumps(r, indent=1) + '\n'); print(json.dumps(r, indent=1))
