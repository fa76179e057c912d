#!/usr/bin/env python3
"""Scores `pg_article_cli quotes --jsonl` against the quotation corpora.

  eval_quotes.py aquaint [--errors] [--json]   news: quote P/R/F1, speaker and cue accuracy
  eval_quotes.py litbank [--errors] [--json]   fiction: quote-span recall (pairing only)

Matching follows DESIGN.md section 4: a predicted quote matches a gold quote
when its span covers at least 80 % of the gold characters; each gold and each
predicted item is matched at most once (greedy, by overlap).  Direct and
partial items form one class, indirect items another.  Speaker accuracy
counts matched items whose speaker_canonical names the gold speaker (case,
leading determiners and quantifiers ignored); cue accuracy compares the cue
as written.  Corpora are read from ../shared/corpora beside the repository
unless --corpora says otherwise.  Standard library only.
"""
import argparse
import html
import json
import os
import re
import subprocess
import sys
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
TAG = re.compile(r'<(/?)([A-Za-z0-9]+)([^>]*)>')
MATCH_SHARE = 0.8
LEADING_WORDS = {'the', 'a', 'an', 'some', 'many', 'several', 'most', 'about', 'all', 'two',
                 'three', 'other', 'few'}


def aquaint_text(path):
    """The annotated text of one TimeML file, as the corpus README defines it."""
    with open(path, encoding='utf-8') as f:
        raw = f.read()
    body = raw[raw.index('<TEXT>') + 6: raw.index('</TEXT>')]
    return html.unescape(TAG.sub('', body))


def run_cli(cli, docs):
    """Runs the quotes command over {id: text}; returns ({id: [items]}, seconds)."""
    payload = ''.join(json.dumps({'id': i, 'text': t}) + '\n' for i, t in docs.items())
    began = time.perf_counter()
    proc = subprocess.run([cli, 'quotes', '--jsonl'], input=payload.encode('utf-8'),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - began
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode('utf-8', 'replace'))
        sys.exit('pg_article_cli quotes failed with status %d' % proc.returncode)
    items = {i: [] for i in docs}
    for line in proc.stdout.decode('utf-8').splitlines():
        if line.strip():
            item = json.loads(line)
            items[item['id']].append(item)
    return items, seconds


def match(gold, pred, gspan, pspan):
    """One-to-one matching: pairs (g, p) where p covers >= 80 % of g's characters."""
    candidates = []
    for gi, g in enumerate(gold):
        gs, ge = gspan(g)
        for pi, p in enumerate(pred):
            ps, pe = pspan(p)
            overlap = min(ge, pe) - max(gs, ps)
            if ge > gs and overlap >= MATCH_SHARE * (ge - gs):
                candidates.append((-overlap, gi, pi))
    candidates.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def normalise_speaker(name):
    """Lower case, possessive 's kept, leading determiners and quantifiers dropped."""
    if name is None:
        return None
    words = name.replace('\u2019', "'").lower().split()
    while len(words) > 1 and words[0] in LEADING_WORDS:
        words = words[1:]
    return ' '.join(words)


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pred_span(item):
    return item['quote_start'] - 1, item['quote_end'] - 1


