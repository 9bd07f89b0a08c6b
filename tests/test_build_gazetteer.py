"""The geometry the gazetteer build uses to place countries and regions (no data needed)."""
from __future__ import annotations

import pytest
from conftest import script_module


@pytest.fixture(scope="module")
def build():  # type: ignore[no-untyped-def]
    return script_module("build_gazetteer")


def square(lon: float, lat: float, size: float) -> list[list[float]]:
    return [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]


def outline(*rings: list[list[float]]) -> dict:
    return {"features": [{"geometry": {"type": "MultiPolygon",
                                       "coordinates": [[ring] for ring in rings]}}]}


def test_mainland_centre_ignores_far_islands(build) -> None:  # type: ignore[no-untyped-def]
    lat, lon, share = build.mainland_centre(outline(square(0, 0, 10), square(40, 40, 2)), 5.0)
    assert abs(lat - 5.0) < 0.2 and abs(lon - 5.0) < 0.1
    assert 0.9 < share < 1.0


def test_mainland_centre_weights_area_not_degrees(build) -> None:  # type: ignore[no-untyped-def]
    """A degree of longitude is shorter in the north: the centroid of a box from 0 to 60N
    lies south of 30N."""
    lat, _, _ = build.mainland_centre(outline(square(0, 0, 60)), 30.0)
    assert lat < 28.0


def test_mainland_centre_refuses_a_point_outside(build) -> None:  # type: ignore[no-untyped-def]
    crescent = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 9], [9, 9], [9, 1], [0, 1], [0, 0]]
    assert build.mainland_centre(outline(crescent), 5.0) is None


def test_region_middle_is_its_towns_hull_centroid(build) -> None:  # type: ignore[no-untyped-def]
    towns = [(0.0, 0.0), (0.0, 4.0), (4.0, 0.0), (4.0, 4.0), (1.0, 1.0), (2.0, 3.0)]
    lat, lon = build.middle(towns)
    assert abs(lat - 2.0) < 0.1 and abs(lon - 2.0) < 0.1
    # one far island moves the hull's centroid less than it moves the box's middle
    lat, _ = build.middle([*towns, (12.0, 2.0)])
    assert lat < 6.0


def test_demonyms_with_plurals_and_the_bigger_country_for_a_shared_word(build) -> None:  # type: ignore[no-untyped-def]
    table = build.demonym_table({"AAA": ("Freedonian", 5_000_000), "BBB": ("Sylvanian", 10),
                                 "CCC": ("Sylvanian", 9_000), "DDD": ("Dutch", 1),
                                 "EEE": (None, 3)})
    assert table["freedonian"] == table["freedonians"] == "AAA"
    assert table["sylvanian"] == "CCC"  # the more populous of two
    assert "dutchs" not in table and table["dutch"] == "DDD"
    assert table["turks"] == "TUR"  # the nouns for people countryinfo lacks


def test_every_listed_country_point_is_a_point(build) -> None:  # type: ignore[no-untyped-def]
    points = build.country_points()
    assert len(points) >= 40 and points["CAN"] == (60.10867, -113.64258)
    assert all(-90 <= lat <= 90 and -180 <= lon <= 180 for lat, lon in points.values())
