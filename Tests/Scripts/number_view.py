#!/usr/bin/env python3
"""What one Recognizers-Text model would return, from claimline's extract records.

  number_view.py MODEL EXTRACT.jsonl > MENTIONS.jsonl

Recognizers-Text has one model per type; claimline reads every number once and
says what it is. This keeps the mentions a model of that type returns:
  NumberModel    every number except ordinals and times, money and percentages as
                 their numeral (`10000` in `$10000`, the span claimline writes as `numeral`)
  PercentModel   kind percent
  OrdinalModel   kind ordinal, and the ordinal word naming a fraction's parts
                 (`third` in `forty two and a third`, written as `denominator`)
  CurrencyModel  kind money
Used by `make eval-numbers` only (evaluation tooling, not part of the pipeline)."""
import json, sys

def view(model, doc):
    text = doc['text']
    out = []
    for m in doc['numbers']:
        k = m['kind']
        if model == 'NumberModel':
            if k in ('ordinal', 'time'):
                continue
            if k in ('money', 'percent') and m.get('numeral'):
                n = m['numeral']
                m = dict(m, start=n['start'], end=n['end'], text=text[n['start']:n['end']])
                if k == 'money' and m['value'] != m['value']:
                    continue
        elif model == 'PercentModel':
            if k != 'percent': continue
        elif model == 'OrdinalModel':
            d = m.get('denominator')
            if d:
                out.append({'start': d['start'], 'end': d['end'], 'text': text[d['start']:d['end']], 'value': d['value'], 'kind': 'ordinal'})
            if k != 'ordinal': continue
        elif model == 'CurrencyModel':
            if k != 'money': continue
        else:
            sys.exit(f'number_view.py: unknown model {model}')
        out.append({'start': m['start'], 'end': m['end'], 'text': m['text'], 'value': m['value'], 'kind': m['kind']})
    return out

def main():
    model, path = sys.argv[1], sys.argv[2]
    for line in open(path, encoding='utf-8'):
        if line.strip():
            doc = json.loads(line)
            print(json.dumps({'id': doc['id'], 'numbers': view(model, doc)}, ensure_ascii=False))

if __name__ == '__main__':
    main()
