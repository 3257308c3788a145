"""Time and memory of a packet build, against one plain WeasyPrint pass over the same content.

    python benchmarks/bench.py [SOURCE ...] [--repeat N] [--copies N] [--jobs N]

Every figure comes from a fresh process (so each peak memory is its own) and is the median of
``--repeat`` runs. Printed:

- the stages of one build (reading and analysis, PDF, EPUB), in seconds;
- the whole build (PDF and EPUB) with ``--jobs 1`` and with ``--jobs N``: seconds, seconds per
  PDF page and peak memory;
- the EPUB with a cold and a warm font cache;
- the whole build with ``--jobs N`` from a cold cache, again with nothing changed, and again
  after one article (the middle one) gains a sentence: the rebuild as a share of the cold build;
- the floor: WeasyPrint alone laying out and writing brief's final print HTML (with the page
  numbers brief settled on written in) with the same theme, once plain and once with the PDF/UA
  tagging brief asks for; and brief's PDF stage as a multiple of each.

``--copies N`` builds a packet of N copies of the sources, to see how the build scales.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def copies_of(sources: list[Path], n: int, into: Path) -> list[Path]:
    """N copies of every source file, renamed so the reader keeps them in order."""
    files = [f for s in sources for f in (sorted(s.iterdir()) if s.is_dir() else [s]) if f.suffix in {".txt", ".md"}]
    for i in range(n):
        for f in files:
            # A closing line that differs per copy: identical articles would be left out as duplicates.
            text = f.read_text(encoding="utf-8").rstrip() + f"\n\nThis is copy {i + 1} of {n} of this article.\n"
            (into / f"{i:04d}_{f.name}").write_text(text, encoding="utf-8")
    return [into]


# ---- One measurement, run in a child process: prints a JSON object on its last line.

def _peak_mib() -> float:
    """This process's peak, plus its largest worker's once for every process it ran at once:
    an upper bound on what the build held at one time."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own + worker * _WORKERS


_WORKERS = 0


def measure_build(paths: list[str], jobs: int, formats: list[str], cache_dir: str | None) -> dict:
    """The whole build as the command runs it, with the time each stage began."""
    import warnings

    warnings.simplefilter("ignore")
    import weasyprint  # noqa: F401 - imported before the clock starts, as the floor's is

    from brief.build import build
    from brief.cache import NO_CACHE, Cache

    global _WORKERS
    _WORKERS = jobs if jobs > 1 else 0
    marks: dict[str, float] = {}
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        packet, outputs = build([Path(p) for p in paths], Path(out), formats=formats, jobs=jobs,
                           step=lambda stage: marks.setdefault(stage, time.perf_counter() - start),
                           cache=Cache(Path(cache_dir)) if cache_dir else NO_CACHE)
        total = time.perf_counter() - start
        pages = next((o.pages for o in outputs if o.pages), None)
    pdf_size = next((o.size for o in outputs if o.pages), None)
    return {"seconds": total, "marks": marks, "pages": pages, "peak_mib": _peak_mib(), "pdf_bytes": pdf_size,
            "articles": len(packet.articles), "words": sum(a.word_count for a in packet.articles)}


def measure_floor(paths: list[str], tagged: bool, pages: dict[str, int] | None) -> dict:
    """WeasyPrint alone on brief's final print HTML: parse, lay out once, write."""
    import warnings

    warnings.simplefilter("ignore")
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    from brief import render
    from brief.build import load_packet
    from brief.paths import styles_dir
    from brief.render.pdf import url_fetcher_for

    packet = load_packet([Path(p) for p in paths], title="Benchmark packet")
    html = render.render_html(packet, medium="print", pages=pages)
    theme = styles_dir()
    fetcher, fonts = url_fetcher_for([theme]), FontConfiguration()
    start = time.perf_counter()
    doc = weasyprint.HTML(string=html, base_url=theme.as_uri() + "/", url_fetcher=fetcher)
    css = weasyprint.CSS(filename=str(theme / "print.css"), url_fetcher=fetcher, font_config=fonts)
    document = doc.render(stylesheets=[css], font_config=fonts)
    document.write_pdf(**({"pdf_variant": "pdf/ua-1"} if tagged else {}))
    return {"seconds": time.perf_counter() - start, "pages": len(document.pages), "peak_mib": _peak_mib()}


