"""Every kind of resource name: valid ones parse and format back in their
canonical spelling; invalid ones are refused, naming the field."""

import pytest
from imagegallery_server.domain import names
from imagegallery_server.domain.errors import InvalidArgument

RG = "/subscriptions/demo/resourceGroups/images"
GALLERY = f"{RG}/providers/Microsoft.Compute/galleries/myGallery"
DEFINITION = f"{GALLERY}/images/ubuntu"
VERSION = f"{DEFINITION}/versions/1.0.0"
PRINCIPAL = "tenants/contoso/principals/0b1c"
ASSIGNMENT = f"{GALLERY}/providers/Microsoft.Authorization/roleAssignments/7f3e"


def source(text: str, field: str) -> names.ChildName:
    return names.parse_child(text, field, ["snapshots", "disks"])


# (parser, text, its canonical spelling)
VALID = [
    (names.parse_subscription, "/subscriptions/demo", "/subscriptions/demo"),
    (names.parse_subscription, "SUBSCRIPTIONS/demo/", "/subscriptions/demo"),
    (names.parse_resource_group, RG, RG),
    (
        names.parse_resource_group,
        RG.lower(),
        RG.lower().replace("resourcegroups", "resourceGroups"),
    ),
    (names.parse_gallery, GALLERY, GALLERY),
    (names.parse_image_definition, DEFINITION, DEFINITION),
    (names.parse_image_version, VERSION, VERSION),
    (
        source,
        f"{RG}/providers/microsoft.compute/Disks/d1",
        f"{RG}/providers/Microsoft.Compute/disks/d1",
    ),
    (names.parse_tenant, "tenants/contoso", "tenants/contoso"),
    (names.parse_principal, PRINCIPAL, PRINCIPAL),
    (names.parse_token, f"{PRINCIPAL}/tokens/9a-2", f"{PRINCIPAL}/tokens/9a-2"),
    (names.parse_operation, "operations/5d0c", "operations/5d0c"),
    (names.parse_role_assignment_scope, "/subscriptions/demo", "/subscriptions/demo"),
    (names.parse_role_assignment_scope, RG, RG),
    (names.parse_role_assignment_scope, GALLERY, GALLERY),
    (names.parse_role_assignment_scope, DEFINITION, DEFINITION),
    (names.parse_role_assignment, ASSIGNMENT, ASSIGNMENT),
    (
        names.parse_role_assignment,
        f"/subscriptions/demo{names.ROLE_ASSIGNMENTS.lower()}1",
        f"/subscriptions/demo{names.ROLE_ASSIGNMENTS}1",
    ),
    # Watch scopes answer the key they cover.
    (names.parse_watch_scope, "", ""),
    (names.parse_watch_scope, "/Subscriptions/Demo", "/subscriptions/demo"),
    (names.parse_watch_scope, RG, RG.lower()),
    (names.parse_watch_scope, GALLERY, GALLERY.lower()),
    (names.parse_watch_scope, DEFINITION, DEFINITION.lower()),
    (names.parse_watch_scope, VERSION, VERSION.lower()),
]

