"""The names of the export formats and levels: a module of its own, light, so the CLI can
offer them in its help without loading pyarrow and the store (`rasd extract` starts
sooner)."""

FORMATS = ("acled-csv", "geojson", "parquet", "jsonl")
LEVELS = ("incidents", "reports")
