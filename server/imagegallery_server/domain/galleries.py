"""Galleries: naming, uniqueness in the subscription, location, limits, deletion."""

import re
from dataclasses import replace

from google.protobuf.message import Message
from imagegallery.v1 import gallery_service_pb2

from imagegallery_server.domain import names, sharing_profile, soft_delete, validation
from imagegallery_server.domain.access import Caller, Permission
from imagegallery_server.domain.errors import AlreadyExists, Violations
from imagegallery_server.domain.identity import require_subscription
from imagegallery_server.domain.model import Gallery, Page, ProvisioningState
from imagegallery_server.domain.resources import (
    Kind,
    Mutation,
    ResourceRules,
    parse_into,
    write,
)
from imagegallery_server.store import Record, Transaction

GALLERY = Kind(
    name="gallery",
    label="gallery",
    field="gallery",
    model=Gallery,
    message=gallery_service_pb2.Gallery,
    kept=True,
    shown=soft_delete.shown_policy,
)
NAME_PATTERN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._]{0,78}[A-Za-z0-9])?")
NAME_RULE = (
    "letters, digits, '.' and '_', starting and ending with a letter or digit, "
    "at most 80 characters"
)


class Galleries(ResourceRules[Gallery]):
    kind = GALLERY
    children = "image definitions"
    limit = "galleries"
    parse_name = staticmethod(names.parse_gallery)

    def list_page(
        self, parent: str, page_size: int, after: str, within: list[str] | None = None
    ) -> Page[Message]:
        scope = names.parse_gallery_list_scope(parent, "parent")
        return self.listed(
            page_size,
            after,
            within,
            parent_key=names.key(scope.resource_group) if scope.resource_group else None,
            subscription=scope.subscription,
        )

    async def create(
        self,
        parent: str,
        gallery_id: str,
        gallery: Gallery,
        mutation: Mutation,
        v: Violations,
        caller: Caller,
    ) -> Gallery:
        """Creates the gallery, in a subscription that exists (`require_subscription`);
        `v` holds what the edge already found wrong."""
        resource_group = parse_into(v, names.parse_resource_group, parent, "parent")
        validation.check_name(gallery_id, "gallery_id", NAME_PATTERN, NAME_RULE, v)
        region = validation.check_region(gallery.location, "gallery.location", v)
        self._check_changeable(gallery, v, {"description", "tags"})
        shared = sharing_profile.created(gallery.sharing_profile, v)
        v.raise_if_any()
        assert resource_group is not None and region is not None
        name = names.GalleryName(resource_group, gallery_id)
        now = self._clock()
        created = replace(
            gallery,
            name=str(name),
            location=region.name,
            unique_name=f"{name.subscription}-{gallery_id.upper()}",
            provisioning_state=ProvisioningState.SUCCEEDED,
            create_time=now,
            update_time=now,
            etag="",
            sharing_profile=shared,
        )

        def insert(tx: Transaction) -> Record:
            require_subscription(tx, name.subscription, caller, now, (Permission.WRITE, parent))
            self._refuse_clash(tx, name, region.name)
            self.refuse_over_limit(tx, name.subscription, region.name)
            return tx.insert(
                Record(
                    kind=GALLERY.name,
                    name=str(name),
                    parent_key=names.key(resource_group),
                    subscription=name.subscription,
                    location=region.name,
                    body=GALLERY.body(created),
                    unique_key=_unique_key(name),
                )
            )

        return GALLERY.to_model(await write(self._store, insert, mutation))

    def check_update(
        self, current: Gallery, resource: Gallery, applied: set[str], v: Violations
    ) -> None:
        self._check_changeable(resource, v, applied)

    @staticmethod
    def _check_changeable(gallery: Gallery, v: Violations, fields: set[str]) -> None:
        if "description" in fields:
            validation.check_length(
                gallery.description, validation.MAX_DESCRIPTION, "gallery.description", v
            )
        if "tags" in fields:
            validation.check_tags(gallery.tags, "gallery.tags", v)

    def _refuse_clash(self, tx: Transaction, name: names.GalleryName, location: str) -> None:
        same = tx.get(str(name))
        if same is not None:
            if same.location != location:
                raise AlreadyExists(
                    "EXISTS_IN_OTHER_LOCATION",
                    f"The gallery {same.name} already exists in location {same.location}; "
                    f"a resource with the same name cannot be created in location {location}.",
                    resource=same.name,
                    existingLocation=same.location,
                    requestedLocation=location,
                )
            raise AlreadyExists(
                "RESOURCE_ALREADY_EXISTS",
                f"The gallery {same.name} already exists.",
                resource=same.name,
            )
        clash = tx.find_unique(GALLERY.name, _unique_key(name))
        if clash is not None:
            raise AlreadyExists(
                "GALLERY_NAME_NOT_UNIQUE",
                f"The gallery name {name.gallery} is not unique within the subscription "
                f"{name.subscription}: another resource group has a gallery of that name "
                "(in any case). Gallery names are unique in a subscription.",
                gallery=name.gallery,
                subscription=name.subscription,
            )


def _unique_key(name: names.GalleryName) -> str:
    return f"{name.subscription}/{name.gallery}".lower()
