#!/usr/bin/env python3
"""Writes the named hostile documents and expected.tsv from ../Documents/complete.json.

Each case is a document the reader must refuse with a given rule code at a given JSON path. Run it from this folder
after changing complete.json or a case; the test HostileCorpusTests reads every file and checks the expectation.
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = json.load(open(os.path.join(HERE, '..', 'Documents', 'complete.json'), encoding='utf-8'))

cases = []


def case(name, code, path, document):
    cases.append((name, code, path, document))


def edit(name, code, path, change):
    doc = copy.deepcopy(BASE)
    change(doc)
    case(name, code, path, json.dumps(doc, ensure_ascii=False, indent=1))


def text(name, code, path, raw):
    case(name, code, path, raw)


def setter(keys, value):
    def change(doc):
        node = doc
        for key in keys[:-1]:
            node = node[key]
        node[keys[-1]] = value
    return change


def remover(keys):
    def change(doc):
        node = doc
        for key in keys[:-1]:
            node = node[key]
        del node[keys[-1]]
    return change


def jpath(keys):
    out = '$'
    for key in keys:
        out += f'[{key}]' if isinstance(key, int) else ('.' + key if not key.startswith('$') else f"['{key}']")
    return out


MAL, VAL, VER, LIM = 'json.malformed', 'json.invalid-value', 'json.schema-version', 'json.limit'
good = json.dumps(BASE, ensure_ascii=False)

# Syntax and encoding.
text('empty', MAL, '$', '')
text('whitespace-only', MAL, '$', '   \n\t ')
text('null-document', MAL, '$', 'null')
text('array-document', MAL, '$', '[]')
text('number-document', MAL, '$', '42')
text('string-document', MAL, '$', '"unions"')
text('truncated-half', MAL, '$.people[0]', good[:len(good) // 20])
text('truncated-last-brace', MAL, '$', good[:-1])
text('trailing-comma', MAL, '$', good[:-1] + ',}')
text('comment', MAL, '$', '// note\n' + good)
text('single-quotes', MAL, '$', "{'schemaVersion': 4, 'unions': []}")
text('unquoted-key', MAL, '$', '{schemaVersion: 4, "unions": []}')
text('nan', MAL, '$.schemaVersion', '{"schemaVersion": NaN, "unions": []}')
text('two-documents', MAL, '$', good + good)
text('deep-nesting-10000', LIM, '$', '{"schemaVersion": 4, "unions": ' + '[' * 10000 + ']' * 10000 + '}')
text('deep-nesting-65', LIM, '$', '{"schemaVersion": 4, "unions": [], "description": ' + '[' * 64 + ']' * 64 + '}')
text('lone-high-surrogate', MAL, '$.people[0].name', good.replace('"Hoàng Nghĩa Hiếu"', '"\\ud800"', 1))
text('lone-low-surrogate', MAL, '$.unions[1].names[0].en', good.replace('"Nghe An Union of Friendship Organizations"', '"x\\udc00"', 1))
text('nul-in-id', VAL, '$.people[0].id', good.replace('"hoang-nghia-hieu"', '"hoang\\u0000"', 1))

# Duplicate keys at every level.
text('duplicate-root-key', MAL, '$.schemaVersion', good.replace('"schemaVersion": 4,', '"schemaVersion": 4, "schemaVersion": 4,', 1))
text('duplicate-union-key', MAL, '$.unions[0].level', good.replace('{"id": "vufo", "level": "central",', '{"id": "vufo", "level": "central", "level": "central",', 1))
text('duplicate-fact-key', MAL, '$.unions[1].leadership[0].facts[0].office', good.replace('"office": "president"}', '"office": "president", "office": "president"}', 1))
text('duplicate-amount-key', MAL, '$.aid.transactions[0].value.amount', good.replace('"amount": "1000.10",', '"amount": "1000.10", "amount": "1000.10",', 1))

# Unknown members and misplaced nulls.
for keys in [['extra'], ['unions', 0, 'extra'], ['people', 0, 'extra'], ['documents', 0, 'relations'] , ['aid', 'extra'], ['aid', 'transactions', 0, 'value', 'extra'], ['exchangeRates', 'extra']]:
    if keys[-1] == 'relations':
        continue
    edit('unknown-member-' + '-'.join(str(k) for k in keys[:-1]) if len(keys) > 1 else 'unknown-member-root', MAL, jpath(keys), setter(keys, 1))
for keys in [['unions'], ['unions', 0, 'names'], ['unions', 1, 'congresses'], ['aid', 'transactions', 0, 'value'], ['unions', 1, 'leadership', 0, 'facts']]:
    edit('null-' + '-'.join(str(k) for k in keys), MAL, jpath(keys), setter(keys, None))
# A null where an id, a date or an enum belongs is a value of the wrong type.
for keys in [['people', 0, 'id'], ['unions', 1, 'level'], ['aid', 'transactions', 0, 'date']]:
    edit('null-' + '-'.join(str(k) for k in keys), VAL, jpath(keys), setter(keys, None))
for keys in [['schemaVersion'], ['unions'], ['unions', 1, 'id'], ['unions', 1, 'level'], ['people', 0, 'name'], ['unions', 1, 'congresses', 0, 'termLabel'], ['aid', 'transactions', 0, 'type'], ['exchangeRates', 'daysBack']]:
    edit('missing-' + '-'.join(str(k) for k in keys), MAL, jpath(keys[:-1]), remover(keys))

# Values of the wrong type or form.
values = [
    (['schemaVersion'], '4', VAL), (['schemaVersion'], 4.5, VAL), (['schemaVersion'], 6, VER), (['schemaVersion'], 0, VER), (['schemaVersion'], 1e2, VER),
    (['unions', 1, 'level'], 'Provincial', VAL), (['unions', 1, 'level'], 'PROVINCIAL', VAL), (['unions', 1, 'level'], 1, VAL), (['unions', 1, 'level'], 'provincial, central', VAL),
    (['unions', 1, 'id'], 'Nghe An', VAL), (['unions', 1, 'id'], 'nghe--an', VAL), (['unions', 1, 'id'], 'a' * 65, VAL), (['unions', 1, 'id'], 'nghe-an\n', VAL),
    (['unions', 1, 'founded'], '0000', VAL), (['unions', 1, 'founded'], '-0001', VAL), (['unions', 1, 'founded'], '1988-13', VAL), (['unions', 1, 'founded'], '1988-02-30', VAL),
    (['unions', 1, 'traditionDay'], '0000-07-18', VAL), (['unions', 1, 'traditionDay'], '-0001-07-18', VAL), (['unions', 1, 'traditionDay'], '1988-7-18', VAL), (['unions', 1, 'traditionDay'], '2023-02-29', VAL),
    (['unions', 1, 'congresses', 0, 'ordinal'], 0, VAL), (['unions', 1, 'congresses', 0, 'ordinal'], '5', VAL), (['unions', 1, 'congresses', 0, 'ordinal'], 2147483648, VAL),
    (['unions', 1, 'congresses', 0, 'termLabel'], ' ', VAL), (['unions', 1, 'names'], [], VAL), (['unions', 1, 'names', 0, 'en'], '', VAL),
    (['people', 0, 'asciiName'], 'Hoàng', VAL), (['people', 0, 'id'], 'Hoang', VAL),
    (['documents', 0, 'symbol'], '12-ct/tw', VAL), (['documents', 0, 'symbol'], '12-CT/日本', VAL), (['documents', 0, 'symbol'], '80/2020NĐ-CP', VAL), (['documents', 0, 'symbol'], 'Chỉ thị 12-CT/TW', VAL),
    (['documents', 1, 'inForceTo'], '9999-12-32', VAL), (['documents', 0, 'issued'], '2022-1-5', VAL),
    (['unions', 1, 'plans', 0, 'dueEachYear'], '02-30', VAL), (['unions', 1, 'plans', 0, 'recurrence'], 'weekly', VAL), (['unions', 1, 'plans', 0, 'lastYear'], 2101, VAL),
    (['unions', 1, 'leadership', 0, 'facts', 0, 'office'], 'chairman', VAL), (['unions', 1, 'leadership', 0, 'facts'], [], VAL),
    (['unions', 1, 'associations', 0, 'partnerCountry'], 'la', VAL), (['unions', 1, 'memberCounts', 0, 'count'], -1, VAL),
    (['exchangeRates', 'daysBack'], 2147483647, VAL), (['exchangeRates', 'daysBack'], -1, VAL), (['exchangeRates', 'rates', 0, 'rate'], '0.0000000000000000000000000001', VAL),
    (['exchangeRates', 'rates', 0, 'rate'], '79228162514264337593543950335', VAL), (['exchangeRates', 'rates', 0, 'rate'], 0, VAL), (['exchangeRates', 'rates', 0, 'from'], 'usd', VAL),
    (['aid', 'transactions', 0, 'value', 'amount'], '50000000000000000000000000000', VAL), (['aid', 'transactions', 0, 'value', 'amount'], 5e28, VAL),
    (['aid', 'transactions', 0, 'value', 'amount'], '12345678901234567890123456789', VAL), (['aid', 'transactions', 0, 'value', 'amount'], '1e3', VAL),
    (['aid', 'transactions', 0, 'value', 'amount'], '1,000', VAL), (['aid', 'transactions', 0, 'value', 'amount'], True, VAL), (['aid', 'transactions', 0, 'value', 'amount'], 1e-5, VAL),
    (['aid', 'transactions', 0, 'id'], '-r1', VAL), (['aid', 'transactions', 0, 'type'], 'IncomingFunds', VAL), (['aid', 'transactions', 0, 'date'], '2024-05-01T00:00', VAL),
    (['aid', 'activities', 0, 'sectors', 0, 'percentage'], '100.001', VAL), (['aid', 'activities', 0, 'sectors', 0, 'percentage'], -1, VAL),
    (['aid', 'parties', 0, 'kind'], 'ngo', VAL), (['aid', 'parties', 0, 'note'], '  ', VAL), (['aid', 'activities', 0, 'proposed'], '10/01/2024', VAL),
]
# A value the form allows but the object refuses (blank text, a negative count) is reported at the object; its message
# names the member.
AT_OBJECT = {'asciiName', 'note', 'count', 'en'}
for keys, value, code in values:
    if keys[-1] in AT_OBJECT and code == VAL:
        path = jpath(keys[:-1])
    else:
        path = jpath(keys)
    name = 'value-' + '-'.join(str(k) for k in keys) + '-' + json.dumps(value, ensure_ascii=True).strip('"').replace('/', '_').replace(' ', '_').replace('\\', '')[:24]
    if name.lower() in {n.lower() for n, *_ in cases}:
        name += '-' + str(len(cases))
    edit(name, code, path, setter(keys, value))

# Rule-breaking edits that the form allows: each reported with its rule's code.
def rule(name, code, path, change):
    edit('rule-' + name, code, path, change)

rule('union-unique-id', 'union.unique-id', '$.unions[2].id', setter(['unions', 2, 'id'], 'nghe-an'))
rule('union-parent-exists', 'union.parent-exists', '$.unions[1].parent', setter(['unions', 1, 'parent'], 'ha-noi'))
rule('union-successor-exists', 'union.successor-exists', '$.unions[2].succession.successor', setter(['unions', 2, 'succession', 'successor'], 'ha-noi'))
rule('congress-ordinal-sequence', 'congress.ordinal-sequence', '$.unions[1].congresses[1].ordinal', setter(['unions', 1, 'congresses', 1, 'ordinal'], 8))
rule('congress-not-in-future', 'congress.not-in-future', '$.unions[1].congresses[1].held', setter(['unions', 1, 'congresses', 1, 'held'], '2099-09-17'))
rule('term-label-order', 'term.label-order', '$.unions[1].congresses[0].termLabel', setter(['unions', 1, 'congresses', 0, 'termLabel'], '2024–2019'))
rule('person-exists', 'person.exists', '$.unions[1].leadership[0].facts[0].person', setter(['unions', 1, 'leadership', 0, 'facts', 0, 'person'], 'nobody'))
rule('person-unique-id', 'person.unique-id', '$.people[1].id', setter(['people', 1, 'id'], 'hoang-nghia-hieu'))
rule('document-unique-symbol', 'document.unique-symbol', '$.documents[1].symbol', setter(['documents', 1, 'symbol'], '12-CT/TW'))
rule('document-relation-target', 'document.relation-target', '$.documents[2].relations[0].target', setter(['documents', 2, 'relations', 0, 'target'], '99/2010/NĐ-CP'))
rule('document-dates-order', 'document.dates-order', '$.documents[1].inForceTo', setter(['documents', 1, 'inForceTo'], '2009-01-31'))
rule('document-exists', 'document.exists', '$.unions[1].plans[0].document', setter(['unions', 1, 'plans', 0, 'document'], '99-CT/TW'))
rule('plan-unique-id', 'plan.unique-id', '$.unions[1].plans[1].id', setter(['unions', 1, 'plans', 1, 'id'], 'ct-12'))
rule('currency-known', 'currency.known', '$.aid.activities[0].currency', setter(['aid', 'activities', 0, 'currency'], 'XAU'))
rule('money-minor-unit', 'money.minor-unit', '$.aid.transactions[0].value.amount', setter(['aid', 'transactions', 0, 'value', 'amount'], '1000.105'))
rule('rate-currencies', 'rate.currencies', '$.exchangeRates.rates[0].to', setter(['exchangeRates', 'rates', 0, 'to'], 'USD'))
rule('ledger-summary-years', 'ledger.summary-years', '$.aid.transactions[3].summary.toYear', setter(['aid', 'transactions', 3, 'summary', 'toYear'], 2014))
rule('ledger-party-exists', 'ledger.party-exists', '$.aid.transactions[0].provider', setter(['aid', 'transactions', 0, 'provider'], 'nobody'))
def overdrawn(doc):
    doc['aid']['activities'][0]['allowsOverdraft'] = False
    doc['aid']['transactions'][1]['value']['amount'] = '5000.00'
rule('ledger-disbursement-limit', 'ledger.disbursement-limit', '$.aid.transactions[1].value', overdrawn)
rule('ledger-not-in-future', 'ledger.not-in-future', '$.aid.transactions[0].date', setter(['aid', 'transactions', 0, 'date'], '2099-05-01'))
rule('ledger-union-exists', 'ledger.union-exists', '$.aid.transactions[3].summary.union', setter(['aid', 'transactions', 3, 'summary', 'union'], 'ha-noi'))
rule('ledger-reversal-target', 'ledger.reversal-target', '$.aid.transactions[2].reverses', setter(['aid', 'transactions', 2, 'reverses'], 'nothing'))
rule('activity-sectors', 'activity.sectors', '$.aid.activities[0].sectors', setter(['aid', 'activities', 0, 'sectors', 0, 'percentage'], '60'))
rule('activity-transition', 'activity.transition', '$.aid.activities[0].statuses[0].status', setter(['aid', 'activities', 0, 'statuses', 0, 'status'], 'closed'))
rule('ledger-amount-limit', 'ledger.amount-limit', '$.aid.transactions[1003].value', lambda d: d['aid']['transactions'].extend(
    [{"id": f"big{i}", "summary": {"union": "an-giang", "fromYear": 2015, "toYear": 2021}, "type": "incomingFunds", "date": "2022-01-21",
      "value": {"amount": "999999999999999", "currency": "VND", "valueDate": "2021-12-31"}} for i in range(1001)]))

manifest = []
names = set()
for name, code, path, document in cases:
    assert name.lower() not in names, name
    names.add(name.lower())
    filename = name + '.json'
    with open(os.path.join(HERE, filename), 'w', encoding='utf-8', newline='\n') as f:
        f.write(document)
    manifest.append(f'{filename}\t{code}\t{path}')

with open(os.path.join(HERE, 'expected.tsv'), 'w', encoding='utf-8', newline='\n') as f:
    f.write('# file\tcode\tpath (the first violation with this code must have this path)\n')
    f.write('\n'.join(manifest) + '\n')
print(len(cases), 'documents')
