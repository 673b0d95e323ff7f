# Consistency check for gold/*.tsv against corpus/*.txt: python3 check_gold.py <path to this folder>
import glob, unicodedata, re, sys, collections
base = sys.argv[1]
texts = {f.split('/')[-1]: open(f, encoding='utf-8').read() for f in sorted(glob.glob(base + '/corpus/*.txt'))}
low = {k: v.lower() for k, v in texts.items()}
allt = '\n'.join(low.values())
TYPES = {'Person','Character','Series','Book','Organization','Place'}
PRED = {'PLAYS':('Person','Character'),'STARS_IN':('Person','Series'),'CREATED':('Person','Series'),'SHOWRUNNER_OF':('Person','Series'),
 'EXECUTIVE_PRODUCER_OF':('Person','Series'),'DIRECTED':('Person','Series'),'WROTE':('Person','Book'),'PRODUCED_BY':('Series','Organization'),
 'AIRS_ON':('Series','Organization'),'BASED_ON':('Series','Book'),'SPINOFF_OF':('Series','Series'),'APPEARS_IN':('Character','Series'),
 'SET_IN':('Series','Place'),'MEMBER_OF':('Character','Organization'),'RELATIVE_OF':('Character','Character'),
 'ROMANTIC_PARTNER_OF':('Character','Character'),'PARTNER_OF':('Character','Character'),'KILLED':('Character','Character')}
def fold(s):
    s = unicodedata.normalize('NFKD', s); s = ''.join(c for c in s if not unicodedata.combining(c))
    return ' '.join(s.casefold().split())
ents = {}; optional = {}; forms = collections.defaultdict(list); errs = 0
for ln, line in enumerate(open(base + '/gold/entities.tsv', encoding='utf-8'), 1):
    line = line.rstrip('\n')
    if not line or line.startswith('#'): continue
    p = line.split('\t')
    if len(p) != 3: print('entities: bad columns', ln, repr(line)); errs += 1; continue
    t, name, al = p
    opt = t.startswith('~'); t = t.lstrip('~')
    if t not in TYPES: print('bad type', ln, t); errs += 1
    (optional if opt else ents)[name] = t
    for f in [name] + [a for a in al.split('|') if a]:
        if f.lower() not in allt: print('NOT IN CORPUS:', ln, repr(f)); errs += 1
        if not opt: forms[fold(f)].append(name)
for k, v in forms.items():
    if len(set(v)) > 1: print('form shared by several entities:', k, v); errs += 1
for n in optional:
    if n in ents: print('note: optional entity shares canonical with', ents[n], repr(n))
seen = set()
def rel(p, ln, border):
    global errs
    if len(p) not in (3, 4): print('relations: bad columns', ln, p); errs += 1; return
    s, pr, o = p[:3]
    if pr not in PRED: print('bad predicate', ln, pr); errs += 1; return
    if (pr == 'RELATIVE_OF') != (len(p) == 4): print('4th column rule', ln, p); errs += 1
    for x, want in ((s, PRED[pr][0]), (o, PRED[pr][1])):
        t = ents.get(x) or optional.get(x)
        if t is None: print('UNKNOWN entity', ln, repr(x)); errs += 1
        elif t != want and not (x in optional and optional[x] == want): print('type mismatch', ln, x, t, want, pr); errs += 1
    key = (s, pr, o) if pr not in ('PARTNER_OF','ROMANTIC_PARTNER_OF','RELATIVE_OF') else (frozenset((s, o)), pr)
    if not border:
        if key in seen: print('duplicate', ln, p); errs += 1
        seen.add(key)
n = nb = 0
for ln, line in enumerate(open(base + '/gold/relations.tsv', encoding='utf-8'), 1):
    line = line.rstrip('\n')
    if not line: continue
    if line.startswith('# ~'):
        if '\t' in line: rel(line[3:].split('\t'), ln, True); nb += 1
        continue
    if line.startswith('#'): continue
    rel(line.split('\t'), ln, False); n += 1
print('entities', len(ents), 'optional', len(optional), 'by type', collections.Counter(ents.values()))
print('relations', n, 'borderline', nb, 'errors', errs)
# entities never mentioned in a relation (info)
used = set()
for line in open(base + '/gold/relations.tsv', encoding='utf-8'):
    if line.startswith('#') and not line.startswith('# ~'): continue
    p = line.lstrip('# ~').rstrip('\n').split('\t')
    if len(p) >= 3: used.update([p[0], p[2]])
print('entities in no relation:', sorted(e for e in ents if e not in used))
