"""Stage one on Spark: the same grouping statement as DuckDB runs, in Spark SQL.

For event files that outgrow one machine: Spark reads the files (local mode by default,
or the cluster at ``$SPARK_MASTER``), runs :func:`~actorgraph.loaders.events.sql.stage_one_sql`
in its own dialect, and only the grouped raw dyads come back (as Arrow) to resolve actors
and group again locally. Needs the ``spark`` extra (``pip install "actorgraph[spark]"``)
and Java 17.

Malformed rows: Spark's CSV reader (``PERMISSIVE`` mode) sets a row it cannot parse aside
in a corrupt-record column; such rows are counted, but Spark does not say their line, so
``--strict`` (which names the line) is for the DuckDB engine.
"""

from __future__ import annotations

import os
from typing import Any

from actorgraph.errors import LoaderError, require
from actorgraph.loaders.events.files import EventFile, scannable
from actorgraph.loaders.events.formats import EventFormat
from actorgraph.loaders.events.mapping import EventMapping
from actorgraph.loaders.events.sql import stage_one_sql

_SESSION: Any = None


def spark_session():
    """A (cached) SparkSession: ``$SPARK_MASTER`` or ``local[*]``, no web UI."""
    global _SESSION
    if _SESSION is None:
        require("pyspark", "spark")
        from pyspark.sql import SparkSession

        _SESSION = (
            SparkSession.builder.master(os.environ.get("SPARK_MASTER", "local[*]"))
            .appName("actorgraph-events")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", os.environ.get("SPARK_PARTITIONS", "8"))
            .config("spark.driver.memory", os.environ.get("SPARK_DRIVER_MEMORY", "1g"))
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate()
        )
        _SESSION.sparkContext.setLogLevel("ERROR")
    return _SESSION


def _schema(fmt: EventFormat):
    from pyspark.sql import types as T

    kinds = {"DATE": T.DateType(), "DOUBLE": T.DoubleType(), "BIGINT": T.LongType(),
             "VARCHAR": T.StringType()}
    fields = [T.StructField(c, kinds[t], True) for c, t in fmt.raw_types().items()]
    fields.append(T.StructField("_corrupt", T.StringType(), True))
    return T.StructType(fields)


def stage_one_spark(
    batches: list[tuple[EventFormat, list[EventFile]]], opts, mapping: EventMapping
) -> tuple[Any, int, int]:
    """(raw dyads as a ``pyarrow.Table``, events read, malformed rows) over all batches."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from actorgraph.loaders.events.aggregate import gdelt_resolution

    if opts.strict:
        raise LoaderError("--strict needs the line of a malformed row, which Spark does not "
                          "give", hint="use --engine duckdb with --strict")
    spark = spark_session()
    tables, malformed = [], 0
    for fmt, files in batches:
        with scannable(files) as paths:
            reader = (spark.read.schema(_schema(fmt)).option("sep", "\t")
                      .option("header", str(fmt.header).lower()).option("quote", "\u0000")
                      .option("mode", "PERMISSIVE")
                      .option("columnNameOfCorruptRecord", "_corrupt")
                      .option("dateFormat", "yyyyMMdd" if fmt.origin.value == "gdelt"
                              else "yyyy-MM-dd"))
            if "NA" in fmt.null_text or "None" in fmt.null_text:
                reader = reader.option("nullValue", [n for n in fmt.null_text if n][0])
            df = reader.csv(paths).cache()
            malformed += df.filter(df["_corrupt"].isNotNull()).count()
            df.filter(df["_corrupt"].isNull()).drop("_corrupt").createOrReplaceTempView(
                "events_raw")
            sql = stage_one_sql(fmt, mapping, "events_raw", opts.period, "spark",
                                opts.since, opts.until, gdelt_resolution())
            tables.append(spark.sql(sql).toArrow())
            df.unpersist()
    if not tables:
        return None, 0, malformed
    schema = pa.schema([
        ("origin", pa.string()), ("period", pa.date32()),
        *[(f"{e}_{c}", pa.string()) for e in "st"
          for c in ("name", "code", "country", "group", "sectors")],
        *[(f"{e}_{x}", pa.string()) for e in "st" for x in ("id", "why")],
        ("rtype", pa.string()), ("kind", pa.string()), ("events", pa.int64()),
        ("weight", pa.float64()), ("mentions", pa.int64()), ("first_date", pa.date32()),
        ("last_date", pa.date32()), ("samples", pa.list_(pa.string())),
    ])
    table = pa.concat_tables([t.select(schema.names).cast(schema) for t in tables])
    read = pc.sum(table.column("events")).as_py() or 0
    return table, int(read), malformed
