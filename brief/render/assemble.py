"""One tagged PDF from the PDFs of the packet's parts (pikepdf).

Each part was laid out and tagged by WeasyPrint on its own (``brief.render.parts``). Joining
them keeps what a reader and a screen reader use: the pages in order, one structure tree
(each part's elements under one Document element, the parent tree renumbered), links between
parts (named destinations, each taken from the part that really holds the anchor), one
outline, and the folio ("12 of 184") stamped on every page as a pagination artifact.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence

import pikepdf
from pikepdf import Array, Dictionary, Name

from .parts import Layout


def assemble(layouts: Sequence[Layout], ids: Sequence[frozenset[str]], folios: bytes, identifier: str) -> bytes:
    """``layouts[0]`` gives the document its catalogue and metadata (it holds the cover)."""
    sources = [pikepdf.open(io.BytesIO(layout.pdf)) for layout in layouts]
    out = sources[0]
    root = out.Root.StructTreeRoot
    document = root.K[0]
    nums = _parent_entries(out)
    offsets, next_key = [0], _next_key(nums)
    dests = _destinations(out, ids[0])
    for source, names in zip(sources[1:], ids[1:]):
        first_new = len(out.pages)
        offsets.append(first_new)
        with warnings.catch_warnings():
            # pikepdf warns that named destinations are not carried over: they are, below.
            warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
            out.pages.extend(source.pages)
        shift = next_key
        for page in out.pages[first_new:]:
            if "/StructParents" in page.obj:
                page.obj.StructParents = int(page.obj.StructParents) + shift
            for annot in page.obj.get("/Annots", []):
                if "/StructParent" in annot:
                    annot.StructParent = int(annot.StructParent) + shift
        theirs = source.Root.StructTreeRoot
        for kid in out.copy_foreign(theirs.K[0]).K:
            kid.P = document
            document.K.append(kid)
        theirs_nums = _parent_entries(source)
        nums += [(key + shift, _copy(out, value)) for key, value in theirs_nums]
        next_key = shift + _next_key(theirs_nums)
        dests += [(name, _copy(out, dest)) for name, dest in _destinations(source, names)]
    root.ParentTree = out.make_indirect(Dictionary(Nums=Array([x for key, value in sorted(nums, key=lambda kv: kv[0])
                                                                 for x in (key, value)])))
    root.ParentTreeNextKey = next_key
    _set_destinations(out, dests)
    _set_outline(out, layouts, offsets)
    _stamp_folios(out, folios)
    buffer = io.BytesIO()
    out.trailer.ID = Array([pikepdf.String(identifier.encode())] * 2)
    out.save(buffer, deterministic_id=False, static_id=True, compress_streams=True,
             object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return buffer.getvalue()


def _copy(out: pikepdf.Pdf, value: pikepdf.Object) -> pikepdf.Object:
    """A parent-tree value into ``out``: a page's array of elements, or one annotation's element."""
    if isinstance(value, Array) and not value.is_indirect:
        return Array([out.copy_foreign(x) if getattr(x, "is_indirect", False) else x for x in value])
    return out.copy_foreign(value)


def _parent_entries(pdf: pikepdf.Pdf) -> list[tuple[int, pikepdf.Object]]:
    """The parent tree as WeasyPrint writes it: one flat number array."""
    flat = list(pdf.Root.StructTreeRoot.ParentTree.Nums)
    return [(int(flat[i]), flat[i + 1]) for i in range(0, len(flat), 2)]


def _next_key(nums: list[tuple[int, pikepdf.Object]]) -> int:
    return max((key for key, _ in nums), default=-1) + 1


def _destinations(pdf: pikepdf.Pdf, real: frozenset[str]) -> list[tuple[str, pikepdf.Object]]:
    """The part's named destinations for the anchors it really holds (not its stand-ins)."""
    names = pdf.Root.get("/Names")
    if names is None or "/Dests" not in names:
        return []
    flat = list(names.Dests.Names)
    return [(str(flat[i]), flat[i + 1]) for i in range(0, len(flat), 2) if str(flat[i]) in real]


def _set_destinations(out: pikepdf.Pdf, dests: list[tuple[str, pikepdf.Object]]) -> None:
    ordered = sorted(dests, key=lambda item: item[0].encode("utf-8"))
    flat = Array([x for name, dest in ordered for x in (pikepdf.String(name), dest)])
    if "/Names" not in out.Root:
        out.Root.Names = Dictionary()
    out.Root.Names.Dests = out.make_indirect(Dictionary(Names=flat))


def _set_outline(out: pikepdf.Pdf, layouts: Sequence[Layout], offsets: list[int]) -> None:
    """One outline from every part's bookmarks, in order, at the pages they now have."""
    with out.open_outline() as outline:
        outline.root.clear()
        for layout, offset in zip(layouts, offsets):
            outline.root.extend(_items(layout.bookmarks, offset))


def _items(bookmarks: list, offset: int) -> list[pikepdf.OutlineItem]:
    items = []
    for label, (page, x, y), children, state in bookmarks:
        item = pikepdf.OutlineItem(label, offset + page, "XYZ", left=x, top=y)
        item.children.extend(_items(children, offset))
        item.is_closed = state == "closed"
        items.append(item)
    return items


def _stamp_folios(out: pikepdf.Pdf, folios: bytes) -> None:
    """Draw page ``i`` of the folio PDF over page ``i``, marked as a pagination artifact so a
    screen reader skips it, as it skips running heads."""
    stamps = pikepdf.open(io.BytesIO(folios))
    for number, (page, stamp) in enumerate(zip(out.pages, stamps.pages), start=1):
        form = out.copy_foreign(stamp.as_form_xobject())
        # Named by page, not at random: the same packet must give the same bytes.
        name = page.add_resource(form, Name.XObject, name=Name(f"/BriefFolio{number}"))
        page.contents_add(out.make_stream(b"q\n"), prepend=True)
        page.contents_add(out.make_stream(
            b"Q\n/Artifact <</Type /Pagination /Subtype /Footer>> BDC\nq " + str(name).encode() + b" Do Q\nEMC\n"))
