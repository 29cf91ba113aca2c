"""A table is measured once per width where all its rows fit, and afresh where they may not."""

from __future__ import annotations

from reportlab.platypus import Table

from delegations.documents.blocks import table

ROWS = [[f"Gespräch {n} in Gdańsk", "Ulf Kämpfer " * (n % 4 + 1), "18.02.2026"]
        for n in range(40)]


def _table() -> Table:
    return table(["Termin", "Wer", "Datum"], ROWS, [0.4, 0.4, 0.2])


def test_a_table_measured_whole_is_not_measured_again_where_it_fits() -> None:
    measured = _table()
    calls: list[tuple[float, float]] = []
    original = measured._calc

    def counted(width: float, height: float) -> None:  # the measurings, counted
        calls.append((width, height))
        original(width, height)

    measured._calc = counted
    width, height = measured.wrap(400, 10_000)
    assert measured.wrap(400, height) == (width, height) and len(calls) == 1
    measured.wrap(300, 10_000)
    assert len(calls) == 2  # another width: measured again


def test_where_the_rows_may_not_fit_it_is_measured_as_a_fresh_table_is() -> None:
    measured = _table()
    _width, height = measured.wrap(400, 10_000)
    for room in (height / 3, height - 1, 50):
        fresh = _table()
        assert measured.wrap(400, room) == fresh.wrap(400, room)
        assert measured._rowHeights == fresh._rowHeights
        parts, fresh_parts = measured.split(400, room), fresh.split(400, room)
        assert [p.wrap(400, room) for p in parts] == [p.wrap(400, room) for p in fresh_parts]
        assert measured.wrap(400, 10_000) == (_width, height)  # whole again after the split