# (parser, text)
INVALID = [
    (names.parse_subscription, ""),
    (names.parse_subscription, "/subscriptions/-"),
    (names.parse_subscription, "/subscriptions/a_b"),
    (names.parse_subscription, "/subscriptions/demo/resourceGroups/x"),
    (names.parse_resource_group, "/subscriptions/demo/resourceGroups/-"),
    (names.parse_resource_group, "/subscriptions/demo/resourceGroups/ends."),
    (names.parse_gallery, f"{RG}/providers/Microsoft.Network/galleries/g"),
    (names.parse_image_definition, GALLERY),
    (names.parse_image_version, f"{DEFINITION}/versions/"),
    (names.parse_image_version, f"{DEFINITION}//versions/1.0.0"),
    (names.parse_image_version, f"{DEFINITION}/Version/1.0.0"),
    (names.parse_image_version, f"{DEFINITION}/extra/versions/1.0.0"),
    (names.parse_image_version, f"{GALLERY}/versions/1.0.0"),
    (names.parse_image_version, f"{VERSION}/versions/2"),
    (source, f"{RG}/providers/Microsoft.Compute/uploads/u1"),
    (names.parse_tenant, "tenants/"),
    (names.parse_tenant, "/tenants/contoso"),
    (names.parse_tenant, "Tenants/contoso"),
    (names.parse_tenant, "tenants/contoso\n"),
    (names.parse_principal, "tenants/contoso/principals"),
    (names.parse_principal, "tenants/contoso/principals/-x"),
    (names.parse_token, PRINCIPAL),
    (names.parse_token, f"{PRINCIPAL}/tokens/"),
    (names.parse_operation, "nonsense"),
    (names.parse_operation, "operations/a/b"),
    (names.parse_role_assignment_scope, "/subscriptions"),
    (names.parse_role_assignment_scope, VERSION),
    (names.parse_role_assignment_scope, "/subscriptions/demo/resourceGroups/images/x"),
    (names.parse_role_assignment, GALLERY),
    (names.parse_role_assignment, f"{VERSION}{names.ROLE_ASSIGNMENTS}1"),
    (names.parse_role_assignment, f"{GALLERY}{names.ROLE_ASSIGNMENTS}"),
    (names.parse_watch_scope, "/nowhere/x"),
    (names.parse_watch_scope, "/subscriptions/-"),
    (names.parse_watch_scope, f"{VERSION}/x"),
    (names.parse_gallery_list_scope, "/subscriptions/demo/galleries"),
    (names.parse_gallery_list_scope, GALLERY),
]


@pytest.mark.parametrize(("parse", "text", "canonical"), VALID)
def test_a_valid_name_parses_and_formats_back(parse, text, canonical):
    assert str(parse(text, "name")) == canonical


@pytest.mark.parametrize(("parse", "text"), INVALID)
def test_an_invalid_name_is_refused_naming_the_field(parse, text):
    with pytest.raises(InvalidArgument) as refused:
        parse(text, "some.field")
    [violation] = refused.value.violations
    assert (violation.field, violation.reason) == ("some.field", "INVALID_RESOURCE_NAME")


def test_a_version_parses_as_its_definition_does_and_is_refused_in_its_own_form():
    """A version shares its definition's parse; a refusal names the version and its form."""
    spelled = "/SUBSCRIPTIONS/demo/resourcegroups/images/providers/microsoft.compute"
    version = names.parse_image_version(
        f"{spelled}/galleries/myGallery/images/ubuntu/Versions/1/", "name"
    )
    assert version == names.parse_image_version(VERSION.replace("1.0.0", "1"), "name")
    assert str(version.definition_name) == DEFINITION
    refused_name = VERSION.replace("resourceGroups/images", "resourceGroups/-")
    with pytest.raises(InvalidArgument) as refused:
        names.parse_image_version(refused_name, "n")
    assert repr(refused_name) in refused.value.violations[0].description
    with pytest.raises(InvalidArgument) as refused:
        names.parse_image_version(f"{DEFINITION}//versions/1", "n")
    assert "/versions/{version}" in refused.value.violations[0].description


def test_a_refusal_shows_a_long_name_shortened():
    with pytest.raises(InvalidArgument) as refused:
        names.parse_gallery("/x" * 10_000, "name")
    assert len(refused.value.violations[0].description) < 2 * names.SHOWN_CHARACTERS


@pytest.mark.parametrize(
    ("text", "subscription", "resource_group"),
    [
        ("/subscriptions/-", None, None),
        ("/subscriptions/-/resourceGroups/-", None, None),
        ("/subscriptions/demo", "demo", None),
        ("/subscriptions/demo/resourceGroups/-", "demo", None),
        (RG, None, RG),
    ],
)
def test_gallery_list_scopes(text, subscription, resource_group):
    scope = names.parse_gallery_list_scope(text, "parent")
    assert scope.subscription == subscription
    assert (str(scope.resource_group) if scope.resource_group else None) == resource_group


def test_names_format_from_their_parts():
    principal = names.PrincipalName(names.TenantName("contoso"), "0b1c")
    member = names.PrincipalName(names.TenantName("fabrikam"), "77")
    assert str(names.MembershipName(principal, member)) == f"{PRINCIPAL}/members/77"
    assert str(names.TokenName(principal, "9")) == f"{PRINCIPAL}/tokens/9"
    assert names.subscription_key(names.key(GALLERY)) == "/subscriptions/demo"
