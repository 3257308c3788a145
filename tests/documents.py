"""Word and PDF files made from the seed articles for the reader tests, built at test time so no
binary is committed: python-docx writes the .docx, WeasyPrint (brief's own PDF engine) the PDFs,
with the running head, page numbers and hyphenation a real publication has."""

from __future__ import annotations

import html
from pathlib import Path

from support import SEEDS


def seed_paragraphs(name: str) -> list[str]:
    """The seed's lines that are article text, in order (its page litter and headline left out)."""
    lines = [line.strip() for line in (SEEDS / name).read_text(encoding="utf-8").split("\n") if line.strip()]
    first = next(i for i, line in enumerate(lines) if len(line.split()) > 25 and not line.startswith(("President Moon", "Secretary of State Antony")))
    return lines[first:]


def make_docx(path: Path, title: str, author: str, paragraphs: list[str], caption: str | None = None,
              footnote_marks: bool = False) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.author = author
    document.add_paragraph(title, style="Title")
    if caption:
        document.add_paragraph(caption, style="Caption")
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def make_pdf(path: Path, title: str, paragraphs: list[str], running_head: str, width_mm: int = 210,
             height_mm: int = 297, metadata_title: bool = True) -> Path:
    import weasyprint

    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    document = f"""<html lang="en"><head><meta charset="utf-8">{f'<title>{html.escape(title)}</title>' if metadata_title else ''}
<style>
@page {{ size: {width_mm}mm {height_mm}mm; margin: 22mm 25mm;
  @top-center {{ content: "{running_head}"; font-size: 8pt; }}
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font-size: 8pt; }} }}
body {{ font-family: serif; font-size: 11pt; hyphens: auto; }}
h1 {{ font-size: 22pt; }}
p {{ text-align: justify; margin: 0 0 3mm; }}
</style></head><body><h1>{html.escape(title)}</h1>{body}</body></html>"""
    weasyprint.HTML(string=document).write_pdf(str(path))
    return path


def make_scanned_pdf(path: Path) -> Path:
    """A PDF that is only a picture of a page: no text layer."""
    import base64
    import io

    import weasyprint
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 800), "white")
    ImageDraw.Draw(image).rectangle((60, 60, 540, 90), fill="black")  # a "headline" drawn, not typed
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    data = base64.b64encode(buffer.getvalue()).decode()
    weasyprint.HTML(string=f'<img src="data:image/png;base64,{data}" style="width:100%">').write_pdf(str(path))
    return path