def eval_aquaint(args):
    base = os.path.join(args.corpora, 'quotes', 'aquaint-quotes')
    texts_dir = os.path.join(args.corpora, 'timex', 'te3-train', 'AQUAINT')
    gold = {}
    with open(os.path.join(base, 'gold.jsonl'), encoding='utf-8') as f:
        for line in f:
            g = json.loads(line)
            gold.setdefault(g['doc'], []).append(g)
    docs = {d: aquaint_text(os.path.join(texts_dir, d)) for d in sorted(gold)}
    pred, seconds = run_cli(args.cli, docs)
    counts = {c: {'tp': 0, 'pred': 0, 'gold': 0} for c in ('quote', 'indirect')}
    speaker_ok = {c: 0 for c in counts}
    cue_ok = {c: 0 for c in counts}
    kind_ok = 0
    errors = []
    for doc, text in docs.items():
        for cls in counts:
            def in_class(item, cls=cls):
                return (item['kind'] == 'indirect') == (cls == 'indirect')
            gs = [g for g in gold[doc] if in_class(g)]
            ps = [p for p in pred[doc] if in_class(p)]
            pairs = match(gs, ps, lambda g: (g['quote_start'], g['quote_end']), pred_span)
            counts[cls]['tp'] += len(pairs)
            counts[cls]['pred'] += len(ps)
            counts[cls]['gold'] += len(gs)
            matched_g = {gi for gi, _ in pairs}
            matched_p = {pi for _, pi in pairs}
            for gi, pi in pairs:
                g, p = gs[gi], ps[pi]
                if normalise_speaker(p['speaker_canonical']) == normalise_speaker(g['speaker']):
                    speaker_ok[cls] += 1
                else:
                    errors.append(('speaker', doc, g, p, text))
                if p['cue'] == g['cue']:
                    cue_ok[cls] += 1
                else:
                    errors.append(('cue', doc, g, p, text))
                if cls == 'quote' and p['kind'] == g['kind']:
                    kind_ok += 1
            errors += [('missed', doc, g, None, text) for i, g in enumerate(gs) if i not in matched_g]
            errors += [('spurious', doc, None, p, text) for i, p in enumerate(ps) if i not in matched_p]
    result = {'documents': len(docs), 'seconds': round(seconds, 3)}
    for cls, c in counts.items():
        p, r, f = prf(c['tp'], c['pred'], c['gold'])
        result[cls] = {'precision': round(p, 4), 'recall': round(r, 4), 'f1': round(f, 4),
                       'gold': c['gold'], 'predicted': c['pred'], 'matched': c['tp'],
                       'speaker_accuracy': round(speaker_ok[cls] / c['tp'], 4) if c['tp'] else 0.0,
                       'cue_accuracy': round(cue_ok[cls] / c['tp'], 4) if c['tp'] else 0.0}
    matched = counts['quote']['tp'] + counts['indirect']['tp']
    result['speaker_accuracy'] = round((speaker_ok['quote'] + speaker_ok['indirect']) / matched, 4) if matched else 0.0
    result['cue_accuracy'] = round((cue_ok['quote'] + cue_ok['indirect']) / matched, 4) if matched else 0.0
    result['direct_partial_kind_accuracy'] = round(kind_ok / counts['quote']['tp'], 4) if counts['quote']['tp'] else 0.0
    if args.errors:
        print_errors(errors, args.errors_of)
    report(result, args.json, [
        'aquaint-quotes: %d documents' % len(docs),
        'direct+partial  P %.3f R %.3f F1 %.3f  (gold %d, predicted %d, matched %d)' % (
            result['quote']['precision'], result['quote']['recall'], result['quote']['f1'],
            result['quote']['gold'], result['quote']['predicted'], result['quote']['matched']),
        'indirect        P %.3f R %.3f F1 %.3f  (gold %d, predicted %d, matched %d)' % (
            result['indirect']['precision'], result['indirect']['recall'], result['indirect']['f1'],
            result['indirect']['gold'], result['indirect']['predicted'], result['indirect']['matched']),
        'speaker accuracy %.3f (direct+partial %.3f, indirect %.3f)' % (
            result['speaker_accuracy'], result['quote']['speaker_accuracy'],
            result['indirect']['speaker_accuracy']),
        'cue accuracy     %.3f (direct+partial %.3f, indirect %.3f)' % (
            result['cue_accuracy'], result['quote']['cue_accuracy'], result['indirect']['cue_accuracy']),
        'direct/partial kind accuracy over matched %.3f' % result['direct_partial_kind_accuracy'],
    ])


def print_errors(errors, only):
    """One block per error: class, document, gold and predicted fields, context."""
    for what, doc, g, p, text in errors:
        if only and what not in only:
            continue
        print('== %s %s' % (what, doc))
        if g is not None:
            mention = text[g['speaker_start']:g['speaker_end']] if g['speaker_start'] is not None else None
            print('  gold %-8s speaker=%r mention=%r cue=%r' % (g['kind'], g['speaker'], mention, g['cue']))
            print('       [%s]' % text[g['quote_start']:g['quote_end']].replace('\n', ' '))
        if p is not None:
            print('  pred %-8s speaker=%r canonical=%r role=%r cue=%r' % (
                p['kind'], p['speaker'], p['speaker_canonical'], p['speaker_role'], p['cue']))
            print('       [%s]' % p['quote'].replace('\n', ' '))


