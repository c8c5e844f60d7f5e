"""The catalog as Parquet files, one per table, with explicit Arrow types (needs pyarrow).

Strings stay strings (EDTF dates too: their precision is part of the value); columns of a
fixed set of values (predicates, kinds, enums) are dictionary-encoded; quote offsets are
int64; amounts are ``decimal128(38, s)``, with ``s`` the most digits after the point of any
amount in the catalog. Each field carries its description as Arrow field metadata.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._errors import InvalidDataError, MissingDependencyError
from ._tables import ARROW_DECIMAL, ARROW_DICTIONARY, TABLES, Column, amount_scale, table_rows

if TYPE_CHECKING:
    from ._catalog import Catalog

__all__ = ["PRECISION", "write_parquet"]

#: The most digits a decimal128 holds.
PRECISION = 38


def _pyarrow() -> Any:
    try:
        import pyarrow as pa
        import pyarrow.parquet
    except ModuleNotFoundError:
        raise MissingDependencyError("pyarrow", "parquet") from None
    return pa


def _arrow_type(pa: Any, column: Column, scale: int) -> Any:
    return {
        ARROW_DECIMAL: pa.decimal128(PRECISION, scale),
        "int64": pa.int64(),
        ARROW_DICTIONARY: pa.dictionary(pa.int32(), pa.string()),
        "string": pa.string(),
    }[column.arrow_type]


def _amount(claim_id: str, text: str | None, scale: int, scaled_by: str | None) -> Decimal | None:
    if text is None:
        return None
    amount = Decimal(text)
    whole = max(amount.adjusted() + 1, 0)
    if whole + scale > PRECISION:
        # One column holds every amount: its digits after the point are the most any has.
        after = f"claim {scaled_by}'s amount has {scale} after it" if scaled_by else ""
        msg = (
            f"claim {claim_id}: value_amount {text} has {whole} digits before the point"
            + (f" and {after}" if after else "")
            + f": one decimal128 column holds {PRECISION} in all, for the parquet format"
        )
        raise InvalidDataError(msg)
    return amount


def write_parquet(catalog: Catalog, directory: str, claim_rows: Iterable[dict[str, Any]]) -> None:
    """Write ``claims.parquet``, ``entities.parquet``, ``aliases.parquet`` and
    ``sources.parquet`` into ``directory``; the claims are ``claim_rows``, the JSON Lines rows.

    Raises:
        MissingDependencyError: pyarrow is not installed; the message names the extra.
        InvalidDataError: an amount has more digits than a decimal128 holds.
    """
    pa = _pyarrow()
    scale, scaled_by = amount_scale(catalog)
    tables = table_rows(catalog, claim_rows)
    for table in TABLES:
        rows = list(tables[table.name])
        for column in table.columns:  # before the schema: a scale over 38 is refused here
            if column.arrow_type == ARROW_DECIMAL:
                for row in rows:
                    amount = _amount(row["claim_id"], row[column.name], scale, scaled_by)
                    row[column.name] = amount
        schema = pa.schema(
            [
                pa.field(
                    column.name,
                    _arrow_type(pa, column, scale),
                    nullable=not column.required,
                    metadata={"description": column.description},
                )
                for column in table.columns
            ],
            metadata={"description": table.description},
        )
        data = pa.Table.from_pylist(rows, schema=schema)
        # Opened here, a new file never through a link ("x": created, or refused), by a
        # path Python encodes as the system does (pyarrow would take it as UTF-8).
        with open(os.path.join(directory, f"{table.name}.parquet"), "xb") as out:
            pa.parquet.write_table(data, out)
