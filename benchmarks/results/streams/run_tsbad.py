"""TSB-AD's detectors, aeon's KMeansAD and tsae's LSTM-VAE on `stream_suite(0)`, judged by TSB-AD's metrics (chapter 06d).

Run from the repository root with one thread: `OMP_NUM_THREADS=1 python benchmarks/results/streams/run_tsbad.py`.
Writes beside itself: `tsbad_records.json` (after every stream; methods a stream already has records of are not run
again, so a stopped run, or one after a method was added, goes on where it stopped), `tsbad_table.md` (VUS-PR, then
ROC-AUC, each with the summaries of the LSTM-VAE rows) and `tsbad_run.json` (versions, settings, times)."""
import json, os, platform, sys, time
from pathlib import Path
from tsae.bench.streams import stream_suite
from tsae.bench.tsbad import tsbad_benchmark, tsbad_table, tsbad_env, METHODS, LABELS, _STAMP

here = Path(__file__).resolve().parent
rec_f, seed, steps = here/'tsbad_records.json', 0, 250
py = tsbad_env()
recs = json.loads(rec_f.read_text()) if rec_f.exists() else []
done = {(r['stream'], r['method']) for r in recs}
t0 = time.time()
for name, d in stream_suite(seed).items():
    todo = [m for m in METHODS if (name, m) not in done]
    if not todo: continue
    recs += tsbad_benchmark({name: d}, todo, seed=seed, max_steps=steps, python=py)
    rec_f.write_text(json.dumps(recs, indent=1) + '\n')
def tables(metric):
    t = tsbad_table(recs, metric)
    return t + ''.join(f'\n\nFor {LABELS[o]}: ' + tsbad_table(recs, metric, ours=o).split('\n\n', 1)[1].replace('\n\n', ' ') for o in ('LSTMVAE_auto', 'LSTMVAE_latent'))
(here/'tsbad_table.md').write_text('## VUS-PR\n\n' + tables('vus_pr') + '\n\n## ROC-AUC\n\n' + tables('roc_auc') + '\n')
import tsae, torch, numpy, aeon
run = dict(command='OMP_NUM_THREADS=1 python benchmarks/results/streams/run_tsbad.py', suite='stream_suite(0)', seed=seed,
           lstmvae_max_steps=steps, tsae_commit=os.popen('git rev-parse --short HEAD').read().strip(), methods=METHODS, threads=os.environ.get('OMP_NUM_THREADS'),
           tsbad_env=json.loads((py.parent.parent/_STAMP).read_text()),
           tsae_env=dict(python=platform.python_version(), tsae=tsae.__version__, torch=torch.__version__, numpy=numpy.__version__, aeon=aeon.__version__),
           machine=f'{platform.machine()}, {os.cpu_count()} cores', last_run_seconds=round(time.time() - t0),
           date=time.strftime('%Y-%m-%d'))
(here/'tsbad_run.json').write_text(json.dumps(run, indent=1) + '\n')
