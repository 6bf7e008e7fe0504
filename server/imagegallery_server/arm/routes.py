"""Which resource an ARM URL names: its collection (galleries, images, versions),
the gRPC parent or name the path spells, and the id in it. Keywords are matched
without regard to case, as ARM does; names keep the case they were sent in."""

from dataclasses import dataclass

from google.protobuf.message import Message
from imagegallery.v1 import gallery_service_pb2 as gallery_pb
from imagegallery.v1 import image_definition_service_pb2 as definition_pb
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery_server.arm import shapes

PROVIDER = ["providers", "microsoft.compute"]


@dataclass(frozen=True)
class Collection:
    """One kind's gRPC methods: Get{noun}, List{plural}, Create/Update/Delete{noun}."""

    kind: shapes.Kind
    service: str
    noun: str
    plural: str
    field: str  # the request field holding the resource, e.g. "image_definition"
    list_field: str  # the List response's field of items, e.g. "image_definitions"
    module: object  # its generated messages
    long_running: bool = False

    def method(self, verb: str) -> str:
        return f"{self.service}/{self._rpc(verb)}"

    def request(self, verb: str, **fields: object) -> Message:
        request: Message = getattr(self.module, f"{self._rpc(verb)}Request")(**fields)
        return request

    def _rpc(self, verb: str) -> str:
        return f"{verb}{self.plural if verb == 'List' else self.noun}"


GALLERIES = Collection(
    shapes.GALLERY, "GalleryService", "Gallery", "Galleries", "gallery", "galleries", gallery_pb
)
IMAGES = Collection(
    shapes.IMAGE,
    "ImageDefinitionService",
    "ImageDefinition",
    "ImageDefinitions",
    "image_definition",
    "image_definitions",
    definition_pb,
)
VERSIONS = Collection(
    shapes.VERSION,
    "ImageVersionService",
    "ImageVersion",
    "ImageVersions",
    "image_version",
    "image_versions",
    version_pb,
    long_running=True,
)
_BY_DEPTH = [GALLERIES, GALLERIES, IMAGES, IMAGES, VERSIONS, VERSIONS]
_KEYWORDS = {8: "images", 10: "versions"}  # the segment index of each child collection


@dataclass(frozen=True)
class Resources:
    """A collection (`resource_id` empty: listed under `parent`) or one resource of it."""

    collection: Collection
    subscription: str
    parent: str
    resource_id: str = ""
    name: str = ""  # the resource's, as the path spells it


@dataclass(frozen=True)
class OperationStatus:
    subscription: str
    operation_id: str


@dataclass(frozen=True)
class SharedRead:
    """A read through a shared or community gallery's own names, never the owner's:
    a list under `name` (its parent) or the resource it names."""

    level: int  # 0 galleries, 1 images, 2 versions
    name: str  # as the gRPC API names it
    listed: bool
    community: bool


@dataclass(frozen=True)
class Share:
    """A gallery's share action (POST …/galleries/{g}/share)."""

    gallery: str


@dataclass(frozen=True)
class SoftDeleted:
    """The soft-deleted versions of an image definition (`definition`, its name)."""

    gallery: str
    definition: str


def resolve(
    path: str,
) -> Resources | OperationStatus | SoftDeleted | SharedRead | Share | None:
    parts = path.strip("/").split("/")
    low = [part.lower() for part in parts]
    if len(parts) == 13 and low[8:13:2] == ["softdeletedartifacttypes", "artifacts", "versions"]:
        gallery = "/" + "/".join(parts[:8])
        return SoftDeleted(gallery, f"{gallery}/images/{parts[11]}") if all(parts) else None
    if len(parts) < 5 or low[0] != "subscriptions" or not all(parts):
        return None
    subscription = f"/subscriptions/{parts[1]}"
    if low[2:4] == PROVIDER:
        if len(parts) >= 7 and low[4] == "locations" and low[6] in _SHARED:
            return _shared(parts, low)
        if len(parts) == 5 and low[4] == "galleries":
            return Resources(GALLERIES, parts[1], subscription)
        if len(parts) == 8 and low[4] == "locations" and low[6] == "capsoperations":
            return OperationStatus(parts[1], parts[7])
        return None
    if low[2] != "resourcegroups" or low[4:7] != [*PROVIDER, "galleries"] or len(parts) > 12:
        return None
    if len(parts) == 9 and low[8] == "share":
        return Share("/" + "/".join(parts[:8]))
    if any(low[at] != keyword for at, keyword in _KEYWORDS.items() if at < len(parts)):
        return None
    depth = len(parts) - 7
    collection = _BY_DEPTH[depth]
    if depth % 2 == 0:  # a collection, listed under its parent
        parent = parts[:4] if depth == 0 else parts[: 6 + depth]
        return Resources(collection, parts[1], "/" + "/".join(parent))
    parent = parts[:4] if depth == 1 else parts[: 5 + depth]
    return Resources(collection, parts[1], "/" + "/".join(parent), parts[-1], "/" + "/".join(parts))


_SHARED = ("sharedgalleries", "communitygalleries")


def _shared(parts: list[str], low: list[str]) -> SharedRead | None:
    """…/locations/{l}/sharedGalleries/{unique}/images/{i}/versions/{v} (the gRPC
    name as it is), or …/communityGalleries/{public}/… (named /communityGalleries/…)."""
    depth = len(parts) - 7  # 0: the galleries, 1: one, 2: its images, … 5: a version
    keywords = {8: "images", 10: "versions"}
    if depth > 5 or any(low[at] != word for at, word in keywords.items() if at < len(parts)):
        return None
    community = low[6] == "communitygalleries"
    if community and depth == 0:
        return None  # Azure lists no community galleries
    name = "/" + "/".join(parts[6:] if community else parts)
    listed = depth % 2 == 0
    if listed:
        name = name.rsplit("/", 1)[0]
    return SharedRead((depth - 1 + listed) // 2, name, listed, community)
