#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads the workbook of `castnet report --format xlsx` back (DESIGN §16).

Builds the demo workspace (one planned campaign with a stored scenario and an
activity added after it, one half-way with actuals) and a campaign whose
every piece of text looks like a formula, writes each workbook and checks,
with openpyxl:
- the sheets, in order;
- every figure against Castnet's own JSON (project, compare, progress,
  calibrate) to 1e-9;
- every formula: present, carrying a stored value, and that value equal to
  what the formula computes from the cells it names;
- text cells typed as strings, user text exactly as typed, never a formula;
- frozen headers, autofilters, number formats and the native charts.

Usage: workbook_readback_test.py CASTNET
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
import zipfile

import openpyxl
from openpyxl.utils import column_index_from_string, get_column_letter

CASTNET = None
TOLERANCE = 1e-9

HOSTILE = {
    "brand": "=HYPERLINK(\"http://example.com\")",
    "campaign": "=1+1",
    "channel": "+SUM(A1:A9)",
    "title": "=cmd|'/C calc'!A0",
    "notes": "@SUM(1,2)",
}


def castnet(*args):
    run = subprocess.run([CASTNET, *args], capture_output=True, text=True)
    if run.returncode != 0:
        raise AssertionError(f"castnet {' '.join(args)} exited {run.returncode}: {run.stderr}")
    return run.stdout


def castnet_json(*args):
    return json.loads(castnet(*args, "--json"))


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= TOLERANCE * max(1.0, abs(float(b)))


# ---- a small evaluator for the formulas Castnet writes ----

REFERENCE = re.compile(r"(?:([A-Za-z]+)!)?\$?([A-Z]{1,3})\$?([0-9]+)")
RANGE = re.compile(r"(?:([A-Za-z]+)!)?\$?([A-Z]{1,3})\$?([0-9]+):\$?([A-Z]{1,3})\$?([0-9]+)")
# Everything Castnet writes as a formula: sums, conditional sums and the
# arithmetic of cell references. User text never gets in here.
ALLOWED = re.compile(r"^=[A-Z0-9$:!+\-/(),\"a-z ]+$")


def cells_of(book, default_sheet, text):
    match = RANGE.fullmatch(text)
    if not match:
        raise AssertionError(f"not a range: {text}")
    sheet = book[match.group(1) or default_sheet]
    first_col = column_index_from_string(match.group(2))
    last_col = column_index_from_string(match.group(4))
    first_row, last_row = int(match.group(3)), int(match.group(5))
    return [sheet.cell(row=r, column=c).value
            for r in range(first_row, last_row + 1)
            for c in range(first_col, last_col + 1)]


def number(value):
    if value is None:
        return 0.0
    if isinstance(value, (int, float)):
        return float(value)
    raise AssertionError(f"a formula adds text: {value!r}")


def evaluate(book, sheet_name, formula):
    """The value of `formula`, computed from the stored values in `book`."""
    expression = formula[1:]

    def sumif(match):
        criteria = cells_of(book, sheet_name, match.group(1))
        values = cells_of(book, sheet_name, match.group(3))
        return repr(sum(number(v) for c, v in zip(criteria, values) if c == match.group(2)))

    expression = re.sub(r'SUMIF\(([^,]+),"([^"]*)",([^)]+)\)', sumif, expression)
    expression = re.sub(r"SUM\(([^)]+)\)",
                        lambda m: repr(sum(number(v) for v in cells_of(book, sheet_name, m.group(1)))),
                        expression)

    def reference(match):
        sheet = book[match.group(1) or sheet_name]
        value = sheet[f"{match.group(2)}{match.group(3)}"].value
        return f"({number(value)!r})"

    expression = REFERENCE.sub(reference, expression)
    if not re.fullmatch(r"[0-9eE.+\-*/() ]+", expression):
        raise AssertionError(f"unexpected formula {formula}: {expression}")
    return eval(expression)  # only digits and arithmetic are left


class Workbook:
    """The same .xlsx read twice: with formulas and with stored values."""

    def __init__(self, path):
        self.path = path
        self.formulas = openpyxl.load_workbook(path)
        self.values = openpyxl.load_workbook(path, data_only=True)

    def rows(self, sheet, header_row):
        """Rows under `header_row` as dicts keyed by header, until a blank row."""
        ws = self.values[sheet]
        headers = [c.value for c in ws[header_row]]
        rows = []
        for r in range(header_row + 1, ws.max_row + 1):
            values = [ws.cell(row=r, column=c + 1).value for c in range(len(headers))]
            if all(v is None for v in values):
                break
            rows.append(dict(zip(headers, values)))
        return rows

    def find(self, sheet, column, text):
        """The first row (1-based) whose cell in `column` holds `text`."""
        ws = self.values[sheet]
        for r in range(1, ws.max_row + 1):
            if ws[f"{column}{r}"].value == text:
                return r
        raise AssertionError(f"{sheet}: no {text!r} in column {column}")


