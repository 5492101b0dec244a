"""Shows that this runner's migration checks (migration_checks.py) reject the alternative readings of SPEC §14 that
spec/vectors/readings.json lists, on the vectors that pin them: each test applies one alternative to a vector's
expected output and asserts that the check now disagrees. Run from the repository root:

    python3 -m unittest discover -s spec/runners/python -p 'test_*.py'
"""

from __future__ import annotations

import copy
import unittest
from decimal import Decimal

from migration_checks import check_down_to_1, check_provenance, expected_quantities, no_older_form
from test_pitfalls import cases


def case(category: str, description: str) -> dict:
    for _, c in cases(category):
        if c["description"] == description:
            return c
    raise LookupError(description)


class DowngradeNumbers(unittest.TestCase):
    def test_the_vector_agrees_and_exact_binary_sums_do_not(self):
        c = case("downgrade", "with loss allowed: sums fills as decimals of their doubles: 0.1 + 0.2 is 0.3")
        self.assertEqual(check_down_to_1(c["input"], c["output"]), [])
        order = next(o for o in c["input"]["order_state"]["orders"] if o["order_id"] == "o-19")
        fills = [f for f in c["input"]["order_state"]["fills"] if f["order_id"] == "o-19"]
        self.assertEqual(expected_quantities(order, fills), (2.0, 0.3))
        # Decimal(float) is the exact binary value: the reading SPEC §14.3 rules out.
        exact = sum((Decimal(float(f["quantity"])) for f in fills), Decimal(0))
        self.assertGreater(exact, Decimal(0.3))
        wrong = copy.deepcopy(c["output"])
        next(p for p in wrong["order_state"]["pending_orders"] if p["order_id"] == "o-19")["filled_quantity"] = 0.30000000000000004
        self.assertNotEqual(check_down_to_1(c["input"], wrong), [])

    def test_a_trailing_stop_without_stop_price_has_no_order_type(self):
        c = case("downgrade", "with loss allowed: writes a trailing stop without stop_price with no order_type")
        self.assertEqual(check_down_to_1(c["input"], c["output"]), [])
        wrong = copy.deepcopy(c["output"])
        wrong["order_state"]["pending_orders"][0]["order_type"] = "market"
        self.assertNotEqual(check_down_to_1(c["input"], wrong), [])

    def test_single_takes_one_currency(self):
        c = case("downgrade", "with loss allowed: takes the XXX amount of a money map with several currencies")
        wrong = copy.deepcopy(c["output"])
        wrong["portfolio_state"]["cash"] = 84262.75
        self.assertNotEqual(check_down_to_1(c["input"], wrong), [])

    def test_every_no_form_vector_has_a_reason_and_no_other_input_does(self):
        seen = 0
        for _, c in cases("downgrade"):
            reason = no_older_form(c["input"], int(c["to"].split(".")[0]))
            self.assertEqual(reason is not None, c["error"] == "E_MIGRATION", c["description"])
            seen += c["error"] == "E_MIGRATION"
        self.assertGreaterEqual(seen, 3)


class Provenance(unittest.TestCase):
    def test_no_source_created_at_from_the_input(self):
        c = case("upgrade", "writes no source_created_at when the earlier provenance has none")
        self.assertEqual(check_provenance(c["input"], c["output"], c["steps"], "up"), [])
        wrong = copy.deepcopy(c["output"])
        wrong["provenance"]["source_created_at"] = c["input"]["created_at"]
        self.assertNotEqual(check_provenance(c["input"], wrong, c["steps"], "up"), [])

    def test_upgrade_steps_cancel(self):
        c = case("upgrade", "cancels a recorded 3.0 to 2.0 step, leaving no provenance")
        self.assertNotIn("provenance", c["output"])
        self.assertEqual(check_provenance(c["input"], c["output"], c["steps"], "up"), [])
        wrong = copy.deepcopy(c["output"])
        prior = c["input"]["provenance"]
        wrong["provenance"] = {**prior, "steps": prior["steps"] + c["steps"]}
        self.assertNotEqual(check_provenance(c["input"], wrong, c["steps"], "up"), [])

    def test_created_at_restored_to_1_0_only_under_its_conditions(self):
        for description in (
            "with loss allowed: keeps created_at in 1.0 when the source version is not 1.0",
            "with loss allowed: keeps created_at in 1.0 when more steps were recorded",
        ):
            c = case("downgrade", description)
            self.assertEqual(check_provenance(c["input"], c["output"], c["steps"], "down"), [])
            wrong = {**c["output"], "created_at": c["input"]["provenance"]["source_created_at"]}
            self.assertNotEqual(check_provenance(c["input"], wrong, c["steps"], "down"), [])


if __name__ == "__main__":
    unittest.main()
