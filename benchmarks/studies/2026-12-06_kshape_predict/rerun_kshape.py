"""Re-run the k-Shape rows of a quality run after `tsae.bench.peers.kshape` stopped trusting tslearn's `KShape.predict` norms.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-06_kshape_predict/rerun_kshape.py benchmarks/results/quality
    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-06_kshape_predict/rerun_kshape.py benchmarks/results/quality_quick
    tsae bench quality --out benchmarks/results/quality          # tables, figure and records from the units (and --quick for the quick run)

Each set unit (`OUT/units/set-NAME-SEED.json`) has its 'k-Shape' row replaced, in place, by a fresh `kshape` on the same
data, seed and protocol as `evaluate_set` (the series made equal in length with `equalize`); every other row is kept.
Writes `kshape_before_after.csv` beside this script: set, seed, NMI before and after."""
import sys, json, time, csv, warnings
from pathlib import Path
import numpy as np
from tsae.bench.suite import tuning_suite
from tsae.bench.peers import equalize, kshape
from tsae.bench.quality import FULL, QUICK, _cluster_row, run_stamp

if __name__ == '__main__':
    if len(sys.argv) != 2 or sys.argv[1] in ('-h', '--help'): raise SystemExit(__doc__)
    warnings.filterwarnings('ignore')
    out = Path(sys.argv[1]); cfg = QUICK if 'quick' in out.name else FULL; stamp = run_stamp()
    log = Path(__file__).with_name('kshape_before_after.csv'); new_log = not log.exists()
    with open(log, 'a', newline='') as fh:
        w = csv.writer(fh)
        if new_log: w.writerow(['run', 'set', 'seed', 'nmi_before', 'nmi_after'])
        for f in sorted((out/'units').glob('set-*.json')):
            rows = json.loads(f.read_text()); i = next(i for i, r in enumerate(rows) if r['method'] == 'k-Shape')
            name, seed = rows[i]['set'], rows[i]['seed']
            Xtr, ytr, Xte, yte = tuning_suite([name], cfg['n_train'], cfg['n_test'], seed=seed)[name]
            Etr = equalize(Xtr); Ete = equalize(Xte, Etr.shape[1]); k = len(np.unique(ytr))
            t = time.perf_counter(); lab = kshape(Etr, Ete, k, seed); s = time.perf_counter() - t
            new = {'set': name, 'seed': seed, 'task': 'clustering', 'method': 'k-Shape', 'seconds': round(s, 3), **_cluster_row(lab, yte), **stamp}
            w.writerow([out.name, name, seed, round(rows[i]['nmi'], 4), round(new['nmi'], 4)]); fh.flush()
            print(f"{name} seed {seed}: NMI {rows[i]['nmi']:.3f} -> {new['nmi']:.3f}", flush=True)
            rows[i] = new; tmp = f.with_suffix('.tmp'); tmp.write_text(json.dumps(rows)); tmp.replace(f)
