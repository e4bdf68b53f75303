"""Extracts the assertions of hadolint's test/Hadolint/Rule/DL*Spec.hs (from the mirror at REPO) into
tests/unit/dockerfile/hadolint-suite/cases.json: python3 scripts/hadolint-suite-extract.py OUT.json"""
import json, re, subprocess, sys

REPO = '/work/.mirror/hadolint+hadolint/repo'
ASSERTS = {'ruleCatches', 'ruleCatchesNot', 'onBuildRuleCatches', 'onBuildRuleCatchesNot',
           'assertChecks', 'assertOnBuildChecks'}

def git(*a):
    return subprocess.run(['git', '-C', REPO, *a], capture_output=True, text=True, check=True).stdout

ESC = {'n': '\n', 't': '\t', '\\': '\\', '"': '"', "'": "'", 'r': '\r', '&': ''}

def tokenize(src):
    toks = []  # (kind, value, line)
    i, line, n = 0, 1, len(src)
    while i < n:
        c = src[i]
        if c == '\n':
            line += 1; i += 1; continue
        if c.isspace():
            i += 1; continue
        if src.startswith('--', i) and (i + 2 >= n or src[i+2] in ' -\n'):
            while i < n and src[i] != '\n': i += 1
            continue
        if src.startswith('{-', i):
            j = src.index('-}', i); line += src[i:j].count('\n'); i = j + 2; continue
        if c == '"':
            start = line; i += 1; out = []
            while src[i] != '"':
                ch = src[i]
                if ch == '\\':
                    nx = src[i+1]
                    if nx.isspace():  # string gap
                        j = i + 1
                        while src[j] != '\\':
                            if src[j] == '\n': line += 1
                            j += 1
                        i = j + 1; continue
                    if nx in ESC: out.append(ESC[nx]); i += 2; continue
                    if nx.isdigit():
                        m = re.match(r'\d+', src[i+1:]); out.append(chr(int(m.group()))); i += 1 + len(m.group()); continue
                    raise ValueError(f'escape {nx!r} line {line}')
                if ch == '\n': line += 1
                out.append(ch); i += 1
            i += 1
            toks.append(('str', ''.join(out), start)); continue
        m = re.match(r"[?A-Za-z_][A-Za-z0-9_'.]*", src[i:])
        if m:
            toks.append(('id', m.group().rstrip('.'), line)); i += len(m.group().rstrip('.')); continue
        m = re.match(r'[0-9]+', src[i:])
        if m:
            toks.append(('num', int(m.group()), line)); i += len(m.group()); continue
        m = re.match(r'<>|==|->|-|\+|\*|@|!|&|\$|=|,|\[|\]|\(|\)|\{|\}|\\|<|>|\.|\||:', src[i:])
        if m:
            toks.append(('op', m.group(), line)); i += len(m.group()); continue
        raise ValueError(f'char {c!r} line {line}')
    return toks

class Fail(Exception): pass

def parse_expr(toks, i, env):
    """Parse an application-level expression; returns (value, i). Values: str, list, dict(config)."""
    val, i = parse_atom(toks, i, env)
    while i < len(toks) and toks[i] == ('op', '<>', toks[i][2]):
        rhs, i = parse_atom(toks, i + 1, env)
        val = val + rhs
    return val, i

def parse_atom(toks, i, env):
    k, v, _ = toks[i]
    if k == 'op' and v == '$':
        return parse_expr(toks, i + 1, env)
    if k == 'str':
        return v, i + 1
    if k == 'op' and v == '(':
        val, i = parse_expr(toks, i + 1, env)
        if toks[i][1] != ')': raise Fail(f'expected ) at {toks[i]}')
        return val, i + 1
    if k == 'op' and v == '[':
        items = []; i += 1
        while toks[i][1] != ']':
            item, i = parse_expr(toks, i, env); items.append(item)
            if toks[i][1] == ',': i += 1
        return items, i + 1
    if k == 'id' and v in ('Text.unlines', 'unlines'):
        arg, i = parse_atom(toks, i + 1, env)
        if not isinstance(arg, list): raise Fail('unlines of non-list')
        return ''.join(s + '\n' for s in arg), i
    if k == 'id' and v in ('Text.intercalate', 'intercalate'):
        sep, i = parse_atom(toks, i + 1, env); arg, i = parse_atom(toks, i, env)
        return sep.join(arg), i
    if k == 'id' and v in env:
        return env[v], i + 1
    raise Fail(f'cannot evaluate {toks[i]}')

