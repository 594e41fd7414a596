"""The session's ignore rules (each can be undone) and the reviews that could not be re-attached
after an article changed."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from tui.review import Review
from tui.safetext import one_line


class RulesScreen(ModalScreen[None]):
    """Lists the ignore rules (``u``/Delete undoes the highlighted one) and the detached reviews."""

    BINDING_GROUP_TITLE = "Rules"
    BINDINGS = [
        Binding("u,delete,backspace", "undo", "Undo rule", id="rules.undo",
                tooltip="Remove the highlighted rule: the findings it hid are shown again"),
        Binding("escape,q,R", "close", "Back", id="rules.close", tooltip="Back to the articles"),
    ]

    def __init__(self, review: Review) -> None:
        super().__init__()
        self.review = review
        self.undone: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="rules-dialog", classes="dialog"):
            yield Static("", id="rules-title")
            yield OptionList(id="rules-list")
            yield Static("", id="detached")
            yield Footer()

    def on_mount(self) -> None:
        self._fill()
        self.query_one(OptionList).focus()

    def _fill(self) -> None:
        review = self.review
        rules = review.session.rules
        title = Text("Ignore rules", style="bold")
        title.append(f" — {len(rules)} · contradictions between two ignored variants are hidden "
                     "(I on a finding adds one)", style="italic")
        self.query_one("#rules-title", Static).update(title)
        options = self.query_one(OptionList)
        options.clear_options()
        for rule in rules:
            hidden = len(review.hidden_by(rule))
            label = Text()
            label.append(one_line(rule.left), style="bold")
            label.append(" / ")
            label.append(one_line(rule.right), style="bold")
            label.append(f"   {rule.type or 'any'} · hides {hidden} · by {one_line(rule.reviewer)} {rule.created}")
            options.add_option(Option(label, id=rule.id))
        if not rules:
            options.add_option(Option(Text("No rules yet.", style="italic"), disabled=True))
        else:
            options.highlighted = 0
        detached = review.session.detached
        text = Text()
        if detached:
            text.append(f"Reviews that could not be re-attached ({len(detached)}) — kept in the session "
                        "and in exports:\n", style="bold")
            for record in detached:
                text.append(f"• {record.verdict}: ", style="bold")
                text.append(one_line(record.explanation or record.type)[:80])
                if record.note:
                    text.append(f" — note: {one_line(record.note)[:80]}")
                text.append(f" ({one_line(record.detached_reason)})\n", style="italic")
        self.query_one("#detached", Static).update(text)
        self.query_one("#detached", Static).display = bool(detached)

    def action_undo(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return
        option = options.get_option_at_index(options.highlighted)
        if option.id is None:
            return
        rule = self.review.remove_rule(option.id)
        if rule is not None:
            self.undone.append(rule.id)
            self.notify(f"Rule removed: {one_line(rule.label)}", timeout=3, markup=False)
            self._fill()

    def action_close(self) -> None:
        self.dismiss(None)
