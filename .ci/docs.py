"""Check the docs build the way nbdev runs it, without Quarto.

For each notebook: nbdev's own processors (`nbdev.processors.FilterDefaults`) with `IN_TEST=1`, in a fresh
process, as `nbdev_docs` runs them before Quarto. A notebook fails if visible code mentions `IN_TEST`, a processor raises,
takes longer than `--limit` seconds, or nbdev warns that a cell holds imports and other code (nbdev re-runs such cells in the build).
Then every link to a page of the site (in README.md and the notebooks' markdown) must name a page nbdev makes.

`python .ci/docs.py` checks every notebook; `python .ci/docs.py nbs/01_lstm_ae.ipynb` checks one."""
import os, re, sys, json, time, subprocess
from pathlib import Path

SITE = 'https://tsae-dev.github.io/tsae/'
ROOT = Path(__file__).resolve().parent.parent

def page_name(nb:Path):
    "The page nbdev makes for notebook `nb`: the number prefix dropped (`00a_train.ipynb` -> `train.html`)"
    stem = nb.stem
    return 'index.html' if stem == 'index' else re.sub(r'^\d+[a-z]?_', '', stem) + '.html'

def notebooks(): return sorted(p for p in (ROOT/'nbs').glob('*.ipynb') if not p.name.startswith('_'))

CHILD = r'''
import os, sys, time, warnings
os.environ["IN_TEST"] = "1"; os.environ.setdefault("MPLBACKEND", "Agg")
from execnb.nbio import read_nb
from nbdev.processors import FilterDefaults
path = sys.argv[1]
os.chdir(os.path.dirname(os.path.abspath(path)))
t = time.time()
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    FilterDefaults()(read_nb(os.path.basename(path)))
bad = [str(w.message) for w in ws if "imports and other code" in str(w.message)]
for b in bad: print("MIXED CELL:", b.replace("\n", "\n    "), file=sys.stderr)
print(f"{time.time()-t:.1f}")
sys.exit(3 if bad else 0)
'''

def visible_in_test(nb:Path):
    "Visible code cells of `nb` that mention `IN_TEST` (a reader would copy code that cannot run)"
    cells = json.loads(nb.read_text())['cells']
    return [''.join(c['source']) for c in cells if c['cell_type'] == 'code' and 'IN_TEST' in ''.join(c['source'])
            and not re.search(r'^#\|\s*hide\s*$', ''.join(c['source']), re.M)]

def check_nb(nb:Path, limit:float):
    "Run nbdev's processors on `nb` in a fresh process; return (ok, seconds, message)"
    bad = visible_in_test(nb)
    if bad: return False, 0., 'visible code mentions IN_TEST (shrink in a hidden cell):\n' + '\n---\n'.join(bad)
    t = time.time()
    try: r = subprocess.run([sys.executable, '-c', CHILD, str(nb)], capture_output=True, text=True, timeout=limit)
    except subprocess.TimeoutExpired: return False, time.time()-t, f'took longer than {limit:.0f} s (the docs build would repeat long computation)'
    dt = time.time()-t
    if r.returncode == 3: return False, dt, 'cells mix imports and other code:\n' + r.stderr[-3000:]
    if r.returncode: return False, dt, r.stderr[-3000:]
    return True, dt, ''

def site_links(text):
    "Links to pages of the site in `text`: absolute ones to `SITE` and relative `*.html`/`*.ipynb` ones"
    out = re.findall(re.escape(SITE) + r'([\w./-]*)', text)
    out += [l for l in re.findall(r'\]\(([\w./-]+\.(?:html|ipynb))(?:#[\w-]*)?\)', text) if '://' not in l]
    return out

def check_links():
    "Every site link in README.md and the notebooks' markdown names a page nbdev makes; returns the bad ones"
    pages = {page_name(nb) for nb in notebooks()}
    nbs = {nb.name for nb in notebooks()}
    texts = {'README.md': (ROOT/'README.md').read_text()}
    for nb in notebooks():
        cells = json.loads(nb.read_text())['cells']
        texts[nb.name] = '\n'.join(''.join(c['source']) for c in cells if c['cell_type'] == 'markdown')
    bad = []
    for name, text in texts.items():
        for l in site_links(text):
            target = l.split('#')[0].lstrip('./')
            if target in ('', 'index.html'): continue
            if target.endswith('.ipynb') and target in nbs: continue   # nbdev rewrites links to notebooks
            if target not in pages: bad.append(f'{name}: {l}')
    return bad

RESULT_PATH = re.compile(r'benchmarks/[\w./*-]*[\w/*]')   # a glob (`*`) must match at least one file
LAB_TALK = ('/tmp/', 'development machine', 'shared 2-core', 'shared with other jobs', 'load average', 'settings of the time',
            'defaults of the time', 'since then', 'came before')   # matched without regard to case

def cited_results():
    "Every path under `benchmarks/` that a notebook (prose or code) or README.md names, and where: {path: [notebook, ...]}"
    out = {}
    texts = {'README.md': (ROOT/'README.md').read_text()}
    texts.update({nb.name: '\n'.join(''.join(c['source']) for c in json.loads(nb.read_text())['cells']) for nb in notebooks()})
    for name, text in texts.items():
        for m in RESULT_PATH.findall(text): out.setdefault(m.rstrip('.'), []).append(name)
    return out

def check_results():
    "Cited result files and folders that do not exist"
    return [f"{p} (cited by {', '.join(sorted(set(w)))})" for p, w in sorted(cited_results().items()) if not ((ROOT/p).exists() if '*' not in p else any(ROOT.glob(p)))]

def check_lab_talk():
    "Phrases about the lab (the machine a result was made on, how a default came to be) rather than the subject, in notebooks (sources and outputs) and result files"
    files = notebooks() + [p for p in (ROOT/'benchmarks').rglob('*') if p.is_file() and p.suffix in ('.md', '.json', '.csv', '.txt', '.py')]
    return [f"{f.relative_to(ROOT)}: {t!r}" for f in files for t in LAB_TALK if t in f.read_text(errors='ignore').lower()]

if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    limit = float(next((a.split('=')[1] for a in sys.argv[1:] if a.startswith('--limit=')), 120))
    failed = []
    for nb in ([Path(a).resolve() for a in args] or notebooks()):
        ok, dt, msg = check_nb(nb, limit)
        print(f"{'ok  ' if ok else 'FAIL'} {nb.name:28s} {dt:6.1f} s", flush=True)
        if not ok: failed.append(nb.name); print('    ' + msg.strip().replace('\n', '\n    '), flush=True)
    if not args:
        bad = check_links()
        print(f"site links: {'ok' if not bad else str(len(bad)) + ' to pages nbdev does not make'}")
        for b in bad: print('    ' + b)
        if bad: failed.append('links')
        missing = check_results()
        print(f"cited result files: {'ok' if not missing else str(len(missing)) + ' missing'}")
        for b in missing: print('    ' + b)
        if missing: failed.append('result files')
        side = (ROOT/'nbs'/'sidebar.yml').read_text()
        orphans = [nb.name for nb in notebooks() if nb.name not in side]
        print(f"sidebar: {'every notebook listed' if not orphans else 'not listed: ' + ', '.join(orphans)}")
        if orphans: failed.append('sidebar')
        talk = check_lab_talk()
        print(f"lab talk: {'none' if not talk else str(len(talk)) + ' place(s)'}")
        for b in talk: print('    ' + b)
        if talk: failed.append('lab talk')
    if failed: sys.exit(f"docs check failed: {', '.join(failed)}")
    print("docs check: every notebook renders with nbdev's processors")
