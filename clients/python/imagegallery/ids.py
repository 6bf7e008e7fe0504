"""Resource names built from their ids, as Azure spells resource ids:
``/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.Compute/galleries/{g}
/images/{i}/versions/{v}``."""


def resource_group_id(subscription: str, resource_group: str) -> str:
    return f"/subscriptions/{subscription}/resourceGroups/{resource_group}"


def gallery_id(subscription: str, resource_group: str, gallery: str) -> str:
    group = resource_group_id(subscription, resource_group)
    return f"{group}/providers/Microsoft.Compute/galleries/{gallery}"


def image_definition_id(subscription: str, resource_group: str, gallery: str, image: str) -> str:
    return f"{gallery_id(subscription, resource_group, gallery)}/images/{image}"


def image_version_id(
    subscription: str, resource_group: str, gallery: str, image: str, version: str
) -> str:
    return f"{image_definition_id(subscription, resource_group, gallery, image)}/versions/{version}"
