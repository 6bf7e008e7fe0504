"""Image definitions: identity (publisher, offer, SKU), OS, generation, metadata."""

import re
from collections.abc import Collection
from dataclasses import replace
from datetime import datetime

from google.protobuf.message import Message
from imagegallery.v1 import image_definition_service_pb2

from imagegallery_server.domain import features, names, validation
from imagegallery_server.domain.access import Caller
from imagegallery_server.domain.errors import (
    AlreadyExists,
    InvalidArgument,
    NotFound,
    Violation,
    Violations,
)
from imagegallery_server.domain.galleries import GALLERY
from imagegallery_server.domain.model import (
    Architecture,
    HyperVGeneration,
    ImageDefinition,
    Page,
    ProvisioningState,
    ResourceRange,
)
from imagegallery_server.domain.resources import (
    Kind,
    Mutation,
    ResourceRules,
    existing,
    parse_into,
    write,
)
from imagegallery_server.store import Record, Transaction

IMAGE_DEFINITION = Kind(
    name="image_definition",
    label="image definition",
    field="image_definition",
    model=ImageDefinition,
    message=image_definition_service_pb2.ImageDefinition,
    kept=True,
)
NAME_PATTERN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,78}[A-Za-z0-9])?")
NAME_RULE = (
    "letters, digits, '-', '.' and '_', starting and ending with a letter or digit, "
    "at most 80 characters"
)
_IDENTIFIER_PART = re.compile(r"[A-Za-z0-9._-]*[A-Za-z0-9_-]")
_IDENTIFIER_LIMITS = {"publisher": 128, "offer": 64, "sku": 64}


class ImageDefinitions(ResourceRules[ImageDefinition]):
    kind = IMAGE_DEFINITION
    children = "image versions"
    limit = "image_definitions"
    parse_name = staticmethod(names.parse_image_definition)

    def list_page(
        self, parent: str, page_size: int, after: str, within: list[str] | None = None
    ) -> Page[Message]:
        gallery_name = names.parse_gallery(parent, "parent")
        gallery = existing(self._store.read, GALLERY, gallery_name)
        return self.listed(page_size, after, within, parent_key=gallery.key)

    async def create(
        self,
        parent: str,
        image_id: str,
        definition: ImageDefinition,
        mutation: Mutation,
        v: Violations,
        caller: Caller,
    ) -> ImageDefinition:
        """Creates the definition; `v` holds what the edge already found wrong. The
        caller decides nothing here: a definition is made in a gallery, which was
        made in a subscription that exists (`require_subscription`)."""
        gallery_name = parse_into(v, names.parse_gallery, parent, "parent")
        validation.check_name(image_id, "image_definition_id", NAME_PATTERN, NAME_RULE, v)
        region = None
        if definition.location:
            region = validation.check_region(definition.location, "image_definition.location", v)
        if definition.os_type is None:
            v.required("image_definition.os_type", "the OS type (Windows or Linux)")
        if definition.os_state is None:
            v.required("image_definition.os_state", "the OS state (Generalized or Specialized)")
        _check_identifier(definition, v)
        _check_details(definition, v)
        features.check(definition, v)
        _check_changeable(definition, self._clock(), v, paths=None)
        v.raise_if_any()
        assert gallery_name is not None
        now = self._clock()

        def insert(tx: Transaction) -> Record:
            gallery = tx.get(str(gallery_name))
            if gallery is None or gallery.kind != GALLERY.name:
                raise NotFound(
                    "PARENT_NOT_FOUND",
                    f"Cannot create image definition {image_id}: the gallery {gallery_name} "
                    "was not found.",
                    resource=str(gallery_name),
                )
            # The name is the gallery's, spelled as the gallery was created.
            name = names.ImageDefinitionName(names.parse_gallery(gallery.name, "parent"), image_id)
            if region is not None and region.name != gallery.location:
                raise InvalidArgument(
                    [_location_mismatch(definition.location, region.name, gallery)]
                )
            self._refuse_clash(tx, name, definition, gallery)
            self.refuse_over_limit(tx, name.subscription, gallery.location)
            created = replace(
                definition,
                name=str(name),
                location=gallery.location,
                hyper_v_generation=definition.hyper_v_generation or HyperVGeneration.V1,
                architecture=definition.architecture or Architecture.X64,
                provisioning_state=ProvisioningState.SUCCEEDED,
                create_time=now,
                update_time=now,
                etag="",
            )
            return tx.insert(
                Record(
                    kind=IMAGE_DEFINITION.name,
                    name=str(name),
                    parent_key=gallery.key,
                    subscription=name.subscription,
                    location=gallery.location,
                    body=IMAGE_DEFINITION.body(created),
                    unique_key=_identifier_key(gallery, definition),
                )
            )

        return IMAGE_DEFINITION.to_model(await write(self._store, insert, mutation))

    def check_update(
        self, current: ImageDefinition, resource: ImageDefinition, applied: set[str], v: Violations
    ) -> None:
        _check_changeable(resource, self._clock(), v, paths=applied)
        features.check_change(current, resource, v)

    def _refuse_clash(
        self,
        tx: Transaction,
        name: names.ImageDefinitionName,
        definition: ImageDefinition,
        gallery: Record,
    ) -> None:
        same = tx.get(str(name))
        if same is not None:
            raise AlreadyExists(
                "RESOURCE_ALREADY_EXISTS",
                f"The image definition {same.name} already exists.",
                resource=same.name,
            )
        clash = tx.find_unique(IMAGE_DEFINITION.name, _identifier_key(gallery, definition))
        if clash is not None:
            ident = definition.identifier
            raise AlreadyExists(
                "IDENTIFIER_NOT_UNIQUE",
                f"Gallery image {clash.name} identified by (publisher: {ident.publisher}, "
                f"offer: {ident.offer}, sku: {ident.sku}) already exists. Choose a different "
                "publisher, offer, sku combination.",
                existing=clash.name,
                publisher=ident.publisher,
                offer=ident.offer,
                sku=ident.sku,
            )


