"""Write README.md from nbs/index.ipynb (nbdev_readme needs Quarto, which cannot be installed here).
`python .ci/readme.py` writes it; `python .ci/readme.py --check` fails when README.md is out of step."""
import json, sys
from pathlib import Path

def readme(nb_path='nbs/index.ipynb', site='https://tsae-dev.github.io/tsae/'):
    nb, out = json.loads(Path(nb_path).read_text()), []
    for c in nb['cells']:
        src = ''.join(c['source'])
        if '#| hide' in src: continue
        if c['cell_type'] == 'markdown':
            out.append(src.replace('](0', f']({site}0').replace('](images/', '](nbs/images/'))
        else: out.append('```python\n' + '\n'.join(l for l in src.splitlines() if 'IN_TEST' not in l) + '\n```')
    return '\n\n'.join(out) + '\n'

if __name__ == '__main__':
    text = readme()
    if '--check' in sys.argv:
        if Path('README.md').read_text() != text: sys.exit("README.md is out of step with nbs/index.ipynb: run `python .ci/readme.py`")
        print("README.md in step with nbs/index.ipynb")
    else: Path('README.md').write_text(text)
