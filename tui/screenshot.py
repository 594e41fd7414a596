"""An SVG screenshot of the comparison screen without a terminal (``diptych export --format svg``):
the app runs headless at a fixed size on the review, with the session's selected finding (or the
first contradiction)."""

from __future__ import annotations

import asyncio

from tui.review import Review

SIZE = (160, 48)
"""Columns and rows of the screenshot (the size the app is designed for)."""


def screenshot_svg(review: Review, size: tuple[int, int] = SIZE, theme: str | None = None) -> str:
    """The comparison screen of ``review`` as SVG text (the session is not written)."""
    return asyncio.run(_shoot(review, size, theme))


async def _shoot(review: Review, size: tuple[int, int], theme: str | None) -> str:
    from tui.app import DiptychApp
    from tui.review.resolve import Opened

    comparison = review.comparison
    opened = Opened(comparison.left, comparison.right, review.path, review.session) if review.path else None
    app = DiptychApp(comparison.left, comparison.right, comparison=comparison, theme=theme or "diptych-light",
                     remember_theme=False, opened=opened, review=review)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        if getattr(app.screen, "selected", 0) < 0:  # no finding was selected when the session was saved
            await pilot.press("c" if any(f.kind == "contradiction" for f in comparison.findings) else "n")
            await pilot.pause()
        return app.export_screenshot(title="diptych")
