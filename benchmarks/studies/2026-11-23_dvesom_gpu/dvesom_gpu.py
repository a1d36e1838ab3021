"""DVESOM runs for a GPU machine: the full-size tables of the DVESOM studies (03s), its GunPoint studies, and the speed ratio.

    python benchmarks/studies/2026-11-23_dvesom_gpu/dvesom_gpu.py compare  OUT_DIR [n_jobs]   # the comparison at FULL size: 150 epochs, hidden 64, one point per step
    python benchmarks/studies/2026-11-23_dvesom_gpu/dvesom_gpu.py gunpoint OUT_DIR [n_jobs]   # GunPoint: default batches against full batches, seeds 0-7
    python benchmarks/studies/2026-11-23_dvesom_gpu/dvesom_gpu.py seeds    OUT_DIR [n_jobs]   # k-means and DVESOM (kl_weight 0.3 and 0.1) at FULL size, seeds 3-7
    python benchmarks/studies/2026-11-23_dvesom_gpu/dvesom_gpu.py factors  OUT_DIR [n_jobs]   # GunPoint, seeds 0-7: FULL size, and FULL with one setting back at its CPU value
    python benchmarks/studies/2026-11-23_dvesom_gpu/dvesom_gpu.py patch    OUT_DIR [n_jobs]   # seeds 0-7: a 5x5 map, 100 epochs, otherwise the estimator's defaults, automatic patches against one point per step
    python benchmarks/studies/2026-11-23_dvesom_gpu/dvesom_gpu.py bench    OUT_DIR            # bench_dvesom at lengths 128 and 256

Each writes a CSV/JSON to OUT_DIR and prints mean NMI (or samples/s)."""
import sys, json
from pathlib import Path
from tsae.bench.dvesom_studies import clustering_sets, compare_clustering, bench_dvesom, COMPARISON, CHAPTER_FIT

FULL, CPU = CHAPTER_FIT["full"], CHAPTER_FIT["cpu"]

def summary(res, by):
    "Print NMI mean, std, min, max and the per-seed values, grouped by `by`"
    g = res.groupby(by, sort=False)['nmi']
    print(g.agg(['mean', 'std', 'min', 'max']).round(3).to_string()); print(g.apply(lambda s: s.round(3).tolist()).to_string())

if __name__ == '__main__':
    if sys.argv[1:2] in (['-h'], ['--help']): print(__doc__); sys.exit()
    if len(sys.argv) < 3: raise SystemExit(__doc__)
    what, out = sys.argv[1], Path(sys.argv[2]); n_jobs = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    out.mkdir(parents=True, exist_ok=True)
    if what == 'compare':
        res = compare_clustering(clustering_sets(), COMPARISON, seeds=(0, 1, 2), n_jobs=n_jobs, **FULL)
        res.to_csv(out / 'dvesom_compare_full.csv', index=False)
        g = res.groupby(['method', 'data'], sort=False)['nmi']
        print((g.mean().round(3).astype(str) + ' ± ' + g.std(ddof=0).round(3).astype(str)).unstack().to_string())
        print('per seed, dvesom:', res[res.method == 'dvesom'].groupby('data')['nmi'].apply(lambda s: s.round(3).tolist()).to_dict())
    elif what == 'gunpoint':
        sets = {'GunPoint': clustering_sets()['GunPoint']}
        methods = {'kmeans_raw': {}, 'dvesom': {}, 'dvesom full-batch': dict(batch_size=200, epochs=300, pretrain=10 / 300),
                   'dvesom full-batch lr 1e-3': dict(batch_size=200, epochs=300, pretrain=10 / 300, lr=1e-3),
                   'dvesom batch 64, 300 epochs': dict(epochs=300, pretrain=10 / 300)}
        res = compare_clustering(sets, methods, seeds=range(8), n_jobs=n_jobs, **CPU)
        res.to_csv(out / 'dvesom_gunpoint.csv', index=False)
        summary(res, ['method'])
    elif what == 'seeds':
        res = compare_clustering(clustering_sets(), {'kmeans_raw': {}, 'dvesom kl_weight=0.1': {'kl_weight': 0.1}, 'dvesom': {}}, seeds=range(3, 8), n_jobs=n_jobs, **FULL)
        res.to_csv(out / 'dvesom_seeds_full.csv', index=False)
        summary(res, ['method', 'data'])
    elif what == 'factors':
        sets = {'GunPoint': clustering_sets()['GunPoint']}
        methods = {'dvesom': {}, 'dvesom patch auto': {'patch': None}, 'dvesom hidden 32': {'hidden': 32},
                   'dvesom 40 epochs': {'epochs': 40, 'pretrain': 5 / 40}, 'dvesom lr 5e-3': {'lr': 5e-3}}
        res = compare_clustering(sets, methods, seeds=range(8), n_jobs=n_jobs, **FULL)
        res.to_csv(out / 'dvesom_gunpoint_factors.csv', index=False)
        summary(res, ['method'])
    elif what == 'patch':
        sets = clustering_sets(); sets = {d: sets[d] for d in ('sines mix (6)', 'GunPoint')}   # ItalyPowerDemand (24 points) is patched by 1 anyway
        res = compare_clustering(sets, {'dvesom': {}, 'dvesom patch 1': {'patch': 1}}, seeds=range(8), n_jobs=n_jobs, rows=5, cols=5,
                                 epochs=100, pretrain=0.1, series_norm=False)   # the estimator's defaults of these runs
        res.to_csv(out / 'dvesom_patch_defaults.csv', index=False)
        summary(res, ['method', 'data'])
    elif what == 'bench':
        r = [bench_dvesom(n=4096, seconds=15, length=L, batch_size=128) for L in (128, 256)]
        (out / 'dvesom_bench.json').write_text(json.dumps(r, indent=1)); print(json.dumps(r, indent=1))
    else: raise SystemExit(__doc__)
