from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Per subscription per region, as Azure's defaults; an operator may change them."""

    galleries: int = 100
    image_definitions: int = 1_000
    image_versions: int = 10_000
    replicas: int = 10
