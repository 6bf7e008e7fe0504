"""Galleries shared beyond their roles, and reading them through their shared
and community names, as Azure serves sharedGalleries and communityGalleries.

Each share is a record of its own ("gallery_share"), named under its gallery (so
it goes when the gallery goes) and held by its audience: a subscription, a tenant
or the community. Shares are access data: writing one moves the access
generation, and a caller's shared reads are Reader grants on the shared names
(`grants_of`), read and cached with its roles. So the owner's names stay governed
by roles alone, and a removed share ends access at the next call."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from imagegallery_server.domain import names, regions
from imagegallery_server.domain import sharing_profile as profiles
from imagegallery_server.domain.access import Caller, Grant, Permission, Role
from imagegallery_server.domain.errors import DomainError, NotFound, Violations
from imagegallery_server.domain.galleries import GALLERY
from imagegallery_server.domain.identity import SUBSCRIPTION
from imagegallery_server.domain.image_definitions import IMAGE_DEFINITION
from imagegallery_server.domain.image_versions import IMAGE_VERSION
from imagegallery_server.domain.model import (
    Gallery,
    ImageDefinition,
    Page,
    SharedGallery,
    SharedImageVersion,
    SharingOperation,
    SharingProfileGroup,
)
from imagegallery_server.domain.resources import Clock, Mutation, existing, parse_into, write
from imagegallery_server.store import Reader, Record, Store, Transaction

GALLERY_SHARE = "gallery_share"
COMMUNITY = "community"  # the audience of community shares: every authenticated caller
_MANY = 10_000


@dataclass(frozen=True)
class Alias:
    """An owner's gallery read through a shared or community name."""

    gallery: Record  # the owner's
    shown: str  # the shared or community gallery's name

    def show(self, owner_name: str) -> str:
        """The shared spelling of a name under the owner's gallery."""
        return self.shown + owner_name[len(self.gallery.name) :]

    def own(self, shown_name: str) -> str:
        """The owner's name under the gallery for a name under the shared one."""
        return self.gallery.name + shown_name[len(self.shown) :]

    def disguise(self, text: str) -> str:
        """`text` naming the shared gallery wherever it named the owner's."""
        return text.replace(self.gallery.name, self.shown)


@contextmanager
def disguised(alias: Alias | None) -> Iterator[None]:
    """Refusals raised inside name what was read through sharing, never the owner's names."""
    try:
        yield
    except DomainError as error:
        if alias is not None:
            error.message = alias.disguise(error.message)
            error.args = (error.message,)
            error.metadata = {k: alias.disguise(v) for k, v in error.metadata.items()}
        raise


def grants_of(reader: Reader, tenant_key: str) -> list[Grant]:
    """Reader grants on the shared names of what is shared with the tenant or its
    subscriptions, and on every published community gallery."""
    subscriptions = [
        names.parse_subscription(r.name, "subscription").subscription
        for r in reader.list(SUBSCRIPTION.name, limit=_MANY, parent_key=tenant_key)
    ]
    by_tenant = reader.list(GALLERY_SHARE, limit=_MANY, parent_key=tenant_key)
    grants = [
        _reader(_shared_name(subscription, share))
        for subscription in subscriptions
        for share in [*_shares_with(reader, subscription), *by_tenant]
    ]
    community = reader.list(GALLERY_SHARE, limit=_MANY, parent_key=COMMUNITY)
    return grants + [_reader(names.CommunityGalleryName(s.body["public_name"])) for s in community]


def _reader(name: object) -> Grant:
    return Grant(names.key(name), Role.READER)


def _shares_with(reader: Reader, subscription: str) -> list[Record]:
    key = names.key(names.SubscriptionName(subscription))
    return reader.list(GALLERY_SHARE, limit=_MANY, parent_key=key)


def _shared_name(subscription: str, share: Record) -> names.SharedGalleryName:
    location = names.LocationName(subscription, share.location)
    return names.SharedGalleryName(location, share.body["unique_name"])


