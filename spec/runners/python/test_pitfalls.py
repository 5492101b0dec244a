"""Shows that the vectors catch the usual Python pitfalls, and checks the runner's own building blocks.

Each pitfall test runs the naive approach against the real vectors and asserts that the vectors expose it, so a
vector that stops covering a pitfall fails here. Run from the repository root:

    python3 -m unittest discover -s spec/runners/python -p 'test_*.py'
"""

from __future__ import annotations

import json
import random
import re
import struct
import unittest
from pathlib import Path

from jsonschema import Draft202012Validator

from checkpoint import EcmaValidator, canonical_text, code_of, compile_pattern, detect_version, number_to_string, parse_bytes, parse_text, sc, translate, utf16_key

ROOT = Path(__file__).resolve().parents[3]


def cases(category: str):
    data = parse_bytes((ROOT / "spec" / "vectors" / f"{category}.json").read_bytes())
    for group in data["groups"]:
        for case in group["cases"]:
            yield group, case


def schema(major: int) -> dict:
    return json.loads((ROOT / "schemas" / f"v{major}.schema.json").read_text(encoding="utf-8"))


class PatternPitfalls(unittest.TestCase):
    def test_python_dollar_matches_before_a_final_line_feed(self):
        self.assertIsNotNone(re.search("^[A-Z]{3}$", "USD\n"))
        self.assertIsNone(compile_pattern("^[A-Z]{3}$").search("USD\n"))

    def test_plain_jsonschema_disagrees_with_ajv_on_the_line_feed_vectors(self):
        majors = [f.major for f in sc.FORMATS]  # every version of the table, so a new one is covered
        plain = {m: Draft202012Validator(schema(m)) for m in majors}
        ecma = {m: EcmaValidator(schema(m)) for m in majors}
        wrong = []
        for group, case in cases("validity"):
            major = int(group["version"][0])
            self.assertEqual(ecma[major].is_valid(case["document"]), case["schema_valid"], case["description"])
            if plain[major].is_valid(case["document"]) != case["schema_valid"]:
                wrong.append(case["description"])
        self.assertIn("is invalid: currency code followed by a line feed", wrong)
        self.assertIn("is invalid: checkpoint_id followed by a line feed", wrong)
        self.assertGreaterEqual(len(wrong), 5)

    def test_unicode_digits_and_dot(self):
        self.assertIsNotNone(re.fullmatch(r"\d", "\u0661"))
        self.assertIsNone(compile_pattern(r"^\d$").search("\u0661"))
        self.assertIsNotNone(compile_pattern(r"^\d$").search("7"))
        self.assertIsNone(compile_pattern("^.$").search("\r"))
        self.assertIsNone(compile_pattern("^.$").search("\u2028"))
        self.assertEqual(translate(r"^[\d_]+\.x$"), r"^[0-9_]+\.x\Z")

    def test_version_detection_uses_ascii_digits_and_the_true_end(self):
        # The first major past the newest known one: "N.0\n" and "N" in Arabic-Indic digits must not read as it.
        major = sc.LATEST_MAJOR + 1
        arabic = "".join(chr(0x0660 + int(d)) for d in str(major))
        self.assertEqual(code_of(lambda: detect_version({"version": f"{major}.0\n"})), "E_VERSION_UNKNOWN")
        self.assertEqual(code_of(lambda: detect_version({"version": f"{arabic}.0"})), "E_VERSION_UNKNOWN")
        self.assertEqual(code_of(lambda: detect_version({"version": f"{major}.0"})), "E_VERSION_TOO_NEW")


class CanonicalPitfalls(unittest.TestCase):
    def test_json_dumps_is_not_rfc_8785(self):
        wrong = []
        for _, case in cases("identity"):
            if case["scope"] != "value":
                continue
            value = parse_text(case["text"]) if "text" in case else case["value"]
            self.assertEqual(canonical_text(value), case["canonical"], case["description"])
            naive = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
            if naive != case["canonical"]:
                wrong.append(case["description"])
        for expected in [
            "writes -0.0 as 0",
            "writes 1.0 as 1",
            "writes 1e-7 as 1e-7",
            "writes 2.5e-5 as 0.000025",
            "sorts members by UTF-16 code units, not code points",
        ]:
            self.assertIn(expected, wrong)

    def test_utf16_order_differs_from_code_point_order(self):
        keys = ["\ufb01", "\U0001F600", "\u20ac"]
        self.assertEqual(sorted(keys), ["\u20ac", "\ufb01", "\U0001F600"])
        self.assertEqual(sorted(keys, key=utf16_key), ["\u20ac", "\U0001F600", "\ufb01"])

    def test_number_layout_follows_ecmascript(self):
        for x, text in [
            (1e16, "10000000000000000"),
            (1e20, "100000000000000000000"),
            (1e21, "1e+21"),
            (123e-20, "1.23e-18"),
            (0.000001, "0.000001"),
            (1e-7, "1e-7"),
            (-1.5, "-1.5"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (100.0, "100"),
            (0.30000000000000004, "0.30000000000000004"),
            (-0.0, "0"),
        ]:
            self.assertEqual(number_to_string(x), text)

    def test_number_text_round_trips_and_is_shortest(self):
        rng = random.Random(8785)
        for _ in range(20000):
            x = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
            if x != x or x in (float("inf"), float("-inf")):
                continue
            text = number_to_string(x)
            self.assertEqual(float(text), x, text)
            digits = re.sub(r"e.*$", "", text).replace("-", "").replace(".", "").strip("0")
            shortest = re.sub(r"e.*$", "", repr(abs(x))).replace(".", "").strip("0")
            self.assertEqual(digits, shortest, (x, text))


class ParsingPitfalls(unittest.TestCase):
    def test_json_loads_accepts_what_the_format_rejects(self):
        self.assertTrue(json.loads("[NaN]")[0] != json.loads("[NaN]")[0])
        self.assertEqual(json.loads('{"a":1,"a":2}'), {"a": 2})
        self.assertEqual(json.loads('["\\ud800"]'), ["\ud800"])
        self.assertEqual(json.loads("[9007199254740993]"), [9007199254740993])
        self.assertEqual(code_of(lambda: parse_text("[NaN]")), "E_PARSE")
        self.assertEqual(code_of(lambda: parse_text('{"a":1,"a":2}')), "E_DUPLICATE_KEY")
        self.assertEqual(code_of(lambda: parse_text('["\\ud800"]')), "E_STRING")
        self.assertEqual(code_of(lambda: parse_text("[9007199254740993]")), "E_NUMBER")

    def test_values_as_written_count_even_when_a_duplicate_replaces_them(self):
        self.assertEqual(code_of(lambda: parse_text('{"a":1e400,"a":1}')), "E_NUMBER")
        self.assertEqual(code_of(lambda: parse_text('{"a":"\\ud800","a":1}')), "E_STRING")

    def test_very_long_integer_literals_are_rejected_without_converting_them(self):
        self.assertEqual(code_of(lambda: parse_text("[" + "9" * 100000 + "]")), "E_NUMBER")

    def test_depth_limit(self):
        self.assertEqual(parse_text("[" * 128 + "]" * 128), parse_text("[" * 128 + "]" * 128))
        self.assertEqual(code_of(lambda: parse_text("[" * 129 + "]" * 129)), "E_DEPTH")
        self.assertEqual(code_of(lambda: parse_text('["' + "[" * 200 + '"]')), None)


if __name__ == "__main__":
    unittest.main()
