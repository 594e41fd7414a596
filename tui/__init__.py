"""diptych: a terminal workbench for comparing two news articles.

This package root stays import-light: the analysis engine (``tui.engine``) never
imports Textual, and ``diptych compare`` must not pay for it.
"""

__version__ = "0.1.0"
