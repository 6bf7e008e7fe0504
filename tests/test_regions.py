"""RegionService, and how galleries and image definitions spell regions."""

import grpc
import pytest
from conftest import definition_pb, failure, gallery_pb, invalid, new_definition
from imagegallery.v1 import region_service_pb2 as region_pb
from imagegallery_server.domain.regions import PUBLIC_REGIONS


def get_region(regions, name: str) -> region_pb.Region:
    return regions.GetRegion(region_pb.GetRegionRequest(name=name))


def list_all(regions, page_size: int = 0) -> tuple[list[region_pb.Region], int]:
    found, token, pages = [], "", 0
    while True:
        answer = regions.ListRegions(
            region_pb.ListRegionsRequest(page_size=page_size, page_token=token)
        )
        found += answer.regions
        pages += 1
        token = answer.next_page_token
        if not token:
            return found, pages


@pytest.mark.parametrize(
    "name", ["eastus2", "East US 2", "EAST US 2", "EastUS2", "regions/eastus2", "Regions/EASTUS2"]
)
def test_get_region_by_any_spelling(regions, name):
    region = get_region(regions, name)
    assert region == region_pb.Region(
        name="eastus2", display_name="East US 2", has_availability_zones=True
    )


def test_region_without_zones(regions):
    region = get_region(regions, "westus")
    assert (region.display_name, region.has_availability_zones) == ("West US", False)


@pytest.mark.parametrize(
    "name", ["chinaeast2", "China East 2", "usgovvirginia", "USGov Virginia", "germanycentral"]
)
def test_get_region_of_another_cloud(regions, name):
    request = region_pb.GetRegionRequest(name=name)
    invalid(regions.GetRegion, request, {"name": "REGION_IN_OTHER_CLOUD"})


@pytest.mark.parametrize("name", ["marsnorth", "east us 9", "regions/", "eastus2/zones/1"])
def test_get_unknown_region(regions, name):
    invalid(regions.GetRegion, region_pb.GetRegionRequest(name=name), {"name": "UNKNOWN_REGION"})


def test_get_region_requires_a_name(regions):
    invalid(regions.GetRegion, region_pb.GetRegionRequest(), {"name": "FIELD_REQUIRED"})


def test_list_regions_returns_every_public_region_once(regions):
    found, pages = list_all(regions)
    assert pages == 1
    names = [r.name for r in found]
    assert len(names) == len(set(names)) == len(PUBLIC_REGIONS)
    assert set(names) == {r.name for r in PUBLIC_REGIONS}
    assert {"eastus", "westus2", "westeurope", "japaneast"} <= set(names)
    assert not {n for n in names if n.startswith(("china", "usgov", "usdod", "germanycentral"))}
    assert get_region(regions, "eastus2") in found


def test_list_regions_in_pages(regions):
    everything, _ = list_all(regions)
    paged, pages = list_all(regions, page_size=10)
    assert [r.name for r in paged] == [r.name for r in everything]
    assert pages == -(-len(everything) // 10)


def test_list_regions_refuses_a_foreign_page_token(regions, definitions, gallery):
    for sku in ("a", "b"):
        definitions.CreateImageDefinition(
            definition_pb.CreateImageDefinitionRequest(
                parent=gallery.name,
                image_definition_id=sku,
                image_definition=new_definition(
                    identifier=definition_pb.ImageIdentifier(publisher="p", offer="o", sku=sku)
                ),
            )
        )
    token = definitions.ListImageDefinitions(
        definition_pb.ListImageDefinitionsRequest(parent=gallery.name, page_size=1)
    ).next_page_token
    assert token
    request = region_pb.ListRegionsRequest(page_token=token)
    invalid(regions.ListRegions, request, {"page_token": "INVALID_PAGE_TOKEN"})


def test_list_regions_refuses_a_negative_page_size(regions):
    request = region_pb.ListRegionsRequest(page_size=-1)
    invalid(regions.ListRegions, request, {"page_size": "FIELD_INVALID"})


@pytest.mark.parametrize(
    ("location", "stored"),
    [
        ("West US 2", "westus2"),
        ("WESTUS2", "westus2"),
        ("westus2", "westus2"),
        ("UK South", "uksouth"),
    ],
)
def test_gallery_answers_the_short_name(galleries, resource_group, location, stored):
    created = galleries.CreateGallery(
        gallery_pb.CreateGalleryRequest(
            parent=resource_group, gallery_id="g1", gallery=gallery_pb.Gallery(location=location)
        )
    )
    assert created.location == stored
    fetched = galleries.GetGallery(gallery_pb.GetGalleryRequest(name=created.name))
    assert fetched.location == stored


@pytest.mark.parametrize(
    ("location", "reason"),
    [
        ("chinaeast2", "REGION_IN_OTHER_CLOUD"),
        ("USGov Virginia", "REGION_IN_OTHER_CLOUD"),
        ("marsnorth", "UNKNOWN_REGION"),
    ],
)
def test_gallery_refuses_the_region(galleries, resource_group, location, reason):
    request = gallery_pb.CreateGalleryRequest(
        parent=resource_group, gallery_id="g1", gallery=gallery_pb.Gallery(location=location)
    )
    invalid(galleries.CreateGallery, request, {"gallery.location": reason})
    missing = failure(
        galleries.GetGallery,
        gallery_pb.GetGalleryRequest(
            name=f"{resource_group}/providers/Microsoft.Compute/galleries/g1"
        ),
        grpc.StatusCode.NOT_FOUND,
    )
    assert missing.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"
