"""Helpers shared by the Pilot tests of the pair screen."""

from __future__ import annotations

from tui.screens.comparison import ComparisonScreen


async def ready(pilot) -> ComparisonScreen:
    """The pair screen once its comparison has been worked out and shown."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ComparisonScreen)
    assert screen.comparison is not None
    return screen
