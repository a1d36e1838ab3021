"""Run the speed benchmarks of `bench_models.py` (asv conventions, asv not needed) and write one JSON file of records.

    python benchmarks/speed/run.py                          # every model; about 10 minutes on one core
    python benchmarks/speed/run.py --models dvesom vqvae    # some models
    python benchmarks/speed/run.py --quick                  # tiny sizes: checks that the suite runs (under a minute)
    python benchmarks/speed/run.py --models btvqvae --threads 2   # torch on two threads (the file name ends in _t2)

Discovers the module's `time_*` and `peakmem_*` functions (those of the chosen models). A `time_*` benchmark runs in
this process: its setup (the function's `.setup`, else the module's `setup`), then `repeat` timed calls; the value
is their median, in seconds (as asv reports it). A `peakmem_*` benchmark runs in a fresh process (setup and the
call), and its value is that process's peak resident memory, in bytes (ru_maxrss, as asv's peakmem; it includes
Python, torch and the data).

Every record of the output (a JSON list) has: benchmark, model, value, unit, samples (the timed calls), n_series,
length, quick, tsae_version, torch_version, git_commit (`git rev-parse HEAD`, null outside a git checkout), threads,
date (ISO 8601, UTC), cpu_count; a benchmark that failed has value null and its error. The default output is
`benchmarks/speed/results/speed_<date>_<commit>.json`, and with --quick `tsae_speed_quick.json` in the system's
temporary folder (`tempfile.gettempdir()`), so that a check never overwrites a measurement."""
import argparse, datetime, json, os, statistics, subprocess, sys, tempfile, time
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ('time_fit', 'time_', 'peakmem_')      # order within a model: the fit first, so that inference reuses its model

def discover(mod, models):
    "(name, model, function) of the benchmarks of `models`, grouped by model (in `models`' order), the fit first"
    out = []
    for m in models:
        fs = [n for n in dir(mod) if n.startswith(('time_', 'peakmem_')) and n.endswith('_' + m) and callable(getattr(mod, n))]
        fs.sort(key=lambda n: (next(i for i, k in enumerate(KINDS) if n.startswith(k)), n))
        out += [(n, m, getattr(mod, n)) for n in fs]
    return out

def run_time(mod, f):
    "Samples (seconds) of a time_ benchmark: setup once, then `repeat` samples of `number` calls each"
    (getattr(f, 'setup', None) or getattr(mod, 'setup', lambda: None))()
    number, repeat = getattr(f, 'number', 1), getattr(f, 'repeat', 1)
    samples = []
    for _ in range(repeat if isinstance(repeat, int) else repeat[0]):
        t0 = time.perf_counter()
        for _ in range(number): f()
        samples.append((time.perf_counter() - t0) / number)
    return samples

def run_peakmem(name, f, env):
    "Peak resident memory (bytes) of a fresh process that runs the setup and one call of a peakmem_ benchmark"
    r = subprocess.run([sys.executable, str(Path(__file__).resolve()), '--child', name], env=env, capture_output=True,
                       text=True, timeout=getattr(f, 'timeout', 600))
    if r.returncode: raise RuntimeError(r.stderr.strip().splitlines()[-1] if r.stderr.strip() else f'exit code {r.returncode}')
    return int(r.stdout.strip().splitlines()[-1])

def child(name):
    "Body of the fresh process of a peakmem_ benchmark: prints the peak RSS in bytes"
    import resource
    import bench_models as mod
    f = getattr(mod, name)
    (getattr(f, 'setup', None) or mod.setup)(); f()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)   # Linux gives kB

def main(argv=None):
    sys.path.insert(0, str(HERE))   # bench_models, beside this file (the module is what asv would read)
    import bench_models as mod
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--models', nargs='+', choices=list(mod.MODELS), default=list(mod.MODELS), metavar='MODEL',
                    help=f"models to run (default: all of {', '.join(mod.MODELS)})")
    ap.add_argument('--quick', action='store_true', help='tiny sizes (16 x 64, 2 steps a fit): check that the suite runs')
    ap.add_argument('--out', help='output JSON file (default: see above)')
    ap.add_argument('--threads', type=int, default=1, help="torch's threads (default 1, the protocol's; more: what a user's default fit gets on this machine)")
    ap.add_argument('--child', help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.threads < 1: ap.error(f'--threads must be >= 1, got {a.threads}')
    os.environ['OMP_NUM_THREADS'] = os.environ['TSAE_BENCH_THREADS'] = str(a.threads)   # before torch is imported, here and in the children
    if a.quick: os.environ['TSAE_BENCH_QUICK'] = '1'
    if a.child: return child(a.child)
    import torch, tsae
    mod.setup()                                                 # torch.set_num_threads(1), the data
    n, length = mod.sizes()
    from tsae.bench.quality import run_stamp   # the one reader of a record's commit; imported here, not at the top: the peakmem children import this file
    common = dict(n_series=n, length=length, quick=a.quick, tsae_version=tsae.__version__, torch_version=torch.__version__,
                  git_commit=run_stamp()['commit'], threads=torch.get_num_threads(), cpu_count=os.cpu_count())
    records, failed = [], 0
    for name, model, f in discover(mod, a.models):
        rec = dict(benchmark=name, model=model, value=None, unit='bytes' if name.startswith('peakmem_') else 'seconds', samples=None)
        try:
            if name.startswith('peakmem_'): rec['value'] = run_peakmem(name, f, dict(os.environ))
            else: rec['samples'] = run_time(mod, f); rec['value'] = statistics.median(rec['samples'])
        except Exception as e:
            rec['error'] = f'{type(e).__name__}: {e}'; failed += 1
        rec.update(common, date=datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds'))
        records.append(rec)
        v = 'FAILED ' + rec['error'] if rec['value'] is None else (f"{rec['value'] / 2**20:9.1f} MiB" if rec['unit'] == 'bytes' else f"{rec['value']:9.3f} s")
        print(f'{name:32s} {v}', flush=True)
    if a.out: out = Path(a.out)
    elif a.quick: out = Path(tempfile.gettempdir()) / 'tsae_speed_quick.json'
    else: out = HERE / 'results' / f"speed_{datetime.date.today().isoformat()}_{(common['git_commit'] or 'nogit')[:8]}{f'_t{a.threads}' if a.threads > 1 else ''}.json"
    out.parent.mkdir(parents=True, exist_ok=True); out.write_text(json.dumps(records, indent=1) + '\n')
    print(f'{len(records)} records -> {out}')
    return 1 if failed else 0

if __name__ == '__main__': sys.exit(main())
