"""brief: compile a folder of news articles into a briefing packet (PDF and EPUB) with a glossary."""

__version__ = "0.1.0"
