"""Re-run some models' rows (and some peers' rows) of a quality run (`tsae bench quality`) after defaults change, keeping the other rows.

    OMP_NUM_THREADS=1 python benchmarks/tools/quality_rerun_model.py benchmarks/results/quality dvesom cbf,synthetic_control,two_patterns,wave_families,GunPoint
    OMP_NUM_THREADS=1 python benchmarks/tools/quality_rerun_model.py benchmarks/results/quality dvesom ItalyPowerDemand,BasicMotions,JapaneseVowels,cbf_drift,synthetic_control_drift   # at the same time
    OMP_NUM_THREADS=1 python benchmarks/tools/quality_rerun_model.py benchmarks/results/quality dvesom --timing    # alone on the machine
    OMP_NUM_THREADS=1 python benchmarks/tools/quality_rerun_model.py benchmarks/results/quality lstm_ae,btvqvae cbf,GunPoint --peers TS2Vec --tasks probe
    tsae bench quality --out benchmarks/results/quality                                                     # tables, figure, records from the units

MODELS is one model or several, comma-separated ('-' for none). Each set unit (`OUT/units/set-NAME-SEED.json`) of
the given sets has those models' rows (the model's own and 'MODEL + k-means') replaced, in place, by a fresh
`evaluate_set` of those models alone (same data, seed and protocol); with `--peers P,Q` the rows of those peers are
re-run (or added) too, and the other peers are not re-run. With `--tasks T,U` only the new rows of those tasks are
kept, and the unit's other rows of those models stay as they were (a probe added to the probe rows leaves the
clustering and imputation rows of the earlier fits alone). A unit whose requested models' probe rows already have
both probes and which already has the requested peers' rows is skipped, so an interrupted run resumes; with `--force`
every unit of the given sets is re-run (after a model's defaults changed: resume by naming the sets not yet done). With --timing the model's fit-time row of the timing
unit is measured again (two fits, the second kept, so the first pays for imports and warm-up). A folder whose name
contains 'quick' uses the quick configuration's sizes."""
import sys, json, warnings
from pathlib import Path
from tsae.bench.suite import tuning_suite
from tsae.bench.quality import evaluate_set, fit_times, QUICK, FULL, PEERS

def ours(r, models, peers, tasks=None):
    return (tasks is None or r['task'] in tasks) and (r['method'] in peers or any(r['method'] in (m, f'{m} + k-means') for m in models))

def merge(rows, new, models, peers, tasks=None) -> list:
    "`rows` with those of `models`/`peers` (of `tasks`) replaced by `new` (of `tasks`), in place of the first replaced row; rows of new peers after the rest"
    new = [r for r in new if tasks is None or r['task'] in tasks]
    at = next((i for i, r in enumerate(rows) if ours(r, models, peers, tasks)), len(rows))
    keep = [r for r in rows if not ours(r, models, peers, tasks)]
    old_methods = {r['method'] for r in rows}
    first = [r for r in new if r['method'] in old_methods]; later = [r for r in new if r['method'] not in old_methods]
    return keep[:at] + first + keep[at:] + later

if __name__ == '__main__':
    args = sys.argv[1:]
    if args[:1] in (['-h'], ['--help']): print(__doc__); sys.exit()
    peers, tasks, force = (), None, '--force' in args
    if force: args.remove('--force')
    if '--tasks' in args:
        i = args.index('--tasks'); tasks = tuple(args[i + 1].split(',')); del args[i:i + 2]
    if '--peers' in args:
        i = args.index('--peers'); peers = tuple(args[i + 1].split(',')); del args[i:i + 2]
        if bad := [p for p in peers if p not in PEERS]: raise SystemExit(f"--peers: not a peer of the benchmark: {', '.join(bad)} (peers: {', '.join(PEERS)})")
    if len(args) != 3: raise SystemExit(__doc__)
    warnings.filterwarnings('ignore')
    out, models, what = Path(args[0]), tuple(m for m in args[1].split(',') if m != '-'), args[2]
    cfg = QUICK if 'quick' in out.name else FULL
    if what == '--timing':
        for model in models:
            p = out/'units'/'timing-cbf-0.json'; new = fit_times((model, model))[1]
            rows = [new if r['method'] == model else r for r in json.loads(p.read_text())]
            p.write_text(json.dumps(rows)); print(new)
        sys.exit()
    for f in sorted((out/'units').glob('set-*.json')):
        _, name, seed = f.stem.split('-'); seed = int(seed)
        if name not in what.split(','): continue
        rows = json.loads(f.read_text())
        have = {r['method'] for r in rows if r['task'] != 'probe' or 'svm_accuracy' in r}
        if not force and have >= set(models) | set(peers): print(name, seed, 'has them', flush=True); continue
        new = evaluate_set(name, tuning_suite([name], cfg['n_train'], cfg['n_test'], seed=seed)[name], seed, models=models, peers=peers or False)
        tmp = f.with_suffix('.tmp'); tmp.write_text(json.dumps(merge(rows, new, models, peers, tasks))); tmp.replace(f)
        print(name, seed, [(r['task'], r['method'], round(r.get('nmi', r.get('accuracy', 0)), 3)) for r in new if tasks is None or r['task'] in tasks], flush=True)
