"""Sums written the South Asian way and currencies written as codes: "Rs 20 lakh" is two million
rupees, "₹3 crore" thirty million, "EUR 5 million" five million euros; each is compared with the
other article's sum in the same currency.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

import pytest

from findings import numbers

PAY = "The Tarvo Chemicals company will pay compensation of {} to the family of each worker killed, it said."


@pytest.mark.parametrize(("left", "right", "found"), [
    ("2.5 million rupees", "Rs 20 lakh", [("2.5 million rupees", "20 lakh")]),
    ("2.5 million rupees", "Rs. 25 lakh", []),
    ("30 million rupees", "₹3 crore", []),
    ("40 million rupees", "INR 3 crore", [("40 million rupees", "3 crore")]),
    ("€6 million", "EUR 5 million", [("6 million", "5 million")]),
    ("€5 million", "EUR 5 million", []),
])
def test_sums_in_lakh_crore_and_codes(run, left, right, found):
    assert numbers(run(PAY.format(left), PAY.format(right))) == found
