"""Ways of grouping a fitted map's units into k = 2 clusters on ItalyPowerDemand, seeds 0-5, at the CPU size of the DVESOM studies (03s)
(`CHAPTER_FIT['cpu']`): Ward with grid connectivity (`cluster_units`, the estimator's choice) against average,
complete and single linkage (also with grid connectivity), Ward without connectivity, and k-means on the
prototypes weighted by their training hits. Quoted in 03s ("Why the UCR results swing between seeds").

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-11-30_dvesom_grouping/dvesom_grouping.py [OUT_CSV]   # default: dvesom_grouping.csv beside this script

About 2 minutes on one CPU core. Prints the mean NMI of each grouping (test split)."""
import sys
from pathlib import Path
import numpy as np, pandas as pd, torch
from sklearn.cluster import AgglomerativeClustering, KMeans
from tsae.dvesom import DVESOM, grid_neighbours
from tsae.bench.dvesom_studies import clustering_sets, CHAPTER_FIT
from tsae.metrics import clustering_scores

if __name__ == '__main__':
    if sys.argv[1:2] in (['-h'], ['--help']): print(__doc__); sys.exit()
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / 'dvesom_grouping.csv')
    X_fit, X_test, y_test = clustering_sets()['ItalyPowerDemand']
    rows = []
    for seed in range(6):
        m = DVESOM(**CHAPTER_FIT['cpu'], random_state=seed).fit(X_fit)
        M, conn = m.prototypes_, grid_neighbours(m.coords_).astype(int)
        b_test, hits = m.bmu(X_test), np.bincount(m.bmu(X_fit), minlength=len(M))
        groups = {f'{link} linkage, grid connectivity': AgglomerativeClustering(2, connectivity=conn, linkage=link).fit_predict(M)
                  for link in ('ward', 'average', 'complete', 'single')}
        groups['ward linkage, no connectivity'] = AgglomerativeClustering(2, linkage='ward').fit_predict(M)
        groups['k-means on prototypes weighted by hits'] = KMeans(2, n_init=10, random_state=seed).fit(M, sample_weight=hits).labels_
        groups['units (no grouping)'] = np.arange(len(M))
        rows += [{'data': 'ItalyPowerDemand', 'seed': seed, 'grouping': k, 'nmi': clustering_scores(y_test, lab[b_test])['nmi'],
                  'threads': torch.get_num_threads()} for k, lab in groups.items()]
    res = pd.DataFrame(rows); res.to_csv(out, index=False)
    print(res.groupby('grouping', sort=False)['nmi'].agg(['mean', 'std', 'min', 'max']).round(3).to_string())
