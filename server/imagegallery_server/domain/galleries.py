"""Galleries: naming, uniqueness in the subscription, location, limits, deletion."""

import re
from dataclasses import replace

from imagegallery_server.domain import names, validation
from imagegallery_server.domain.errors import AlreadyExists, ResourceExhausted, Violations
from imagegallery_server.domain.limits import Limits
from imagegallery_server.domain.model import Gallery, Page, ProvisioningState
from imagegallery_server.domain.resources import (
    Clock,
    Kind,
    Mutation,
    apply_update,
    check_etag,
    existing,
    page,
    parse_into,
    refuse_if_children,
    write,
)
from imagegallery_server.store import Record, Store, Transaction

GALLERY = Kind(
    name="gallery",
    label="gallery",
    field="gallery",
    model=Gallery,
    updatable=frozenset({"description", "tags"}),
)
NAME_PATTERN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._]{0,78}[A-Za-z0-9])?")
NAME_RULE = (
    "letters, digits, '.' and '_', starting and ending with a letter or digit, "
    "at most 80 characters"
)


class Galleries:
    def __init__(self, store: Store, limits: Limits, clock: Clock) -> None:
        self._store = store
        self._limits = limits
        self._clock = clock

    def get(self, name: str) -> Gallery:
        gallery_name = names.parse_gallery(name, "name")
        return GALLERY.to_model(existing(self._store.read, GALLERY, gallery_name))

    def list_page(self, parent: str, page_size: int, after: str) -> Page[Gallery]:
        scope = names.parse_gallery_list_scope(parent, "parent")
        records = self._store.read.list(
            GALLERY.name,
            limit=page_size + 1,
            after=after,
            parent_key=names.key(scope.resource_group) if scope.resource_group else None,
            subscription=scope.subscription,
        )
        return page(GALLERY, records, page_size)

    async def create(
        self, parent: str, gallery_id: str, gallery: Gallery, mutation: Mutation
    ) -> Gallery:
        v = Violations()
        resource_group = parse_into(v, names.parse_resource_group, parent, "parent")
        validation.check_name(gallery_id, "gallery_id", NAME_PATTERN, NAME_RULE, v)
        region = validation.check_region(gallery.location, "gallery.location", v)
        validation.check_tags(gallery.tags, "gallery.tags", v)
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
        )

        def insert(tx: Transaction) -> Record:
            self._refuse_clash(tx, name, region.name)
            self._refuse_over_limit(tx, name.subscription, region.name)
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

    async def update(self, gallery: Gallery, paths: list[str], mutation: Mutation) -> Gallery:
        name = names.parse_gallery(gallery.name, "gallery.name")
        v = Violations()
        if "tags" in paths:
            validation.check_tags(gallery.tags, "gallery.tags", v)
        v.raise_if_any()

        def change(tx: Transaction) -> Record:
            record = existing(tx, GALLERY, name)
            check_etag(record, gallery.etag, GALLERY)
            current = GALLERY.to_model(record)
            updated, _ = apply_update(GALLERY, current, gallery, paths)
            updated.update_time = self._clock()
            return tx.update(replace(record, body=GALLERY.body(updated)))

        return GALLERY.to_model(await write(self._store, change, mutation))

    async def delete(self, name: str, etag: str, force: bool, mutation: Mutation) -> None:
        gallery_name = names.parse_gallery(name, "name")

        def remove(tx: Transaction) -> None:
            record = existing(tx, GALLERY, gallery_name)
            check_etag(record, etag, GALLERY)
            if not force:
                refuse_if_children(tx, record, GALLERY, "image definitions")
            tx.delete(record)

        await write(self._store, remove, mutation)

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
                f"{name.subscription}: {clash.name} has it.",
                gallery=name.gallery,
                subscription=name.subscription,
                existing=clash.name,
            )

    def _refuse_over_limit(self, tx: Transaction, subscription: str, location: str) -> None:
        count = tx.count_in_region(GALLERY.name, subscription, location)
        if count >= self._limits.galleries:
            raise ResourceExhausted(
                "QUOTA_EXCEEDED",
                f"Subscription {subscription} has {count} galleries in {location}, its limit; "
                "delete one or ask the operator to raise the limit.",
                kind="galleries",
                limit=str(self._limits.galleries),
                subscription=subscription,
                region=location,
            )


def _unique_key(name: names.GalleryName) -> str:
    return f"{name.subscription}/{name.gallery}".lower()
