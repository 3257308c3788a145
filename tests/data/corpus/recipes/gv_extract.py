"""Turn chosen Global Voices posts from the WordPress export (OpenGenderTracking/globalvoices@3f146b5,
data/full/globalvoicesonline.wordpress.2012-may.xml) into Markdown files with a YAML header taken from the
item's own fields; the body is the post's visible text, one paragraph per block."""
import re, sys, html
from xml.etree import ElementTree as ET
import lxml.html
import yaml

NS = {'content': 'http://purl.org/rss/1.0/modules/content/', 'wp': 'http://wordpress.org/export/1.1/',
      'dc': 'http://purl.org/dc/elements/1.1/'}
CHOSEN = {
    "Mexico: Netizens and Journalists React to the Murder of Regina Martínez": "50_gv-mexico-regina-martinez-2012.md",
    "Ukraine: Yulia Tymoshenko's Plight and Euro 2012": "51_gv-ukraine-tymoshenko-2012.md",
    "Philippines, China: Scarborough Shoal Dispute Goes Online": "52_gv-scarborough-shoal-2012.md",
    "Europe: Economic Crisis Fuels Rise in Anti-Immigration Politics": "53_gv-europe-anti-immigration-2012.md",
    "Taiwan: Could the Future Be Nuclear-Free?": "54_gv-taiwan-nuclear-2012.md",
}
BLOCKS = {'p', 'blockquote', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'ul', 'ol', 'table', 'tr', 'td', 'pre'}


def caption_lines(m):
    inner = m.group(1)
    inner = re.sub(r'<img[^>]*>', '', inner)
    inner = re.sub(r'</?a[^>]*>', '', inner)
    return '\n\n' + inner.strip() + '\n\n'


def visible(body):
    body = body.replace('\r\n', '\n')
    body = re.sub(r'\[caption[^\]]*\](.*?)\[/caption\]', caption_lines, body, flags=re.S)
    out = []
    for chunk in re.split(r'\n\s*\n', body):
        if not chunk.strip():
            continue
        doc = lxml.html.fragment_fromstring(chunk, create_parent='div')
        for bad in doc.xpath('.//script|.//style|.//iframe|.//object|.//embed'):
            bad.drop_tree()
        for br in doc.xpath('.//br'):
            br.tail = '\n' + (br.tail or '')
        for el in doc.iter():
            if el.tag in BLOCKS and el is not doc:
                el.tail = '\n\n' + (el.tail or '')
                el.text = '\n\n' + (el.text or '')
        text = doc.text_content()
        for para in re.split(r'\n\s*\n', text):
            lines = [re.sub(r'[ \t\xa0]+', ' ', l).strip() for l in para.split('\n')]
            para = ' '.join(l for l in lines if l)
            if para:
                out.append(para)
    return out


tree = ET.parse(sys.argv[1])
for it in tree.findall('.//item'):
    title = (it.find('title').text or '').strip()
    if title not in CHOSEN:
        continue
    meta = {
        'title': title,
        'author': it.find('dc:creator', NS).text,
        'date': it.find('wp:post_date', NS).text[:10],
        'url': it.find('link').text,
        'outlet': 'Global Voices',
        'tags': sorted({html.unescape(c.text) for c in it.findall('category') if c.text}),
    }
    paras = visible(it.find('content:encoded', NS).text or '')
    head = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=100)
    with open('texts/' + CHOSEN[title], 'w', encoding='utf-8') as f:
        f.write('---\n' + head + '---\n\n' + '\n\n'.join(paras) + '\n')
    print(CHOSEN[title], len(paras))