def edited_copy(paths: list[str], into: Path) -> list[str]:
    """The sources with one sentence added to the last paragraph of the middle article, in a
    folder of the same name with the same other files (its name and its brief.toml title it)."""
    every = sorted(f for p in map(Path, paths) for f in (sorted(p.iterdir()) if p.is_dir() else [p]) if f.is_file())
    files = [f for f in every if f.suffix in {".txt", ".md"}]
    into = into / Path(paths[0]).name
    into.mkdir(parents=True)
    for f in every:
        (into / f.name).write_bytes(f.read_bytes())
    middle = into / files[len(files) // 2].name
    middle.write_text(middle.read_text(encoding="utf-8").rstrip() + " The talks are to resume next month.\n",
                      encoding="utf-8")
    return [str(into)]


def settled_pages(paths: list[str]) -> dict[str, int] | None:
    """The page numbers brief writes into the print HTML (none when it lays the packet out
    whole, in one pass that fills them in itself): the floor lays out the HTML as it ends up."""
    import warnings

    warnings.simplefilter("ignore")
    from brief import render
    from brief.build import load_packet
    from brief.cache import Cache

    packet = load_packet([Path(p) for p in paths], title="Benchmark packet")
    with tempfile.TemporaryDirectory() as tmp:
        render.render_pdf(packet, cache=Cache(Path(tmp)))
        found = list((Path(tmp) / "numbers").glob("*"))
        return json.loads(found[0].read_bytes()) if found else None


def child(kind: str, paths: list[Path], **options) -> dict:
    code = (f"import json, sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import bench; "
            f"print(json.dumps(bench.{kind}(**json.loads(sys.argv[1]))))")
    arguments = json.dumps({"paths": [str(p) for p in paths], **options})
    env = {**os.environ, "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "1616025600")}
    done = subprocess.run([sys.executable, "-c", code, arguments], capture_output=True, text=True, env=env,
                          cwd=ROOT, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def median_of(runs: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", type=Path, default=[ROOT / "seeds"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        paths = copies_of(args.sources, args.copies, Path(tmp)) if args.copies > 1 else args.sources
        paths = [str(p) for p in paths]
        cache = str(Path(tmp) / "cache")
        rows: dict[str, list[dict]] = {}
        for _ in range(args.repeat):
            rows.setdefault("jobs1", []).append(child("measure_build", paths, jobs=1, formats=["pdf", "epub"], cache_dir=None))
            rows.setdefault("jobsN", []).append(child("measure_build", paths, jobs=args.jobs, formats=["pdf", "epub"], cache_dir=None))
            rows.setdefault("epub_cold", []).append(child("measure_build", paths, jobs=1, formats=["epub"], cache_dir=None))
            child("measure_build", paths, jobs=1, formats=["epub"], cache_dir=cache)  # fills the cache
            rows.setdefault("epub_warm", []).append(child("measure_build", paths, jobs=1, formats=["epub"], cache_dir=cache))
            warm = str(Path(tmp) / f"pdf-cache-{_}")
            rows.setdefault("cold", []).append(child("measure_build", paths, jobs=args.jobs, formats=["pdf", "epub"], cache_dir=warm))
            rows.setdefault("unchanged", []).append(child("measure_build", paths, jobs=args.jobs, formats=["pdf", "epub"], cache_dir=warm))
            edited = edited_copy(paths, Path(tmp) / f"edited-{_}")
            rows.setdefault("rebuild", []).append(child("measure_build", edited, jobs=args.jobs, formats=["pdf", "epub"], cache_dir=warm))
            settled = child("settled_pages", paths)
            rows.setdefault("floor", []).append(child("measure_floor", paths, tagged=False, pages=settled))
            rows.setdefault("floor_tagged", []).append(child("measure_floor", paths, tagged=True, pages=settled))

    pages = rows["jobs1"][0]["pages"]
    stages = [r["marks"] for r in rows["jobs1"]]
    read = statistics.median(m["pdf"] - m["reading"] for m in stages)
    pdf = statistics.median(m["epub"] - m["pdf"] for m in stages)
    pdf_n = statistics.median(m["epub"] - m["pdf"] for m in (r["marks"] for r in rows["jobsN"]))
    epub = statistics.median(m["writing"] - m["epub"] for m in stages)
    floor, tagged = median_of(rows["floor"], "seconds"), median_of(rows["floor_tagged"], "seconds")
    first = rows["jobs1"][0]
    print(f"packet: {first['articles']} articles, {first['words']} words, {pages} PDF pages; median of "
          f"{args.repeat} runs, each in a fresh process with WeasyPrint imported; python {sys.version.split()[0]}")
    print(f"{'':44} {'seconds':>8} {'s/page':>7} {'peak MiB':>9}")

    def line(label: str, seconds: float, peak: float | None = None) -> None:
        peak_text = f"{peak:9.0f}" if peak is not None else ""
        print(f"{label:44} {seconds:8.2f} {seconds / pages:7.3f} {peak_text}")

    line("stage: reading and analysis", read)
    line("stage: PDF, --jobs 1", pdf)
    line(f"stage: PDF, --jobs {args.jobs}", pdf_n)
    line("stage: EPUB", epub)
    line("build --pdf --epub, --jobs 1", median_of(rows["jobs1"], "seconds"), median_of(rows["jobs1"], "peak_mib"))
    line(f"build --pdf --epub, --jobs {args.jobs}", median_of(rows["jobsN"], "seconds"),
         median_of(rows["jobsN"], "peak_mib"))
    line("build --epub, font cache cold", median_of(rows["epub_cold"], "seconds"))
    line("build --epub, font cache warm", median_of(rows["epub_warm"], "seconds"))
    cold, rebuild = median_of(rows["cold"], "seconds"), median_of(rows["rebuild"], "seconds")
    line(f"build, --jobs {args.jobs}, cold cache", cold, median_of(rows["cold"], "peak_mib"))
    line(f"build, --jobs {args.jobs}, warm cache, nothing changed", median_of(rows["unchanged"], "seconds"))
    line(f"build, --jobs {args.jobs}, one article edited", rebuild, median_of(rows["rebuild"], "peak_mib"))
    line("weasyprint alone, plain pass", floor, median_of(rows["floor"], "peak_mib"))
    line("weasyprint alone, PDF/UA tagged", tagged, median_of(rows["floor_tagged"], "peak_mib"))
    print(f"brief's PDF stage / plain pass: --jobs 1 {pdf / floor:.2f}x, --jobs {args.jobs} {pdf_n / floor:.2f}x; "
          f"/ tagged pass: --jobs 1 {pdf / tagged:.2f}x, --jobs {args.jobs} {pdf_n / tagged:.2f}x")
    print(f"rebuild after one article changed / cold build: {rebuild / cold:.0%}")
    print(f"PDF size: {first['pdf_bytes'] / 1024:.0f} KiB")
    whole = median_of(rows["jobsN"], "seconds")
    print(f"brief's whole build (--jobs {args.jobs}, PDF and EPUB) / plain pass: {whole / floor:.2f}x")


if __name__ == "__main__":
    main()
