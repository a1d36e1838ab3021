"""GunPoint at the CPU size of the DVESOM studies (03s) (`CHAPTER_FIT['cpu']`), one setting changed at a time, seeds 0-2: does any single
setting lift DVESOM's NMI at this size? Quoted in 03s ("GunPoint at this size is a tie").

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-11-30_dvesom_gunpoint_cpu/dvesom_gunpoint_cpu.py [OUT_CSV]   # default: dvesom_gunpoint_cpu.csv beside this script

About 10 minutes on one CPU core. Prints mean NMI and the per-seed values of each setting."""
import sys
from pathlib import Path
import torch
from tsae.bench.dvesom_studies import clustering_sets, compare_clustering, CHAPTER_FIT

SETTINGS = {'kmeans_raw': {}, 'dvesom': {},
            'dvesom latent_dim=2': {'latent_dim': 2}, 'dvesom latent_dim=16': {'latent_dim': 16},
            'dvesom 3x3 map': {'rows': 3, 'cols': 3}, 'dvesom T_min=0.5': {'T_min': 0.5},
            'dvesom som_weight=0.0003': {'som_weight': 3e-4}, 'dvesom som_weight=0.03': {'som_weight': 3e-2},
            'dvesom kl_weight=0.01': {'kl_weight': 0.01}, 'dvesom kl_weight=3': {'kl_weight': 3.},
            'dvesom patch=1': {'patch': 1}, 'dvesom 100 epochs': {'epochs': 100, 'pretrain': 5 / 100}, 'dvesom 200 epochs': {'epochs': 200, 'pretrain': 5 / 200}}   # the same 5 epochs without the SOM term

if __name__ == '__main__':
    if sys.argv[1:2] in (['-h'], ['--help']): print(__doc__); sys.exit()
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / 'dvesom_gunpoint_cpu.csv')
    res = compare_clustering({'GunPoint': clustering_sets()['GunPoint']}, SETTINGS, seeds=(0, 1, 2), **CHAPTER_FIT['cpu'])
    res['threads'] = torch.get_num_threads()
    res.to_csv(out, index=False)
    g = res.groupby('method', sort=False)['nmi']
    print(g.agg(['mean', 'max']).round(3).to_string()); print(g.apply(lambda s: s.round(3).tolist()).to_string())
