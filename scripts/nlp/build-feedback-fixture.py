# One-off: turns the compact authoring format (#source split / role|sentiment|THEMES|text) into
# tests/fixtures/nlp/feedback.jsonl. Kept for reproducibility; the JSONL is the source of truth.
import json, sys
R = {'y': 'young_person', 'p': 'parent_carer', 'v': 'vcse_partner', 'f': 'professional'}
S = {'p': 'positive', 'n': 'negative', 'm': 'mixed', 'u': 'neutral'}
T = {'AW': 'access-waiting', 'CS': 'crisis-support', 'SE': 'schools-education', 'IS': 'information-signposting',
     'BH': 'being-heard', 'TR': 'transitions', 'ED': 'eating-disorders', 'ND': 'neurodiversity',
     'DO': 'digital-online', 'EI': 'equality-inclusion', 'PC': 'parents-carers', 'SR': 'staff-relationships',
     'PS': 'places-spaces', 'WA': 'wellbeing-activities'}
out = []
source = split = None
n = 0
for path in sys.argv[1:]:
    for line in open(path):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        if line.startswith('#'):
            source, split = line[1:].split()
            n = 0
            continue
        role, sent, themes, text = line.split('|', 3)
        n += 1
        out.append({'id': f'{source}-{n:03d}', 'split': split, 'source': source, 'role': R[role], 'text': text,
                    'themes': [T[t] for t in themes.split(',') if t], 'sentiment': S[sent]})
for r in out:
    print(json.dumps(r, ensure_ascii=False))