def detokenise(tokens):
    """Joins LitBank tokens as running text: punctuation and curly marks attach to
    their word; straight marks stay spaced, so their direction is left unknown."""
    out = []
    offsets = []
    attach_next = False
    for tok in tokens:
        glue = (not out or attach_next or tok in {',', '.', ';', ':', '!', '?', ')', ']', '\u201d', '\u2019'}
                or tok.startswith(('\u2019', "n't")) and len(tok) > 1
                or (tok.startswith("'") and len(tok) > 1))
        if out and not glue:
            out.append(' ')
        start = sum(len(s) for s in out)
        out.append(tok)
        offsets.append((start, start + len(tok)))
        attach_next = tok in {'(', '[', '\u201c', '\u2018'}
    return ''.join(out), offsets


QUOTE_TOKENS = {'"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '``', "''", '`', '\u00ab', '\u00bb'}


def litbank_doc(txt_path):
    """Text of one excerpt (sentences joined by a space) and token offsets per sentence."""
    with open(txt_path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    pieces, sentence_offsets, pos = [], [], 0
    for line in lines:
        text, offsets = detokenise(line.split(' ') if line else [])
        if pieces:
            pieces.append(' ')
            pos += 1
        pieces.append(text)
        sentence_offsets.append([(s + pos, e + pos) for s, e in offsets])
        pos += len(text)
    return ''.join(pieces), sentence_offsets, lines


def litbank_gold(ann_path, sentence_offsets, lines):
    """Gold quote spans without their outer quote marks."""
    flat, index = [], {}
    for si, line in enumerate(lines):
        for ti, tok in enumerate(line.split(' ') if line else []):
            index[(si, ti)] = len(flat)
            flat.append((tok, sentence_offsets[si][ti]))
    spans = []
    with open(ann_path, encoding='utf-8') as f:
        for line in f:
            cols = line.rstrip('\n').split('\t')
            if cols[0] != 'QUOTE':
                continue
            first = index[(int(cols[2]), int(cols[3]))]
            last = index[(int(cols[4]), int(cols[5]))]
            if flat[first][0] in QUOTE_TOKENS and first < last:
                first += 1
            if flat[last][0] in QUOTE_TOKENS and first < last:
                last -= 1
            spans.append({'start': flat[first][1][0], 'end': flat[last][1][1]})
    return spans


def eval_litbank(args):
    base = os.path.join(args.corpora, 'quotes', 'litbank-quotations')
    names = sorted(n[:-4] for n in os.listdir(base) if n.endswith('_brat.txt'))
    docs, gold = {}, {}
    for name in names:
        text, offsets, lines = litbank_doc(os.path.join(base, name + '.txt'))
        docs[name] = text
        gold[name] = litbank_gold(os.path.join(base, name + '.ann'), offsets, lines)
    pred, seconds = run_cli(args.cli, docs)
    n_gold = n_pred = tp = 0
    for name in names:
        ps = [p for p in pred[name] if p['kind'] != 'indirect']
        pairs = match(gold[name], ps, lambda g: (g['start'], g['end']), pred_span)
        n_gold += len(gold[name])
        n_pred += len(ps)
        tp += len(pairs)
        if args.errors:
            matched = {gi for gi, _ in pairs}
            for gi, g in enumerate(gold[name]):
                if gi not in matched:
                    print('== missed %s\n       [%s]' % (name, docs[name][g['start']:g['end']]))
    recall = tp / n_gold if n_gold else 0.0
    result = {'documents': len(names), 'gold': n_gold, 'predicted': n_pred, 'matched': tp,
              'recall': round(recall, 4), 'precision': round(tp / n_pred, 4) if n_pred else 0.0,
              'seconds': round(seconds, 3)}
    report(result, args.json, [
        'litbank-quotations: %d documents' % len(names),
        'quote-span recall %.3f (gold %d, matched %d); precision %.3f (predicted %d)' % (
            result['recall'], n_gold, tp, result['precision'], n_pred)])


def report(result, as_json, lines):
    if as_json:
        print(json.dumps(result))
    else:
        print('\n'.join(lines))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('corpus', choices=['aquaint', 'litbank'])
    parser.add_argument('--cli', default=os.path.join(REPO, 'pg_article_cli'))
    parser.add_argument('--corpora', default=os.path.join(REPO, '..', 'shared', 'corpora'))
    parser.add_argument('--errors', action='store_true', help='list misses and wrong fields')
    parser.add_argument('--errors-of', action='append',
                        choices=['missed', 'spurious', 'speaker', 'cue'],
                        help='with --errors: only these classes (repeatable)')
    parser.add_argument('--json', action='store_true', help='print the figures as one JSON object')
    args = parser.parse_args()
    (eval_aquaint if args.corpus == 'aquaint' else eval_litbank)(args)


if __name__ == '__main__':
    main()
