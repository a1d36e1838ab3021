"""The LSTM autoencoder's ablation and the tsae loop against a plain PyTorch loop (the studies of nbs/01s_lstm_ae_studies.ipynb),
as result files that chapter 01 reads.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-11-30_lstm_ae_ablation/lstm_ae_ablation.py               # run both (about 14 minutes)
    python benchmarks/studies/2026-11-30_lstm_ae_ablation/lstm_ae_ablation.py --from-notebook nbs/01s_lstm_ae_studies.ipynb

The first runs `ablation(epochs=40, n=5000)` and `bench_lstm_ae(seconds=30, n=5000)` of `tsae.bench.lstm_ae_studies`, as the
studies notebook does; the second reads the run saved in that notebook's outputs instead, so that the files and the page hold
the same numbers. Both write `ablation.csv` and `loop_bench.json` beside this script."""
import sys, csv, json, re, ast
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).parent
COLS = ('variant', 'test_r2', 'epochs', 'seconds', 'samples_per_s')

class _Table(HTMLParser):
    "The cells of an HTML table, row by row"
    def __init__(self): super().__init__(); self.rows, self.cell = [], None
    def handle_starttag(self, tag, attrs):
        if tag == 'tr': self.rows.append([])
        if tag in ('td', 'th'): self.cell = ''
    def handle_endtag(self, tag):
        if tag in ('td', 'th') and self.cell is not None: self.rows[-1].append(self.cell.strip()); self.cell = None
    def handle_data(self, d):
        if self.cell is not None: self.cell += d

def from_notebook(path):
    "The ablation rows and the loop benchmark saved in the studies notebook's outputs"
    cells = json.loads(Path(path).read_text())['cells']
    code = lambda s: next(c for c in cells if c['cell_type'] == 'code' and s in ''.join(c['source']))
    p = _Table(); p.feed(''.join(code('rows = ablation(')['outputs'][0]['data']['text/html']))
    hdr = p.rows[0]; rows = [dict(zip(['variant'] + hdr[1:], r)) for r in p.rows[2:] if r]
    num = lambda v: int(v) if re.fullmatch(r'-?\d+', v) else float(v)
    rows = [{k: (r[k] if k == 'variant' else num(r[k])) for k in COLS} for r in rows]
    bench = ast.literal_eval(''.join(code('b = bench_lstm_ae(')['outputs'][0]['data']['text/plain']))
    return rows, bench

def run():
    from tsae.bench.lstm_ae_studies import ablation, bench_lstm_ae
    rows = [{k: r[k] for k in COLS} for r in ablation(epochs=40, n=5000)]
    return rows, bench_lstm_ae(seconds=30, n=5000)

if __name__ == '__main__':
    if sys.argv[1:2] in (['-h'], ['--help']): sys.exit(__doc__)
    rows, bench = from_notebook(sys.argv[2]) if sys.argv[1:2] == ['--from-notebook'] else run()
    with open(HERE/'ablation.csv', 'w', newline='') as f:
        w = csv.DictWriter(f, fieldnames=COLS); w.writeheader(); w.writerows(rows)
    (HERE/'loop_bench.json').write_text(json.dumps(bench, indent=1) + '\n')
    print(open(HERE/'ablation.csv').read()); print(json.dumps(bench))
