"""Time and memory of a packet build, stage by stage.

    python benchmarks/bench.py [SOURCE ...] [--repeat N] [--copies N]

Prints wall time of each stage (import, reading, glossary, HTML, PDF, EPUB), the time of
WeasyPrint alone on the final HTML (the floor no packet build can beat), and the process's
peak resident memory. ``--copies`` builds a packet of N copies of the sources, to see how
the build scales. Each figure is the median of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - start


def copies_of(sources: list[Path], n: int, into: Path) -> list[Path]:
    """N copies of every source file, renamed so the reader keeps them in order."""
    files = [f for s in sources for f in (sorted(s.iterdir()) if s.is_dir() else [s]) if f.suffix in {".txt", ".md"}]
    for i in range(n):
        for f in files:
            # A closing line that differs per copy: identical articles would be left out as duplicates.
            text = f.read_text(encoding="utf-8").rstrip() + f"\n\nThis is copy {i + 1} of {n} of this article.\n"
            (into / f"{i:04d}_{f.name}").write_text(text, encoding="utf-8")
    return [into]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", type=Path, default=[ROOT / "seeds"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1616025600")
    warnings.simplefilter("ignore")  # a benchmark reports times, not the packet's warnings

    t0 = time.perf_counter()
    import weasyprint

    from weasyprint.text.fonts import FontConfiguration

    from brief import glossary, render, sources
    from brief.build import load_packet
    from brief.paths import styles_dir
    from brief.render.pdf import url_fetcher_for

    import_time = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        paths = copies_of(args.sources, args.copies, Path(tmp)) if args.copies > 1 else args.sources
        runs: dict[str, list[float]] = {}
        for _ in range(args.repeat):
            articles, t_read = timed(sources.read_sources, paths)
            _, t_gloss = timed(glossary.analyse, articles)
            packet = load_packet(paths, title="Benchmark packet")
            html, t_html = timed(render.render_html, packet, medium="print")
            (_, pages), t_pdf = timed(render.render_pdf, packet)
            _, t_epub = timed(render.render_epub, packet)
            # The floor: WeasyPrint laying out and writing the finished HTML with the same theme,
            # without anything brief does around it.
            theme = styles_dir()
            fetcher, fonts = url_fetcher_for([theme]), FontConfiguration()
            doc = weasyprint.HTML(string=html, base_url=theme.as_uri() + "/", url_fetcher=fetcher)
            css = weasyprint.CSS(filename=str(theme / "print.css"), url_fetcher=fetcher, font_config=fonts)
            _, t_floor = timed(lambda: doc.write_pdf(stylesheets=[css], font_config=fonts))
            for key, value in {
                "reading": t_read,
                "glossary": t_gloss,
                "html": t_html,
                "pdf (html+layout+write)": t_pdf,
                "epub": t_epub,
                "weasyprint alone on final html": t_floor,
            }.items():
                runs.setdefault(key, []).append(value)

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    words = sum(a.word_count for a in articles)
    print(f"packet: {len(articles)} articles, {words} words, {pages} PDF pages "
          f"(median of {args.repeat} runs, python {sys.version.split()[0]})")
    print(f"{'stage':34} {'seconds':>8}")
    print(f"{'import brief + weasyprint':34} {import_time:8.3f}")
    stages = ("reading", "glossary", "html", "pdf (html+layout+write)", "epub")
    for key in stages:
        print(f"{key:34} {statistics.median(runs[key]):8.3f}")
    total = sum(statistics.median(runs[k]) for k in stages)
    print(f"{'build total (without import)':34} {total:8.3f}")
    print(f"{'weasyprint alone on final html':34} {statistics.median(runs['weasyprint alone on final html']):8.3f}")
    print(f"peak memory (max RSS): {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
