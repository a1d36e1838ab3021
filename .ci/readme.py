"""README.md is written from nbs/index.ipynb (nbdev_readme needs Quarto, which cannot be installed here).

`python .ci/readme.py` writes it; `--check` fails when README.md is out of step with the notebook;
`--run` runs every Python block of README.md as printed, in order, in one fresh process in an empty folder
outside the checkout (as a reader who copies them would)."""
import json, re, sys, os, subprocess, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE, BRANCH = 'https://tsae-dev.github.io/tsae/', 'main'

def _visible(c):
    "A cell README shows: not hidden, and not the docs' navigation cell (its links are to pages of the site, not files beside README)"
    s = ''.join(c['source'])
    return not re.search(r'^#\|\s*hide\s*$', s, re.M) and not s.startswith('<!-- nav -->')

def readme(nb_path=ROOT/'nbs/index.ipynb'):
    "README.md's text: the visible cells of `nb_path`, links made absolute (site pages, images in nbs/)"
    nb, out = json.loads(Path(nb_path).read_text()), []
    for c in filter(_visible, nb['cells']):
        src = ''.join(c['source'])
        if c['cell_type'] == 'markdown':
            src = re.sub(r'\]\((?!https?://|#)([\w-]+\.html)', rf']({SITE}\1', src)
            out.append(src.replace('](images/', f'](https://raw.githubusercontent.com/tsae-dev/tsae/{BRANCH}/nbs/images/'))   # absolute: PyPI shows it too
        else:
            if 'IN_TEST' in src: sys.exit(f"{nb_path}: visible code mentions IN_TEST (shrink in a hidden cell):\n{src}")
            out.append('```python\n' + src + '\n```')
    return '\n\n'.join(out) + '\n'

def python_blocks(text): return re.findall(r'^```python\n(.*?)^```', text, re.S | re.M)

def run_blocks(text, timeout=900):
    "Run README's Python blocks, joined in order, in a fresh interpreter in an empty temporary folder"
    code = '\n'.join(python_blocks(text))
    if not code.strip(): sys.exit('README.md has no Python block to run')
    with tempfile.TemporaryDirectory() as d:
        (Path(d)/'readme_blocks.py').write_text(code)
        env = {**os.environ, 'MPLBACKEND': 'Agg'}; env.pop('IN_TEST', None)
        t = time.time()
        r = subprocess.run([sys.executable, 'readme_blocks.py'], cwd=d, env=env, timeout=timeout)
    if r.returncode: sys.exit(f"README.md's Python blocks failed (exit {r.returncode}) when run as printed")
    print(f"README.md's {len(python_blocks(text))} Python blocks ran as printed in {time.time()-t:.0f} s")

if __name__ == '__main__':
    text = readme()
    if '--check' in sys.argv:
        if (ROOT/'README.md').read_text() != text: sys.exit("README.md is out of step with nbs/index.ipynb: run `python .ci/readme.py`")
        print("README.md in step with nbs/index.ipynb")
    elif '--run' not in sys.argv: (ROOT/'README.md').write_text(text)
    if '--run' in sys.argv: run_blocks((ROOT/'README.md').read_text())