class WorkbookTestCase(unittest.TestCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.db = os.path.join(cls.tmp.name, "demo.db")
        castnet("demo", "--db", cls.db)
        plan = ["--db", cls.db, "--campaign", "Lumen 2 launch"]
        # A stored scenario, then an activity it does not know.
        castnet("optimize", *plan, "--save-as", "optimized")
        csv = os.path.join(cls.tmp.name, "late.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write("channel,title,format,interaction,goal,cadence_per_week,"
                    "hours_per_occurrence,start_week,end_week,cost_per_occurrence\n"
                    "Newsletter,Late addition,newsletter,broadcast,awareness,1,1.5,10,20,12.34\n")
        castnet("import", "--db", cls.db, "--brand", "Lumen Bikes", "--campaign",
                "Lumen 2 launch", csv)
        cls.books = {}
        cls.json = {}
        for campaign in ("Lumen 2 launch", "Lumen for fleets"):
            out = os.path.join(cls.tmp.name, campaign.replace(" ", "-") + ".xlsx")
            args = ["--db", cls.db, "--campaign", campaign]
            castnet("report", *args, "--format", "xlsx", "--out", out)
            cls.books[campaign] = Workbook(out)
            cls.json[campaign] = {"project": castnet_json("project", *args)}
        fleet = ["--db", cls.db, "--campaign", "Lumen for fleets"]
        cls.json["Lumen for fleets"]["progress"] = castnet_json("progress", *fleet)
        cls.json["Lumen for fleets"]["calibrate"] = castnet_json("calibrate", *fleet)
        cls.plan = plan

        # Text that a spreadsheet would run if it were written as a formula.
        cls.hostile_db = os.path.join(cls.tmp.name, "hostile.db")
        hostile_csv = os.path.join(cls.tmp.name, "hostile.csv")
        with open(hostile_csv, "w", encoding="utf-8") as f:
            f.write("channel,title,format,interaction,goal,cadence_per_week,"
                    "hours_per_occurrence,start_week,end_week,notes\n")
            # The CSV keeps a leading ' on such cells; import removes it.
            f.write(f"\"'{HOSTILE['channel']}\",\"'{HOSTILE['title'].replace(chr(34), chr(34) * 2)}\","
                    f"video,dialogue,relationships,2,1,1,8,\"'{HOSTILE['notes']}\"\n")
        castnet("import", "--db", cls.hostile_db, "--brand", HOSTILE["brand"], "--campaign",
                HOSTILE["campaign"], "--weeks", "12", hostile_csv)
        hostile_out = os.path.join(cls.tmp.name, "hostile.xlsx")
        castnet("report", "--db", cls.hostile_db, "--campaign", HOSTILE["campaign"],
                "--format", "xlsx", "--out", hostile_out)
        cls.hostile = Workbook(hostile_out)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def all_books(self):
        return [*self.books.values(), self.hostile]

    # ---- structure ----

    def test_the_sheets_in_order(self):
        self.assertEqual(self.books["Lumen 2 launch"].values.sheetnames,
                         ["Summary", "Activities", "Weekly", "Tracks", "Scenarios"])
        self.assertEqual(self.books["Lumen for fleets"].values.sheetnames,
                         ["Summary", "Activities", "Weekly", "Tracks", "Scenarios", "Progress",
                          "Calibration"])

    def test_every_formula_carries_its_computed_value(self):
        for book in self.all_books():
            count = 0
            for ws in book.formulas.worksheets:
                for row in ws.iter_rows():
                    for c in row:
                        if c.data_type != "f":
                            continue
                        count += 1
                        where = f"{os.path.basename(book.path)} {ws.title}!{c.coordinate} {c.value}"
                        self.assertRegex(c.value, ALLOWED, where)
                        stored = book.values[ws.title][c.coordinate].value
                        self.assertIsInstance(stored, (int, float), where)
                        computed = evaluate(book.values, ws.title, c.value)
                        self.assertTrue(close(computed, stored), f"{where}: {computed} != {stored}")
            self.assertGreater(count, 20, book.path)

    def test_totals_are_formulas(self):
        book = self.books["Lumen 2 launch"].formulas
        total = self.books["Lumen 2 launch"].find("Activities", "C", "Total")
        self.assertTrue(book["Activities"][f"W{total}"].value.startswith("=SUM(W2:W"))
        self.assertEqual(book["Tracks"]["C2"].value, "=SUM(C7:C45)")  # 39 weeks from row 7
        self.assertEqual(book["Tracks"]["C4"].value, "=C2+C3")
        self.assertEqual(book["Summary"]["D18"].value, "=Tracks!C4")

    def test_frozen_headers_and_filters(self):
        book = self.books["Lumen 2 launch"].formulas
        self.assertEqual(book["Activities"].freeze_panes, "D2")
        self.assertEqual(book["Weekly"].freeze_panes, "F3")
        self.assertEqual(book["Tracks"].freeze_panes, "C7")
        self.assertEqual(book["Scenarios"].freeze_panes, "B2")
        activities = len(self.json["Lumen 2 launch"]["project"]["activities"])
        self.assertEqual(book["Activities"].auto_filter.ref, f"A1:AD{activities + 1}")
        # Two rows per activity under the dated header; 39 weeks and a total.
        self.assertEqual(book["Weekly"].auto_filter.ref,
                         f"A2:{get_column_letter(5 + 39 + 1)}{2 + 2 * activities}")
        scenarios = len(self.books["Lumen 2 launch"].rows("Scenarios", 1))
        self.assertEqual(book["Scenarios"].auto_filter.ref, f"A1:P{1 + scenarios}")
        fleet = self.books["Lumen for fleets"].formulas
        self.assertEqual(fleet["Progress"].freeze_panes, "C5")
        self.assertTrue(fleet["Progress"].auto_filter.ref.startswith("A4:T"))

    def test_number_formats(self):
        book = self.books["Lumen 2 launch"].formulas
        ws = book["Activities"]
        headers = {c.value: c.column_letter for c in ws[1]}
        self.assertIn('"EUR"', ws[f"{headers['Total cost (EUR)']}2"].number_format)
        self.assertIn('"h"', ws[f"{headers['Total effort (h)']}2"].number_format)
        self.assertEqual(ws[f"{headers['Starts']}2"].number_format, "d mmm yyyy")
        self.assertTrue(ws[f"{headers['Starts']}2"].is_date)
        weekly = book["Weekly"]
        self.assertTrue(weekly["F2"].is_date)
        self.assertEqual(weekly["F1"].value, "Week 1")

    def test_native_charts(self):
        with zipfile.ZipFile(self.books["Lumen 2 launch"].path) as z:
            charts = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
            self.assertEqual(len(charts), 3)
            texts = [z.read(n).decode("utf-8") for n in charts]
        joined = "\n".join(texts)
        self.assertIn("Cumulative expected return per track", joined)
        self.assertIn("Weekly effort against capacity", joined)
        self.assertIn("Tracks!$N$7:$N$45", joined)  # cumulative media return
        self.assertIn("Tracks!$F$7:$F$45", joined)  # capacity
        self.assertIn("<c:lineChart>", joined)

    # ---- text ----

    def test_text_cells_are_strings(self):
        for book in self.all_books():
            for ws in book.formulas.worksheets:
                for row in ws.iter_rows():
                    for c in row:
                        if isinstance(c.value, str) and c.data_type != "f":
                            self.assertEqual(c.data_type, "s", f"{ws.title}!{c.coordinate}")

    def test_hostile_text_stays_text(self):
        book = self.hostile.formulas
        summary = book["Summary"]
        self.assertEqual(summary["B3"].value, HOSTILE["brand"])
        self.assertEqual(summary["B3"].data_type, "s")
        self.assertEqual(summary["B4"].value, HOSTILE["campaign"])
        self.assertEqual(summary["B4"].data_type, "s")
        activities = book["Activities"]
        headers = {c.value: c.column_letter for c in activities[1]}
        for key, header in (("channel", "Channel"), ("title", "Title"), ("notes", "Notes")):
            cell = activities[f"{headers[header]}2"]
            self.assertEqual(cell.value, HOSTILE[key])
            self.assertEqual(cell.data_type, "s")
        self.assertEqual(book["Weekly"]["C3"].value, HOSTILE["title"])
        self.assertEqual(book["Weekly"]["C3"].data_type, "s")
        # No formula anywhere holds the text.
        with zipfile.ZipFile(self.hostile.path) as z:
            for name in z.namelist():
                if name.startswith("xl/worksheets/"):
                    sheet = z.read(name).decode("utf-8")
                    for formula in re.findall(r"<f>(.*?)</f>", sheet):
                        self.assertNotIn("calc", formula)
                        self.assertNotIn("HYPERLINK", formula)
                        self.assertNotRegex(formula, r"^1\+1$")

    # ---- figures against Castnet's own ----

    def test_activities_match_the_projection(self):
        for name, book in self.books.items():
            project = self.json[name]["project"]
            rows = book.rows("Activities", 1)
            self.assertEqual([r["ID"] for r in rows], [a["id"] for a in project["activities"]])
            for row, a in zip(rows, project["activities"]):
                self.assertEqual(row["Title"], a["title"])
                self.assertEqual(row["Track"], a["track"])
                self.assertTrue(close(row["Total effort (h)"], a["total_effort"]), a["title"])
                unit = book.values["Summary"]["B12"].value
                self.assertTrue(close(row[f"Expected return ({unit})"], a["total_return"]))
                self.assertEqual(row["Weeks to 90 % maturity"], a["maturity_weeks"])
                self.assertTrue(close(row["Return of one more hour a week"], a["marginal_return"]))

    def test_weekly_matches_the_projection_week_by_week(self):
        for name, book in self.books.items():
            project = self.json[name]["project"]
            ws = book.values["Weekly"]
            weeks = project["weeks"]
            for i, a in enumerate(project["activities"]):
                effort_row, return_row = 3 + 2 * i, 4 + 2 * i
                self.assertEqual(ws.cell(row=effort_row, column=1).value, a["id"])
                self.assertEqual(ws.cell(row=effort_row, column=5).value, "Effort")
                self.assertEqual(ws.cell(row=return_row, column=5).value, "Return")
                for t in range(weeks):
                    self.assertTrue(close(ws.cell(row=effort_row, column=6 + t).value or 0.0,
                                          a["effort"][t]), (a["title"], t))
                    self.assertTrue(close(ws.cell(row=return_row, column=6 + t).value or 0.0,
                                          a["return"][t]), (a["title"], t))
                self.assertTrue(close(ws.cell(row=effort_row, column=6 + weeks).value,
                                      a["total_effort"]))

    def test_tracks_match_the_projection(self):
        for name, book in self.books.items():
            project = self.json[name]["project"]
            ws = book.values["Tracks"]
            for row, track in ((2, "media"), (3, "networking")):
                t = project["tracks"][track]
                self.assertEqual(ws[f"A{row}"].value, track)
                self.assertTrue(close(ws[f"C{row}"].value, t["total_effort"]), track)
                self.assertTrue(close(ws[f"D{row}"].value, t["total_cost"]), track)
                self.assertTrue(close(ws[f"E{row}"].value, t["total_return"]), track)
            self.assertTrue(close(ws["E4"].value, project["total_return"]))
            media, networking = project["tracks"]["media"], project["tracks"]["networking"]
            cumulative = [0.0, 0.0]
            for w in range(project["weeks"]):
                r = 7 + w
                self.assertEqual(ws[f"A{r}"].value, w + 1)
                self.assertTrue(close(ws[f"C{r}"].value, media["effort"][w]))
                self.assertTrue(close(ws[f"D{r}"].value, networking["effort"][w]))
                self.assertTrue(close(ws[f"H{r}"].value, media["cost"][w]))
                self.assertTrue(close(ws[f"I{r}"].value, networking["cost"][w]))
                self.assertTrue(close(ws[f"K{r}"].value, media["return"][w]))
                self.assertTrue(close(ws[f"L{r}"].value, networking["return"][w]))
                cumulative[0] += media["return"][w]
                cumulative[1] += networking["return"][w]
                self.assertTrue(close(ws[f"N{r}"].value, cumulative[0]))
                self.assertTrue(close(ws[f"O{r}"].value, cumulative[1]))

    def test_summary_matches_the_projection(self):
        for name, book in self.books.items():
            project = self.json[name]["project"]
            ws = book.values["Summary"]
            self.assertEqual(ws["B4"].value, name)
            effort = book.find("Summary", "A", "Effort (h)")
            media, networking = project["tracks"]["media"], project["tracks"]["networking"]
            self.assertTrue(close(ws[f"B{effort}"].value, media["total_effort"]))
            self.assertTrue(close(ws[f"C{effort}"].value, networking["total_effort"]))
            self.assertTrue(close(ws[f"D{effort}"].value,
                                  media["total_effort"] + networking["total_effort"]))
            self.assertTrue(close(ws[f"D{effort + 2}"].value, project["total_return"]))

    def test_scenarios_match_compare(self):
        book = self.books["Lumen 2 launch"]
        rows = book.rows("Scenarios", 1)
        names = [r["Scenario"] for r in rows]
        self.assertEqual(names[0], "plan")
        self.assertIn("optimized", names)
        # compare takes at most 4 scenarios: the plan and 3 stored ones at a time.
        compared = []
        stored = names[1:]
        for start in range(0, len(stored), 3):
            chosen = ["plan"] + stored[start:start + 3]
            flags = [word for name in chosen for word in ("--scenario", name)]
            result = castnet_json("compare", *self.plan, *flags)["scenarios"]
            compared += result if not compared else result[1:]
        self.assertEqual(names, [s["name"] for s in compared])
        for row, s in zip(rows, compared):
            self.assertTrue(close(row["Effort (h)"], s["total_effort"]), s["name"])
            self.assertTrue(close(row["Cost (EUR)"], s["total_cost"]), s["name"])
            self.assertTrue(close(row["Expected return (engagement points)"], s["total_return"]))
            self.assertTrue(close(row["Return against the plan"],
                                  s["total_return"] - compared[0]["total_return"]))
        # The activity imported after "optimized" was saved keeps its plan there.
        self.assertEqual(rows[names.index("optimized")][
            "Activities added since it was saved (they keep their planned hours)"], 1)

    def test_progress_matches_castnet_progress(self):
        book = self.books["Lumen for fleets"]
        progress = self.json["Lumen for fleets"]["progress"]
        rows = book.rows("Progress", 4)
        self.assertEqual([r["ID"] for r in rows], [a["id"] for a in progress["activities"]])
        for row, a in zip(rows, progress["activities"]):
            self.assertTrue(close(row["Planned effort (h)"], sum(a["planned_effort"])), a["title"])
            self.assertTrue(close(row["Actual effort (h)"], sum(a["actual_effort"])), a["title"])
            self.assertTrue(close(row["Effort variance (h)"], a["variance_effort"]), a["title"])
            self.assertTrue(close(row["Cost variance"], a["variance_cost"]), a["title"])
            self.assertTrue(close(row["Return variance"], a["variance_return"]), a["title"])
            self.assertTrue(close(row["Return index"], a["index_return"]), a["title"])
            self.assertTrue(close(row["Re-forecast total return"], a["forecast_total_return"]))
            self.assertTrue(close(row["Baseline total return"], a["baseline_total_return"]))
        ws = book.values["Progress"]
        campaign = book.find("Progress", "B", "campaign")
        self.assertTrue(close(ws[f"S{campaign}"].value, progress["forecast_total_return"]))
        self.assertTrue(close(ws[f"T{campaign}"].value, progress["baseline_total_return"]))
        self.assertEqual(ws["A1"].value, f"Progress as of week {progress['as_of_week']}")

    def test_calibration_matches_castnet_calibrate(self):
        book = self.books["Lumen for fleets"]
        calibrate = self.json["Lumen for fleets"]["calibrate"]
        rows = book.rows("Calibration", 1)
        self.assertEqual([r["ID"] for r in rows], [a["id"] for a in calibrate["activities"]])
        for row, a in zip(rows, calibrate["activities"]):
            self.assertEqual(row["Weeks with results"], a["weeks_with_results"])
            self.assertEqual(row["Fitted"], ", ".join(a["fitted"]) or "nothing")
            self.assertEqual(row["Why not (or not all) fitted"], a["reason"])
            for header, key in (("Maximum weekly return", "max_weekly_return"),
                                ("Half-saturation hours", "half_saturation_hours"),
                                ("Shape", "shape"), ("Carry-over", "carryover")):
                self.assertTrue(close(row[header], a["parameters"][key]), (a["title"], key))
            self.assertTrue(close(row["R²"], a["r2"]), a["title"])
            band = a["forecast_total_return"]
            self.assertTrue(close(row["Re-forecast P10"], band[0]), a["title"])
            self.assertTrue(close(row["Re-forecast P50"], band[1]), a["title"])
            self.assertTrue(close(row["Re-forecast P90"], band[2]), a["title"])


if __name__ == "__main__":
    CASTNET = sys.argv.pop(1)
    unittest.main()
