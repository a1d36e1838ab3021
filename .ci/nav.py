"""Insert or update the navigation cell at the end of tsae's notebooks.

    python .ci/nav.py nbs/01_lstm_ae.ipynb nbs/03_dvesom.ipynb   # the notebooks named
    python .ci/nav.py --all                                        # every notebook of nbs/ in BOOK
    python .ci/nav.py --check nbs/X.ipynb ...                       # print what would change, write nothing; exit 1 if anything would (CI)

The cell is markdown, its first line `<!-- nav -->` (so a second run replaces it rather than adding another), and sits
just before the notebook's final hidden `nbdev_export` cell (at the very end where there is none):

    <!-- nav -->
    **Next:** [title](next.ipynb)
    **Builds on:** [title](a.ipynb), [title](b.ipynb)

Links name the notebook file: nbdev's docs build (Quarto) turns them into the page nbdev makes (`00_input.ipynb` ->
`input.html`). Titles are read from each notebook's `# ` heading; `TITLES` gives those of notebooks not written yet.
A notebook of `BOOK` that is not in nbs/ yet is skipped: as *Next*, the following one that exists is linked instead; in
*Builds on*, it is left out (run the script again once it exists). Only the nav cell is touched; the file is rewritten
only when it changes, in the layout nbdev_clean writes (indent 1, a final newline)."""
import sys, json, re
from pathlib import Path

NBS = Path.cwd()/'nbs'   # set from the notebooks named on the command line (their folder)
TAG = '<!-- nav -->'

# the order of the book, and what each chapter builds on (its direct parents: what it imports or extends, not everything below)
BOOK = {
    'index':               (),
    '00_input':            (),
    '00_synth':            ('00_input',),
    '00_readers':          ('00_input',),
    '00_impute':           ('00_input', '00_synth'),
    '00a_layers':          (),
    '00b_runtime':         (),
    '00c_series':          ('00_input',),
    '00d_train':           ('00a_layers', '00b_runtime', '00c_series'),
    '00e_metrics':         ('00_readers',),
    '00f_estimator':       ('00_input', '00d_train', '00e_metrics'),
    '01_lstm_ae':          ('00a_layers', '00d_train', '00f_estimator'),
    '01s_lstm_ae_studies': ('01_lstm_ae', '00e_metrics'),
    '02_lstm_vae':         ('01_lstm_ae', '00_impute', '00f_estimator'),
    '02s_lstm_vae_studies':('02_lstm_vae', '06a_suite'),
    '03_dvesom':           ('02_lstm_vae', '00e_metrics', '00f_estimator'),
    '03s_dvesom_studies':  ('03_dvesom', '01_lstm_ae', '06a_suite'),
    '04_vqvae_stft':       ('00e_metrics', '00f_estimator'),
    '04s_vqvae_studies':   ('04_vqvae_stft', '00_readers'),
    '05_barlow_twins':     ('04_vqvae_stft', '00d_train'),
    '05s_barlow_studies':  ('05_barlow_twins', '04s_vqvae_studies'),
    '06_experiments':      ('00f_estimator', '00e_metrics', '06a_suite'),
    '06a_suite':           ('00_readers', '00_synth'),
    '06b_cli':             ('06_experiments', '09_quality', '00f_estimator'),
    '06c_streams':         ('02_lstm_vae', '08_peers'),
    '06d_tsbad':           ('02_lstm_vae', '08_peers', '06c_streams'),
    '06e_selection':       ('06a_suite', '09_quality'),
    '07_robustness':       ('06_experiments', '00f_estimator', '00d_train'),
    '08_peers':            ('00_input', '00_impute'),
    '09_quality':          ('01_lstm_ae', '02_lstm_vae', '03_dvesom', '04_vqvae_stft', '05_barlow_twins', '08_peers', '06a_suite'),
    '10_guide':            ('09_quality', '08_peers'),
}
TITLES = {'06d_tsbad': "TSB-AD's detectors", '06e_selection': 'Choosing defaults leave-one-set-out', 'index': 'tsae: overview'}

def title(stem):
    "The notebook's `# ` heading (`TITLES` first)"
    if stem in TITLES: return TITLES[stem]
    for c in json.loads((NBS/f'{stem}.ipynb').read_text())['cells']:
        if c['cell_type'] != 'markdown': continue
        m = re.search(r'^# (.+)$', ''.join(c['source']), re.M)
        if m: return m.group(1).strip()
    return stem

def exists(stem): return (NBS/f'{stem}.ipynb').exists()
def link(stem): return f'[{title(stem)}]({stem}.ipynb)'

def nav_text(stem):
    "The nav cell's markdown for notebook `stem`"
    order = list(BOOK); i = order.index(stem)
    nxt = next((s for s in order[i+1:] if exists(s)), None)
    lines = [TAG]
    if nxt: lines.append(f'**Next:** {link(nxt)}')
    deps = [s for s in BOOK[stem] if exists(s)]
    if deps: lines.append(f"**Builds on:** {', '.join(map(link, deps))}")
    for s in BOOK[stem]:
        if not exists(s): print(f'  {stem}: {s} is not in nbs/ yet, left out of "Builds on"', file=sys.stderr)
    return '\n\n'.join(lines)   # a blank line between them: one paragraph each

def is_export(c): return c['cell_type'] == 'code' and re.search(r'nbdev_export\(', ''.join(c['source'])) and '#| hide' in ''.join(c['source'])
def is_nav(c): return c['cell_type'] == 'markdown' and ''.join(c['source']).startswith(TAG)

def apply(path, write=True):
    "Insert or update the nav cell of notebook `path`; True when it changed"
    global NBS
    path = Path(path); stem = path.stem; NBS = path.resolve().parent
    if stem not in BOOK: raise ValueError(f'{path.name} is not in BOOK: add it to the table first')
    nb = json.loads(path.read_text()); cells = nb['cells']
    text = nav_text(stem)
    old = [i for i, c in enumerate(cells) if is_nav(c)]
    if len(old) == 1 and ''.join(cells[old[0]]['source']) == text: return False
    keep = cells[old[0]] if old else None
    for i in reversed(old): del cells[i]
    at = len(cells) - 1 if cells and is_export(cells[-1]) else len(cells)
    c = keep or {'cell_type': 'markdown', 'id': 'nav-' + re.sub(r'[^\w-]', '', stem), 'metadata': {}}
    c['source'] = text.splitlines(keepends=True)
    cells.insert(at, c)
    if write:
        with open(path, 'w') as f: json.dump(nb, f, indent=1, ensure_ascii=False); f.write('\n')
    return True

if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    check = '--check' in sys.argv
    if args: NBS = Path(args[0]).resolve().parent
    paths = [NBS/f'{s}.ipynb' for s in BOOK if exists(s)] if '--all' in sys.argv else [Path(a) for a in args]
    if not paths: sys.exit(__doc__)
    stale = []
    for p in paths:
        changed = apply(p, write=not check)
        print(f"{'changed' if changed else 'same   '} {p.name}")
        if check and changed: stale.append(p.name); print('    ' + nav_text(Path(p).stem).replace('\n', '\n    '))
    if stale: sys.exit(f"navigation out of step with the book's table in {', '.join(stale)}: run python .ci/nav.py --all")
