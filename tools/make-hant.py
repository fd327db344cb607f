#!/usr/bin/env python3
"""Makes data/story.zh-Hant.json (繁體) from data/story.zh-Hans.json (简体, the base).

  pip install opencc && tools/make-hant.py

OpenCC's region-neutral 's2t' converts every text of the base edition, then the fixes
below (found by reading the result against the source copy, which is Traditional) are
applied. Ids, types, states, chart and figure references, badges and the repairs'
`garbled` strings (the damaged copy as received) are left alone. Figure labels and term
notes come from data/figures.json. Run it after editing the base edition, read the diff,
and let the build check the result (it compares the editions block for block).
"""
import json
import pathlib

import opencc

DATA = pathlib.Path(__file__).resolve().parent.parent / 'data'

# (OpenCC gave, Traditional writes): see the edition's notes in the README.
FIXES = [
    ('93傢俱有', '93家具有'),   # 家具 "furniture" read across 93家 | 具有
    ('書寫着', '書寫著'), ('洋溢着', '洋溢著'), ('標誌着', '標誌著'), ('丈量着', '丈量著'),
    ('訴說着', '訴說著'), ('着眼', '著眼'), ('着力', '著力'),   # the particle and 著眼/著力
    ('爲', '為'), ('衆', '眾'), ('覈實', '核實'), ('羣', '群'),   # forms Taiwan and Hong Kong print
]
# What the edition says of itself (not a conversion of the base's words).
OWN_UI = {'edition_short': '繁', 'edition_name': '繁體中文', 'editions_label': '版本', 'edition_offer': '閱讀繁體版', 'edition_offer_dismiss': '關閉'}

TEXT_KEYS = {'title', 'text', 'standfirst', 'byline', 'publisher', 'reporter', 'correspondent',
             'source_credit', 'ours_note', 'kicker', 'after', 'speaker', 'place', 'reads', 'note',
             'takeaway', 'name', 'context', 'label'}
TEXT_LIST_KEYS = {'quotes', 'paragraphs', 'series', 'items'}

convert_s2t = opencc.OpenCC('s2t').convert


def convert(text):
    text = convert_s2t(text)
    for wrong, right in FIXES:
        text = text.replace(wrong, right)
    return text


def is_text(path):
    if not path or path[-1] == 'language':
        return False
    if path[0] == 'ui':
        return len(path) == 2
    last = path[-1]
    if isinstance(last, int):
        return len(path) >= 2 and path[-2] in TEXT_LIST_KEYS
    return last in TEXT_KEYS


def mapped(node, path=()):
    if isinstance(node, dict):
        return {k: mapped(v, path + (k,)) for k, v in node.items()}
    if isinstance(node, list):
        return [mapped(v, path + (i,)) for i, v in enumerate(node)]
    return convert(node) if isinstance(node, str) and is_text(path) else node


def main():
    base = json.loads((DATA / 'story.zh-Hans.json').read_text(encoding='utf-8'))
    table = json.loads((DATA / 'figures.json').read_text(encoding='utf-8'))
    hant = mapped(base)
    hant['meta']['language'] = 'zh-Hant'
    hant['ui'].update(OWN_UI)
    hant['figure_labels'] = {f['id']: convert(f['label']) for f in table['figures']}
    hant['term_notes'] = {t['id']: convert(t['note']) for t in table['terms']}
    hant['term_texts'] = {t['id']: convert(t['text']) for t in table['terms'] if convert(t['text']) != t['text']}
    out = DATA / 'story.zh-Hant.json'
    out.write_text(json.dumps(hant, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
    print(f'wrote {out}')


if __name__ == '__main__':
    main()
