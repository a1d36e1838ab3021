"""Re-run one model's rows of a quality run (`tsae bench quality`) after its defaults change, keeping the peers' rows.

    OMP_NUM_THREADS=1 python benchmarks/tools/quality_rerun_model.py benchmarks/results/quality dvesom cbf,synthetic_control,two_patterns,wave_families,GunPoint
    OMP_NUM_THREADS=1 python benchmarks/tools/quality_rerun_model.py benchmarks/results/quality dvesom ItalyPowerDemand,BasicMotions,JapaneseVowels,cbf_drift,synthetic_control_drift   # at the same time
    OMP_NUM_THREADS=1 python benchmarks/tools/quality_rerun_model.py benchmarks/results/quality dvesom --timing    # alone on the machine
    tsae bench quality --out benchmarks/results/quality                                                     # tables, figure, records from the units

Each set unit (`OUT/units/set-NAME-SEED.json`) of the given sets has the model's rows (the model's own and
'MODEL + k-means') replaced, in place, by a fresh `evaluate_set` of that model alone (same data, seed and
protocol; the peers are not re-run). With --timing the model's fit-time row of the timing unit is measured again
(two fits, the second kept, so the first pays for imports and warm-up). A folder whose name contains 'quick' uses
the quick configuration's sizes."""
import sys, json, warnings
from pathlib import Path
from tsae.bench.suite import tuning_suite
from tsae.bench.quality import evaluate_set, fit_times, QUICK, FULL

def ours(r, model): return r['method'] == model or r['method'] == f'{model} + k-means'

if __name__ == '__main__':
    if sys.argv[1:2] in (['-h'], ['--help']): print(__doc__); sys.exit()
    if len(sys.argv) != 4: raise SystemExit(__doc__)
    warnings.filterwarnings('ignore')
    out, model, what = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    cfg = QUICK if 'quick' in out.name else FULL
    if what == '--timing':
        p = out/'units'/'timing-cbf-0.json'; new = fit_times((model, model))[1]
        rows = [new if r['method'] == model else r for r in json.loads(p.read_text())]
        p.write_text(json.dumps(rows)); print(new); sys.exit()
    for f in sorted((out/'units').glob('set-*.json')):
        _, name, seed = f.stem.split('-'); seed = int(seed)
        if name not in what.split(','): continue
        rows = json.loads(f.read_text())
        at = next((i for i, r in enumerate(rows) if ours(r, model)), len(rows))
        keep = [r for r in rows if not ours(r, model)]
        new = evaluate_set(name, tuning_suite([name], cfg['n_train'], cfg['n_test'], seed=seed)[name], seed, models=(model,), peers=False)
        tmp = f.with_suffix('.tmp'); tmp.write_text(json.dumps(keep[:at] + new + keep[at:])); tmp.replace(f)
        print(name, seed, [(r['task'], r['method'], round(r.get('nmi', r.get('accuracy', 0)), 3)) for r in new], flush=True)
