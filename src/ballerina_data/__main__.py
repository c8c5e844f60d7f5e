"""``python -m ballerina_data``: the command line."""

from ._cli import run

run()
