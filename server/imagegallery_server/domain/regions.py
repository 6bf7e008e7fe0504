"""The regions of Azure's clouds. Only the public cloud's may be used; the others
are known so that a request naming one is told why it is refused.

"East US 2", "eastus2" and "EASTUS2" name the same region.
"""

from dataclasses import dataclass

PUBLIC_CLOUD = "AzureCloud"


@dataclass(frozen=True)
class Region:
    name: str
    display_name: str
    has_availability_zones: bool
    cloud: str = PUBLIC_CLOUD


def _public(rows: str) -> list[Region]:
    """Rows of "name | Display Name | zones" (zones: "z" or "-")."""
    regions = []
    for row in rows.strip().splitlines():
        name, display_name, zones = (cell.strip() for cell in row.split("|"))
        regions.append(Region(name, display_name, zones == "z"))
    return regions


PUBLIC_REGIONS: tuple[Region, ...] = tuple(
    _public(
        """
        australiacentral   | Australia Central    | -
        australiacentral2  | Australia Central 2  | -
        australiaeast      | Australia East       | z
        australiasoutheast | Australia Southeast  | -
        austriaeast        | Austria East         | z
        belgiumcentral     | Belgium Central      | z
        brazilsouth        | Brazil South         | z
        brazilsoutheast    | Brazil Southeast     | -
        canadacentral      | Canada Central       | z
        canadaeast         | Canada East          | -
        centralindia       | Central India        | z
        centralus          | Central US           | z
        chilecentral       | Chile Central        | z
        eastasia           | East Asia            | z
        eastus             | East US              | z
        eastus2            | East US 2            | z
        francecentral      | France Central       | z
        francesouth        | France South         | -
        germanynorth       | Germany North        | -
        germanywestcentral | Germany West Central | z
        indonesiacentral   | Indonesia Central    | z
        israelcentral      | Israel Central       | z
        italynorth         | Italy North          | z
        japaneast          | Japan East           | z
        japanwest          | Japan West           | z
        jioindiacentral    | Jio India Central    | -
        jioindiawest       | Jio India West       | -
        koreacentral       | Korea Central        | z
        koreasouth         | Korea South          | -
        malaysiawest       | Malaysia West        | z
        mexicocentral      | Mexico Central       | z
        newzealandnorth    | New Zealand North    | z
        northcentralus     | North Central US     | -
        northeurope        | North Europe         | z
        norwayeast         | Norway East          | z
        norwaywest         | Norway West          | -
        polandcentral      | Poland Central       | z
        qatarcentral       | Qatar Central        | z
        southafricanorth   | South Africa North   | z
        southafricawest    | South Africa West    | -
        southcentralus     | South Central US     | z
        southeastasia      | Southeast Asia       | z
        southindia         | South India          | -
        spaincentral       | Spain Central        | z
        swedencentral      | Sweden Central       | z
        switzerlandnorth   | Switzerland North    | z
        switzerlandwest    | Switzerland West     | -
        uaecentral         | UAE Central          | -
        uaenorth           | UAE North            | z
        uksouth            | UK South             | z
        ukwest             | UK West              | -
        westcentralus      | West Central US      | -
        westeurope         | West Europe          | z
        westindia          | West India           | -
        westus             | West US              | -
        westus2            | West US 2            | z
        westus3            | West US 3            | z
        """
    )
)

OTHER_CLOUD_REGIONS: tuple[Region, ...] = (
    Region("chinaeast", "China East", False, "AzureChinaCloud"),
    Region("chinaeast2", "China East 2", False, "AzureChinaCloud"),
    Region("chinaeast3", "China East 3", True, "AzureChinaCloud"),
    Region("chinanorth", "China North", False, "AzureChinaCloud"),
    Region("chinanorth2", "China North 2", False, "AzureChinaCloud"),
    Region("chinanorth3", "China North 3", True, "AzureChinaCloud"),
    Region("germanycentral", "Germany Central", False, "AzureGermanCloud"),
    Region("germanynortheast", "Germany Northeast", False, "AzureGermanCloud"),
    Region("usgovarizona", "USGov Arizona", False, "AzureUSGovernment"),
    Region("usgoviowa", "USGov Iowa", False, "AzureUSGovernment"),
    Region("usgovtexas", "USGov Texas", False, "AzureUSGovernment"),
    Region("usgovvirginia", "USGov Virginia", True, "AzureUSGovernment"),
    Region("usdodcentral", "USDoD Central", False, "AzureUSGovernment"),
    Region("usdodeast", "USDoD East", False, "AzureUSGovernment"),
)

_BY_KEY = {
    _key: region
    for region in PUBLIC_REGIONS + OTHER_CLOUD_REGIONS
    for _key in (region.name, region.display_name.replace(" ", "").lower())
}


# Regions a subscription must be allow-listed for before it may target them.
NEEDS_ALLOW_LIST = frozenset({"australiacentral", "australiacentral2"})


def normalize(text: str) -> str:
    """The spelling-free form of a region name: no spaces, lower case."""
    return "".join(text.split()).lower()


def lookup(text: str) -> Region | None:
    """The region a short or display name means, in any cloud; None if none."""
    return _BY_KEY.get(normalize(text).removeprefix("regions/"))
