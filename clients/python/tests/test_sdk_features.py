"""A definition's security features and a shallow version, through the SDK."""

import pytest
from conftest import COMPLETED, Catalog, disk_with_holes
from imagegallery.errors import InvalidArgumentError
from imagegallery.v1 import image_definition_service_pb2 as definition_pb
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery.v1 import planning_service_pb2 as planning_pb

SHALLOW = version_pb.REPLICATION_MODE_SHALLOW


def test_a_shallow_version_of_a_definition_with_features(client, catalog: Catalog):
    features = definition_pb.ImageFeatures(
        security_type=definition_pb.SECURITY_TYPE_STANDARD,
        is_accelerated_network_supported=False,
        is_hibernate_supported=True,
    )
    definition = catalog.definition(catalog.gallery().name, features=features)
    assert definition.features == features
    source = catalog.source(disk_with_holes()).name
    operation = catalog.create_version(definition.name, "1.0.0", source, replication_mode=SHALLOW)
    version = client.wait(operation, timeout=60)
    assert version.publishing_profile.replication_mode == SHALLOW

    def deploy(**vm):
        return client.planning.ResolveDeployment(
            planning_pb.ResolveDeploymentRequest(
                image_definition=definition.name,
                region="eastus",
                vm=planning_pb.VirtualMachineSpec(has_os_profile=True, **vm),
            )
        )

    answer = deploy(hibernation_enabled=True)
    assert answer.replication_mode == SHALLOW and answer.image_version == version.name
    with pytest.raises(InvalidArgumentError) as refused:
        deploy(security_type=planning_pb.VIRTUAL_MACHINE_SECURITY_TYPE_TRUSTED_LAUNCH)
    assert refused.value.reason == "ERROR_REASON_FEATURE_NOT_SUPPORTED"
    assert "SecurityType=Standard" in refused.value.message
    full = client.versions.GetImageVersion(
        version_pb.GetImageVersionRequest(
            name=version.name, view=version_pb.IMAGE_VERSION_VIEW_FULL
        )
    )
    assert full.replication_status.aggregated_state == COMPLETED
    assert full.replication_status.replication_mode == SHALLOW
