"""Review sessions: verdicts, notes, manual findings and ignore rules on a comparison, saved as
one YAML file per pair. Plain Python, no Textual (the app, the CLI and the exports share it).

    from tui.review import Review
    review = Review.open(compare(left, right))      # a new session in the user data folder
    review.set_verdict(0, "confirmed")              # saved at once, atomically
"""

from tui.review.attach import AttachReport, locate
from tui.review.review import Progress, Review, default_reviewer, rule_matches, variant_values
from tui.review.session import VERDICTS, IgnoreRule, ReviewRecord, Session, SessionError
from tui.review.store import find_session, list_sessions, load_session, sessions_dir

__all__ = [
    "VERDICTS", "AttachReport", "IgnoreRule", "Progress", "Review", "ReviewRecord", "Session", "SessionError",
    "default_reviewer", "find_session", "list_sessions", "load_session", "locate", "rule_matches",
    "sessions_dir", "variant_values",
]