def _identifier_key(gallery: Record, definition: ImageDefinition) -> str:
    ident = definition.identifier
    return f"{gallery.key}|{ident.publisher}|{ident.offer}|{ident.sku}".lower()


def _location_mismatch(sent: str, region: str, gallery: Record) -> Violation:
    return Violation(
        "image_definition.location",
        "LOCATION_MISMATCH",
        f"{sent!r} ({region}) differs from the location of the gallery {gallery.name} "
        f"({gallery.location}); an image definition lives in its gallery's location",
    )


def _check_identifier(definition: ImageDefinition, v: Violations) -> None:
    for part, limit in _IDENTIFIER_LIMITS.items():
        value = getattr(definition.identifier, part)
        field = f"image_definition.identifier.{part}"
        if not value:
            v.required(field, f"the {part}")
        elif len(value) > limit or not _IDENTIFIER_PART.fullmatch(value):
            v.add(
                field,
                "FIELD_INVALID",
                f"{value!r} is not a valid {part}: letters, digits, '-', '.' and '_', "
                f"not ending with '.', at most {limit} characters",
            )


def _check_details(definition: ImageDefinition, v: Violations) -> None:
    """Fields fixed at creation."""
    validation.check_length(definition.eula, validation.MAX_EULA, "image_definition.eula", v)
    validation.check_uri(
        definition.privacy_statement_uri, "image_definition.privacy_statement_uri", v
    )
    validation.check_uri(definition.release_note_uri, "image_definition.release_note_uri", v)
    seen = set()
    for index, disk_type in enumerate(definition.disallowed_disk_types):
        if disk_type in seen:
            v.add(
                f"image_definition.disallowed_disk_types[{index}]",
                "DUPLICATE_VALUE",
                f"{disk_type} is listed twice",
            )
        seen.add(disk_type)
    plan = definition.purchase_plan
    if plan is not None:
        for part in ("name", "publisher", "product"):
            if not getattr(plan, part):
                v.required(
                    f"image_definition.purchase_plan.{part}",
                    f"the purchase plan's {part} (a plan has all three of name, "
                    "publisher and product)",
                )


def _check_changeable(
    definition: ImageDefinition, now: datetime, v: Violations, paths: Collection[str] | None
) -> None:
    """Fields an update may change; `paths` None means all of them (a create)."""

    def touched(field: str) -> bool:
        return paths is None or any(p.split(".")[0] == field for p in paths)

    if touched("end_of_life_date"):
        validation.check_future(
            definition.end_of_life_date, now, "image_definition.end_of_life_date", v
        )
    if touched("recommended"):
        _check_range(definition.recommended.v_cpus, "v_cpus", "vCPUs", v)
        _check_range(definition.recommended.memory, "memory", "memory", v)
    if touched("tags"):
        validation.check_tags(definition.tags, "image_definition.tags", v)
    if touched("description"):
        validation.check_length(
            definition.description, validation.MAX_DESCRIPTION, "image_definition.description", v
        )


def _check_range(value: ResourceRange, field: str, what: str, v: Violations) -> None:
    path = f"image_definition.recommended.{field}"
    for bound in ("min", "max"):
        if getattr(value, bound) < 0:
            v.add(f"{path}.{bound}", "FIELD_INVALID", f"the {what} {bound} cannot be negative")
    if value.min and value.max and value.min > value.max:
        v.add(
            f"{path}.min",
            "RANGE_MIN_ABOVE_MAX",
            f"the minimum {what} ({value.min}) must not be greater than the maximum ({value.max})",
        )
