"""Security features of an image definition (Azure's `features`): their rules at
create and update, deployments checked against them, and image switches."""

import os

import grpc
import pytest
from conftest import definition_pb, failure, invalid, new_definition
from google.protobuf.field_mask_pb2 import FieldMask
from imagegallery.v1 import common_pb2, planning_service_pb2_grpc
from imagegallery.v1 import planning_service_pb2 as pb
from versioning import Catalog

V1, V2 = common_pb2.HYPER_V_GENERATION_V1, common_pb2.HYPER_V_GENERATION_V2
STANDARD = definition_pb.SECURITY_TYPE_STANDARD
TRUSTED_LAUNCH = definition_pb.SECURITY_TYPE_TRUSTED_LAUNCH
TRUSTED_LAUNCH_SUPPORTED = definition_pb.SECURITY_TYPE_TRUSTED_LAUNCH_SUPPORTED
SCSI, NVME = definition_pb.DISK_CONTROLLER_TYPE_SCSI, definition_pb.DISK_CONTROLLER_TYPE_NVME
VM_STANDARD = pb.VIRTUAL_MACHINE_SECURITY_TYPE_STANDARD
VM_TRUSTED_LAUNCH = pb.VIRTUAL_MACHINE_SECURITY_TYPE_TRUSTED_LAUNCH
FEATURES = "image_definition.features"


@pytest.fixture
def catalog(channel, resource_group) -> Catalog:
    return Catalog(channel, resource_group)


@pytest.fixture
def planner(channel) -> planning_service_pb2_grpc.PlanningServiceStub:
    return planning_service_pb2_grpc.PlanningServiceStub(channel)


def create(definitions, gallery, image_id="image", **fields):
    return definitions.CreateImageDefinition(
        definition_pb.CreateImageDefinitionRequest(
            parent=gallery.name,
            image_definition_id=image_id,
            image_definition=new_definition(**fields),
        )
    )


def published(catalog: Catalog, **fields):
    """A definition with `fields` and one version, replicated to eastus."""
    definition = catalog.definition(**fields)
    generation = fields.get("hyper_v_generation", V1)
    source = catalog.source(os.urandom(4096), "src", hyper_v_generation=generation)
    done = catalog.wait(catalog.create_version(definition, "1.0.0", source.name, "eastus"))
    assert not done.HasField("error"), done.error
    return definition


def deployment(definition, **vm) -> pb.ResolveDeploymentRequest:
    """Deploying a generalized image's VM with `vm` to eastus."""
    return pb.ResolveDeploymentRequest(
        image_definition=definition.name,
        region="eastus",
        vm=pb.VirtualMachineSpec(has_os_profile=True, **vm),
    )


def resolve(planner, definition, **vm):
    return planner.ResolveDeployment(deployment(definition, **vm))


# Create and update


def test_trusted_launch_on_a_v1_definition_is_refused(definitions, gallery):
    for security in (TRUSTED_LAUNCH, TRUSTED_LAUNCH_SUPPORTED):
        for generation in (V1, 0):  # 0: the default, V1
            invalid(
                definitions.CreateImageDefinition,
                definition_pb.CreateImageDefinitionRequest(
                    parent=gallery.name,
                    image_definition_id="image",
                    image_definition=new_definition(
                        hyper_v_generation=generation,
                        features=definition_pb.ImageFeatures(security_type=security),
                    ),
                ),
                {f"{FEATURES}.security_type": "FEATURE_NEEDS_GENERATION_V2"},
            )


def test_features_are_kept_and_answered_as_given(definitions, gallery):
    features = definition_pb.ImageFeatures(
        security_type=TRUSTED_LAUNCH_SUPPORTED,
        is_accelerated_network_supported=False,
        disk_controller_types=[SCSI, NVME],
        is_hibernate_supported=True,
    )
    created = create(definitions, gallery, hyper_v_generation=V2, features=features)
    got = definitions.GetImageDefinition(definition_pb.GetImageDefinitionRequest(name=created.name))
    assert created.features == features == got.features
    assert got.features.HasField("is_accelerated_network_supported")
    other = definition_pb.ImageIdentifier(publisher="Contoso", offer="Ubuntu", sku="other")
    assert not create(definitions, gallery, "plain", identifier=other).HasField("features")


def test_disk_controller_types_are_scsi_or_scsi_and_nvme_on_v2(definitions, gallery):
    path = f"{FEATURES}.disk_controller_types"
    for generation, controllers, fields in [
        (V2, [NVME, NVME], {path: "FIELD_INVALID", f"{path}[1]": "DUPLICATE_VALUE"}),
        (V1, [SCSI, NVME], {path: "FEATURE_NEEDS_GENERATION_V2"}),
    ]:
        features = definition_pb.ImageFeatures(disk_controller_types=controllers)
        invalid(
            definitions.CreateImageDefinition,
            definition_pb.CreateImageDefinitionRequest(
                parent=gallery.name,
                image_definition_id="image",
                image_definition=new_definition(hyper_v_generation=generation, features=features),
            ),
            fields,
        )