def sync_shares(tx: Transaction, gallery: Record) -> None:
    """Makes the gallery's share records those its sharing profile says."""
    model = GALLERY.to_model(gallery)
    wanted = {
        f"{gallery.name}/sharedWith/{a.type.value}/{a.id}": (a.key, model.unique_name, "")
        for a in profiles.audiences_of(model.sharing_profile)
    }
    if public := profiles.published(model.sharing_profile):
        wanted[f"{gallery.name}/sharedWith/Community/{public}"] = (COMMUNITY, public, public)
    for share in tx.under(GALLERY_SHARE, gallery.key, after="", limit=_MANY):
        if wanted.pop(share.name, None) is None:
            tx.delete(share)
    for name, (audience, unique, public) in wanted.items():
        body = {"gallery": gallery.name, "unique_name": unique, "public_name": public}
        tx.insert(
            Record(
                GALLERY_SHARE,
                name,
                audience,
                gallery.subscription,
                gallery.location,
                body,
                f"{audience}|{unique}".lower(),
            )
        )


class Sharing:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    async def share(
        self,
        gallery_text: str,
        operation: SharingOperation | None,
        groups: list[SharingProfileGroup],
        mutation: Mutation,
        v: Violations,
    ) -> Gallery:
        """Azure's share action: adds or removes groups, resets, or publishes."""
        name = parse_into(v, names.parse_gallery, gallery_text, "gallery")
        change = profiles.read_change(operation, groups, v)
        v.raise_if_any()
        assert name is not None and change is not None

        def apply(tx: Transaction) -> Record:
            record = existing(tx, GALLERY, name)
            gallery = GALLERY.to_model(record)
            shared = profiles.apply(gallery.sharing_profile, change, record.name)
            if shared == gallery.sharing_profile:
                return record
            updated = replace(gallery, sharing_profile=shared, update_time=self._clock())
            stored = tx.update(replace(record, body=GALLERY.body(updated)))
            sync_shares(tx, stored)
            return stored

        return GALLERY.to_model(await write(self._store, apply, mutation))

    # Reads through shared and community names

    def alias(self, text: str, field: str) -> tuple[Alias, names.SharedImageName | None]:
        """The owner's gallery a shared or community name reads, and the image or
        version named under it; NOT_FOUND unless it is shared that way."""
        parsed = names.parse_public(text, field)
        under = parsed if isinstance(parsed, names.SharedImageName) else None
        gallery = under.gallery_name if under else parsed
        assert not isinstance(gallery, names.SharedImageName)
        share = self._share(gallery)
        if share is None:
            raise _not_found(gallery, str(gallery))
        owner = existing(self._store.read, GALLERY, share.body["gallery"])
        return Alias(owner, str(gallery)), under

    def _share(self, gallery: names.PublicGallery) -> Record | None:
        reader = self._store.read
        if isinstance(gallery, names.CommunityGalleryName):
            return reader.find_unique(GALLERY_SHARE, f"{COMMUNITY}|{gallery.public_name}".lower())
        location = gallery.location_name
        region = regions.lookup(location.location)
        subscription = reader.get(str(names.SubscriptionName(location.subscription)))
        audiences = [names.key(names.SubscriptionName(location.subscription))]
        if subscription is not None and subscription.kind == SUBSCRIPTION.name:
            audiences.append(subscription.parent_key)  # its tenant
        for audience in audiences:
            share = reader.find_unique(GALLERY_SHARE, f"{audience}|{gallery.gallery}".lower())
            if share is not None and region is not None and share.location == region.name:
                return share
        return None

    def owner_name(self, text: str, field: str) -> tuple[str, Alias | None]:
        """The owner's name of an image or version named through sharing (or the
        name itself when it is an owner's), and the alias it was read through."""
        if not names.is_public(text):
            return text, None
        alias, under = self.alias(text, field)
        if under is None:
            raise _not_found(alias, text)
        owned = alias.own(str(under))
        if self._store.read.get(owned) is None:
            raise _not_found(alias, text)
        return owned, alias

    def list_galleries(self, parent: str, page_size: int, after: str, caller: Caller) -> Page[Any]:
        """The galleries of a location shared with its subscription or tenant, that
        the caller may read (none for a caller with no part in the subscription)."""
        location = names.parse_location(parent, "parent")
        region = regions.lookup(location.location)
        reader = self._store.read
        subscription = reader.get(str(names.SubscriptionName(location.subscription)))
        shares = _shares_with(reader, location.subscription)
        if subscription is not None and subscription.kind == SUBSCRIPTION.name:
            shares += reader.list(GALLERY_SHARE, limit=_MANY, parent_key=subscription.parent_key)
        found = {
            names.key(shown): SharedGallery(str(shown), share.location, _unique_id(shown))
            for share in shares
            if region is not None and share.location == region.name
            for shown in [_shared_name(location.subscription, share)]
            if caller.may(Permission.READ, str(shown)) and names.key(shown) > after
        }
        keys = sorted(found)
        return Page([found[k] for k in keys[:page_size]], _next(keys, page_size))

    def gallery(self, name: str) -> SharedGallery:
        alias, under = self.alias(name, "name")
        if under is not None:
            raise _not_found(alias, name)
        return SharedGallery(alias.shown, alias.gallery.location, _unique_id(alias.shown))

    def image(self, name: str) -> ImageDefinition:
        alias, record = self._under(name, IMAGE_DEFINITION.name)
        return replace(IMAGE_DEFINITION.to_model(record), name=alias.show(record.name))

    def version(self, name: str) -> SharedImageVersion:
        alias, record = self._under(name, IMAGE_VERSION.name)
        return _shared_version(alias, record)

    def list_images(self, parent: str, page_size: int, after: str) -> Page[ImageDefinition]:
        alias, gallery = self.alias(parent, "parent")
        if gallery is not None:
            raise _not_found(alias, parent)
        return self._children(alias, alias.gallery, IMAGE_DEFINITION.name, page_size, after, _image)

    def list_versions(self, parent: str, page_size: int, after: str) -> Page[SharedImageVersion]:
        alias, definition = self._under(parent, IMAGE_DEFINITION.name, "parent")
        return self._children(
            alias, definition, IMAGE_VERSION.name, page_size, after, _shared_version
        )

    def _under(self, name: str, kind: str, field: str = "name") -> tuple[Alias, Record]:
        alias, under = self.alias(name, field)
        record = self._store.read.get(alias.own(str(under))) if under else None
        if record is None or record.kind != kind:
            raise _not_found(alias, name)
        return alias, record

    def _children(
        self,
        alias: Alias,
        parent: Record,
        kind: str,
        page_size: int,
        after: str,
        shown: Callable[[Alias, Record], Any],
    ) -> Page[Any]:
        """A page of `parent`'s children of `kind`, continued after a child's id."""
        child = after.rsplit("/", 1)[-1]  # an id, or the name a page cut short at
        owner_after = f"{parent.key}/{_COLLECTION[kind]}/{child}" if after else ""
        rows = self._store.read.list(
            kind, limit=page_size + 1, after=owner_after, parent_key=parent.key
        )
        items = [shown(alias, row) for row in rows[:page_size]]
        ids = [row.key.rsplit("/", 1)[1] for row in rows]
        return Page(items, ids[page_size - 1] if len(rows) > page_size else None)


