"""Why is the Barlow Twins term below the plain network on `cbf_drift`: the series, or the drift of its test split?

The two drift sets of the grown suite (`cbf_drift`, `synthetic_control_drift`) are made sets whose test split drifts:
`add_drift(X_test, trend=s, shift=s)`, a linear trend and a level shift at a random step in the middle half, each of
one standard deviation `s` of the training split (`tsae.bench.suite.tuning_suite`). Read as shipped, `BTVQVAE` is
0.103 below `BTVQVAE(bt_weight=0)` on `cbf_drift` (the code-level study). Here both networks are fitted on the
training split (seeds 0, 1, 2) and probed on four versions of the same test series: as drawn (`clean`), with the trend
alone (`trend`), with the level shift alone (`shift`), and with both (`drift`, the suite's test split; the same
`add_drift` seed as the suite, so `drift` is the suite's split exactly). The linear probe (`linear_probe`) reads the
shipped `transform` (`series_stats=True`) and the same without each series' level and scale (`series_stats=False`).

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-07_drift_split/run.py --model bt      # and, at the same time, --model plain: about 2 minutes

Rows go to `results.csv` (set, seed, model, series_stats, test, linear); (set, seed, model) triples already there are skipped.
"""
import argparse, csv, sys, warnings
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import append_rows
from sklearn.metrics import accuracy_score
from tsae.barlow import BTVQVAE
from tsae.bench.suite import SPECS
from tsae.bench.peers import linear_probe
from tsae.synth import add_drift

HERE = Path(__file__).parent; OUT = HERE / 'results.csv'
MODELS = {'bt': 1.0, 'plain': 0.0}                             # bt_weight

def splits(name, seed=0):
    "The training split and the four test splits of the drift set `name`, made as `tuning_suite` makes them"
    s = SPECS[name]
    (Xa, ya), (Xb, yb) = (s['make'](m, s['length'], seed=sd, **s['kw']) for m, sd in ((s['n_train'], seed), (s['n_test'], seed + 1)))
    sd = float(Xa.std()); add = lambda t, h: add_drift(Xb, trend=t, shift=h, seed=seed + 2)[..., None]
    return Xa[..., None], ya, {'clean': Xb[..., None], 'trend': add(sd, 0.), 'shift': add(0., sd), 'drift': add(sd, sd)}, yb

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--model', choices=tuple(MODELS), default='bt')
    ap.add_argument('--sets', nargs='+', default=['cbf_drift', 'synthetic_control_drift']); ap.add_argument('--seeds', nargs='+', type=int, default=[0, 1, 2]); a = ap.parse_args()
    done = set()
    if OUT.exists():
        with open(OUT) as f: done = {(r['set'], int(r['seed']), r['model']) for r in csv.DictReader(f)}
    for name in a.sets:
        Xa, ya, tests, yb = splits(name)
        for seed in a.seeds:
            if (name, seed, a.model) in done: continue
            with warnings.catch_warnings(): warnings.simplefilter('ignore'); m = BTVQVAE(random_state=seed, bt_weight=MODELS[a.model], time_branch=False).fit(Xa)
            rows = []
            for stats in (True, False):
                m.set_params(series_stats=stats); A = m.transform(Xa)
                rows += [dict(set=name, seed=seed, model=a.model, series_stats=stats, test=k, linear=round(accuracy_score(yb, linear_probe(A, ya, m.transform(X), seed)), 4))
                         for k, X in tests.items()]
            append_rows(OUT, rows); print(name, seed, a.model, {(r['series_stats'], r['test']): r['linear'] for r in rows}, flush=True)

if __name__ == '__main__': main()