def test_features_change_only_with_allow_update_image(definitions, gallery):
    created = create(
        definitions,
        gallery,
        hyper_v_generation=V2,
        features=definition_pb.ImageFeatures(security_type=STANDARD),
    )
    changed = definition_pb.ImageDefinition(
        name=created.name,
        features=definition_pb.ImageFeatures(security_type=TRUSTED_LAUNCH_SUPPORTED),
    )
    mask = FieldMask(paths=["features"])
    refused = invalid(
        definitions.UpdateImageDefinition,
        definition_pb.UpdateImageDefinitionRequest(image_definition=changed, update_mask=mask),
        {FEATURES: "FEATURES_UPDATE_NOT_ALLOWED"},
    )
    assert "allow_update_image" in refused.message
    # Sending the definition back unchanged is no change of features.
    same = definition_pb.UpdateImageDefinitionRequest(image_definition=created)
    assert definitions.UpdateImageDefinition(same).features == created.features
    changed.allow_update_image = True
    updated = definitions.UpdateImageDefinition(
        definition_pb.UpdateImageDefinitionRequest(image_definition=changed, update_mask=mask)
    )
    assert updated.features.security_type == TRUSTED_LAUNCH_SUPPORTED
    assert not updated.allow_update_image  # never kept nor answered


# Deploying


def test_a_trusted_launch_vm_from_a_standard_only_image_is_refused(catalog, planner):
    definition = published(
        catalog, hyper_v_generation=V2, features=definition_pb.ImageFeatures(security_type=STANDARD)
    )
    refused = invalid(
        lambda request: planner.ResolveDeployment(request),
        deployment(definition, security_type=VM_TRUSTED_LAUNCH),
        {"vm.security_type": "FEATURE_NOT_SUPPORTED"},
    )
    assert "SecurityType=Standard" in refused.message
    assert resolve(planner, definition, security_type=VM_STANDARD).image_version


def test_a_definition_without_features_makes_standard_scsi_vms_only(catalog, planner):
    definition = published(catalog)
    assert resolve(planner, definition).image_version  # Standard, SCSI, no hibernation
    refused = invalid(
        lambda request: planner.ResolveDeployment(request),
        # Accelerated networking, declared neither way, is allowed.
        deployment(
            definition,
            security_type=VM_TRUSTED_LAUNCH,
            disk_controller_type=NVME,
            hibernation_enabled=True,
            accelerated_networking=True,
        ),
        {
            "vm.security_type": "FEATURE_NOT_SUPPORTED",
            "vm.disk_controller_type": "FEATURE_NOT_SUPPORTED",
            "vm.hibernation_enabled": "FEATURE_NOT_SUPPORTED",
        },
    )
    assert "IsHibernateSupported" in refused.message
    assert "DiskControllerTypes=SCSI" in refused.message


def test_supported_features_allow_what_they_declare(catalog, planner):
    definition = published(
        catalog,
        hyper_v_generation=V2,
        features=definition_pb.ImageFeatures(
            security_type=TRUSTED_LAUNCH_SUPPORTED,
            disk_controller_types=[SCSI, NVME],
            is_hibernate_supported=True,
            is_accelerated_network_supported=False,
        ),
    )
    for security in (VM_STANDARD, VM_TRUSTED_LAUNCH):
        answer = resolve(
            planner,
            definition,
            security_type=security,
            disk_controller_type=NVME,
            hibernation_enabled=True,
        )
        assert answer.image_version.endswith("/versions/1.0.0")
    refused = failure(
        lambda request: planner.ResolveDeployment(request),
        deployment(definition, accelerated_networking=True),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert "IsAcceleratedNetworkSupported=False" in refused.message


# Scale sets


def test_an_image_switch_compares_features(catalog, planner):
    current = published(
        catalog, hyper_v_generation=V2, features=definition_pb.ImageFeatures(security_type=STANDARD)
    )
    gallery = current.name.rsplit("/images/", 1)[0]
    target = catalog.definitions.CreateImageDefinition(
        definition_pb.CreateImageDefinitionRequest(
            parent=gallery,
            image_definition_id="tl",
            image_definition=new_definition(
                hyper_v_generation=V2,
                identifier=definition_pb.ImageIdentifier(publisher="C", offer="O", sku="TL"),
                features=definition_pb.ImageFeatures(
                    security_type=TRUSTED_LAUNCH, disk_controller_types=[SCSI, NVME]
                ),
            ),
        )
    )
    source = catalog.source(os.urandom(4096), "src-tl", hyper_v_generation=V2)
    catalog.wait(catalog.create_version(target, "1.0.0", source.name, "eastus"))
    answer = planner.CheckImageSwitch(
        pb.CheckImageSwitchRequest(current_image=current.name, target_image=target.name)
    )
    assert not answer.allowed
    found = {m.field: (m.current, m.target) for m in answer.mismatches}
    assert found == {
        "features.security_type": ("Standard", "TrustedLaunch"),
        "features.disk_controller_types": ("SCSI", "SCSI, NVMe"),
    }
