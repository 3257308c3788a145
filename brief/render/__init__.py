"""Writers: the packet model in, finished bytes out. Writers never parse article text.

    render_html(packet, medium="web") -> str
    render_pdf(packet, paper="a4") -> (bytes, pages)
    render_epub(packet) -> bytes
"""

from .epub import render_epub
from .fonts import warn_missing
from .html import render_html
from .pdf import render_pdf

__all__ = ["render_epub", "render_html", "render_pdf", "warn_missing"]
