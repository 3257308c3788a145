"""A saved HTML page as the text a reader sees: one line per block (p, li, h1…, div text), scripts and styles
dropped, nothing else removed — banners, menus and footers stay, as in a page copied from a browser."""
import re, sys
import lxml.html

BLOCKS = {'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'footer', 'nav', 'section',
          'article', 'aside', 'main', 'figure', 'figcaption', 'blockquote', 'table', 'tr', 'td', 'th', 'form',
          'button', 'label', 'select', 'option', 'dl', 'dt', 'dd', 'address', 'pre', 'time', 'br', 'hr', 'title'}

def page_lines(raw):
    doc = lxml.html.document_fromstring(raw)
    for bad in doc.xpath('//script|//style|//noscript|//svg|//template|//head'):
        bad.drop_tree()
    for el in doc.iter():
        if isinstance(el.tag, str) and el.tag in BLOCKS:
            el.text = '\n' + (el.text or '')
            el.tail = '\n' + (el.tail or '')
    text = doc.text_content()
    lines = [re.sub(r'[ \t]+', ' ', l).strip(' \t') for l in text.split('\n')]
    return [l for l in lines if l.strip()]

if __name__ == '__main__':
    raw = open(sys.argv[1], 'rb').read()
    open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(page_lines(raw)) + '\n')