def parse_config(toks, i):
    """def { field = value, ... } -> (dict, i)"""
    assert toks[i][1] == 'def'
    i += 1
    cfg = {}
    if toks[i][1] != '{': return cfg, i
    depth = 0; j = i; body = []
    while True:
        if toks[j][1] == '{': depth += 1
        if toks[j][1] == '}':
            depth -= 1
            if depth == 0: break
        body.append(toks[j]); j += 1
    text = ' '.join(str(t[1]) if t[0] != 'str' else json.dumps(t[1]) for t in body[1:])
    for m in re.finditer(r'allowedRegistries = \[ (.*?) \]', text):
        cfg['trustedRegistries'] = json.loads('[' + m.group(1) + ']')
    if 'allowedRegistries = [ ]' in text: cfg['trustedRegistries'] = []
    m = re.search(r'labelSchema = Map.fromList \[ (.*) \]', text)
    if m:
        schema = {}
        for k, t in re.findall(r'\( ("[^"]*") , (?:Rule\.)?(\w+) \)', m.group(1)):
            schema[json.loads(k)] = t
        cfg['labelSchema'] = schema
    if re.search(r'strictLabels = True', text): cfg['strictLabels'] = True
    return cfg, j + 1

def extract(path, commit):
    src = git('show', f'{commit}:{path}')
    toks = tokenize(src)
    env = {}
    config = {}
    cases = []
    title = ''
    problems = []
    i = 0
    while i < len(toks):
        k, v, line = toks[i]
        if k == 'id' and v == 'it' and toks[i+1][0] == 'str':
            title = toks[i+1][1]; i += 2; continue
        if k == 'id' and v == '?config' and toks[i+1][1] == '=':
            config, i = parse_config(toks, i + 2); continue
        if k == 'id' and v not in ASSERTS and i + 1 < len(toks) and toks[i+1] [1] == '=' and \
                (i == 0 or toks[i-1][1] in ('let',) or toks[i-1][2] < line or toks[i-1][1] in ('in', 'do')):
            try:
                val, j = parse_expr(toks, i + 2, env)
                env[v] = val; i = j; continue
            except (Fail, IndexError):
                pass
        if k == 'id' and v in ASSERTS:
            try:
                if v.startswith('assert'):
                    text, j = parse_atom(toks, i + 1, env)
                    # (failsWith N "DLxxxx") or (failsWithSome "DL")
                    if toks[j][1] == '(' and toks[j+1][1] == 'failsWith':
                        count = toks[j+2][1]; rule, j = parse_atom(toks, j + 3, env); j += 1
                    elif toks[j][1] == '(' and toks[j+1][1] == 'failsWithSome':
                        count = 'some'; rule, j = parse_atom(toks, j + 2, env); j += 1
                    else:
                        problems.append(f'{path}:{line} assert with {toks[j]}'); i += 1; continue
                    kind = {'assertChecks': 'count', 'assertOnBuildChecks': 'onBuildCount'}[v]
                else:
                    rule, j = parse_atom(toks, i + 1, env)
                    text, j = parse_expr(toks, j, env)
                    kind, count = v, None
                if not isinstance(text, str): raise Fail('text not a string')
                case = {'rule': rule, 'kind': kind, 'line': line, 'title': title,
                        'dockerfile': text}
                if count is not None: case['count'] = count
                if config: case['config'] = config
                cases.append(case)
                i = j; continue
            except (Fail, IndexError) as e:
                problems.append(f'{path}:{line} {e}')
        i += 1
    return cases, problems

if __name__ == '__main__':
    commit = git('rev-parse', 'HEAD').strip()
    files = [f for f in git('ls-tree', '-r', 'HEAD', '--name-only', 'test/Hadolint/Rule/').split()
             if re.search(r'/DL\d+Spec\.hs$', f)]
    out = {'commit': commit, 'suites': {}}
    allp = []
    for f in files:
        cases, problems = extract(f, commit)
        out['suites'][f] = cases
        allp += problems
    for f, cases in out['suites'].items():
        for c in cases: c['source'] = f'{f}:{c["line"]}'
    with open(sys.argv[1], 'w') as fh:
        fh.write('{\n "upstream": "https://github.com/hadolint/hadolint",\n')
        fh.write(f' "commit": {json.dumps(commit)},\n "suites": {{\n')
        items = list(out['suites'].items())
        for n, (f, cases) in enumerate(items):
            fh.write(f'  {json.dumps(f)}: [\n')
            fh.write(',\n'.join('   ' + json.dumps(c, ensure_ascii=False) for c in cases))
            fh.write('\n  ]' + (',' if n < len(items) - 1 else '') + '\n')
        fh.write(' }\n}\n')
    print('\n'.join(allp), file=sys.stderr)
    print(sum(len(c) for c in out['suites'].values()), 'cases', file=sys.stderr)