_COLLECTION = {IMAGE_DEFINITION.name: "images", IMAGE_VERSION.name: "versions"}


def _image(alias: Alias, record: Record) -> ImageDefinition:
    return replace(IMAGE_DEFINITION.to_model(record), name=alias.show(record.name))


def _shared_version(alias: Alias, record: Record) -> SharedImageVersion:
    version = IMAGE_VERSION.to_model(record)
    published = version.publishing_profile
    return SharedImageVersion(
        alias.show(record.name),
        version.location,
        published.published_date,
        published.end_of_life_date,
        published.exclude_from_latest,
    )


def _unique_id(shown: object) -> str:
    """Azure's identifier.uniqueId: "/SharedGalleries/{unique name}" or
    "/CommunityGalleries/{public name}"."""
    text = str(shown)
    if text.startswith("/communityGalleries/"):
        return "/CommunityGalleries/" + text.rsplit("/", 1)[1]
    return "/SharedGalleries/" + text.rsplit("/", 1)[1]


def _next(keys: list[str], page_size: int) -> str | None:
    return keys[page_size - 1] if len(keys) > page_size else None


def _not_found(gallery: object, name: str) -> NotFound:
    community = isinstance(gallery, names.CommunityGalleryName) or (
        isinstance(gallery, Alias) and gallery.shown.startswith("/communityGalleries/")
    )
    if community:
        return NotFound(
            "COMMUNITY_GALLERY_NOT_FOUND",
            f"{name} was not found: no published community gallery has that public name, "
            "or it holds no such image or version.",
            resource=name,
        )
    return NotFound(
        "SHARED_GALLERY_NOT_FOUND",
        f"{name} was not found: no gallery of that unique name in that location is shared "
        "with the subscription or its tenant, or it holds no such image or version.",
        resource=name,
    )
