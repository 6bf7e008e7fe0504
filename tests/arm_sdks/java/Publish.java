// Publishes a version through azure-resourcemanager-compute against imagegallery's
// ARM front, as a user of the Azure SDK for Java would, and prints what it saw as
// one JSON line. Env: ARM_ENDPOINT, IMAGEGALLERY_TOKEN, SUBSCRIPTION,
// RESOURCE_GROUP, SOURCE_ID; the JVM trusts the server's CA through
// -Djavax.net.ssl.trustStore (a keytool truststore made from it).
import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.exception.ManagementException;
import com.azure.core.management.profile.AzureProfile;
import com.azure.core.util.Context;
import com.azure.resourcemanager.compute.ComputeManager;
import com.azure.resourcemanager.compute.fluent.ComputeManagementClient;
import com.azure.resourcemanager.compute.fluent.models.GalleryImageInner;
import com.azure.resourcemanager.compute.fluent.models.GalleryImageVersionInner;
import com.azure.resourcemanager.compute.fluent.models.GalleryInner;
import com.azure.resourcemanager.compute.models.GalleryArtifactVersionFullSource;
import com.azure.resourcemanager.compute.models.GalleryImageIdentifier;
import com.azure.resourcemanager.compute.models.GalleryImageVersionPublishingProfile;
import com.azure.resourcemanager.compute.models.GalleryImageVersionStorageProfile;
import com.azure.resourcemanager.compute.models.HyperVGeneration;
import com.azure.resourcemanager.compute.models.OperatingSystemStateTypes;
import com.azure.resourcemanager.compute.models.OperatingSystemTypes;
import com.azure.resourcemanager.compute.models.RegionalReplicationStatus;
import com.azure.resourcemanager.compute.models.ReplicationStatusTypes;
import com.azure.resourcemanager.compute.models.TargetRegion;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;

public class Publish {
    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        String endpoint = env.get("ARM_ENDPOINT");
        TokenCredential credential = request ->
            Mono.just(new AccessToken(env.get("IMAGEGALLERY_TOKEN"), OffsetDateTime.now().plusHours(1)));
        Map<String, String> endpoints = new HashMap<>(AzureEnvironment.AZURE.getEndpoints());
        endpoints.put("resourceManagerEndpointUrl", endpoint);  // Azure's cloud, but for this
        AzureEnvironment cloud = new AzureEnvironment(endpoints);
        AzureProfile profile = new AzureProfile("tenant", env.get("SUBSCRIPTION"), cloud);
        ComputeManagementClient compute = ComputeManager.authenticate(credential, profile).serviceClient();
        String rg = env.get("RESOURCE_GROUP");

        GalleryInner gallery = compute.getGalleries().createOrUpdate(rg, "java",
            new GalleryInner().withLocation("eastus").withDescription("made by Java"));
        compute.getGalleryImages().createOrUpdate(rg, "java", "ubuntu", new GalleryImageInner()
            .withLocation("eastus")
            .withOsType(OperatingSystemTypes.LINUX)
            .withOsState(OperatingSystemStateTypes.GENERALIZED)
            .withHyperVGeneration(HyperVGeneration.V2)
            .withIdentifier(new GalleryImageIdentifier().withPublisher("Contoso").withOffer("Ubuntu").withSku("java")));
        GalleryImageVersionInner version = compute.getGalleryImageVersions().createOrUpdate(rg, "java", "ubuntu", "1.0.0",
            new GalleryImageVersionInner()
                .withLocation("eastus")
                .withStorageProfile(new GalleryImageVersionStorageProfile()
                    .withSource(new GalleryArtifactVersionFullSource().withId(env.get("SOURCE_ID"))))
                .withPublishingProfile(new GalleryImageVersionPublishingProfile().withTargetRegions(List.of(
                    new TargetRegion().withName("eastus"), new TargetRegion().withName("westus")))));
        GalleryImageVersionInner expanded = compute.getGalleryImageVersions().getWithResponse(
            rg, "java", "ubuntu", "1.0.0", ReplicationStatusTypes.REPLICATION_STATUS, Context.NONE).getValue();
        List<String> listed = new ArrayList<>();
        compute.getGalleryImageVersions().listByGalleryImage(rg, "java", "ubuntu").forEach(v -> listed.add(v.name()));
        String error = "null";
        try {
            compute.getGalleries().getByResourceGroup(rg, "missing");
        } catch (ManagementException e) {
            error = String.format("{\"statusCode\": %d, \"code\": \"%s\"}",
                e.getResponse().getStatusCode(), e.getValue().getCode());
        }
        compute.getGalleryImageVersions().delete(rg, "java", "ubuntu", "1.0.0");
        compute.getGalleryImages().delete(rg, "java", "ubuntu");
        compute.getGalleries().delete(rg, "java");
        List<String> remaining = new ArrayList<>();
        compute.getGalleries().listByResourceGroup(rg).forEach(g -> remaining.add(g.name()));

        List<String> regions = expanded.replicationStatus().summary().stream()
            .map(RegionalReplicationStatus::region).sorted().collect(Collectors.toList());
        System.out.println("{"
            + "\"gallery\": {\"name\": " + quoted(gallery.name()) + ", \"state\": " + quoted(gallery.provisioningState().toString())
            + ", \"uniqueName\": " + quoted(gallery.identifier().uniqueName()) + "}, "
            + "\"version\": {\"id\": " + quoted(version.id()) + ", \"state\": " + quoted(version.provisioningState().toString()) + "}, "
            + "\"replication\": " + quoted(expanded.replicationStatus().aggregatedState().toString()) + ", "
            + "\"regions\": " + list(regions) + ", \"listed\": " + list(listed) + ", "
            + "\"error\": " + error + ", \"remaining\": " + list(remaining) + "}");
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String list(List<String> items) {
        return items.stream().map(Publish::quoted).collect(Collectors.joining(", ", "[", "]"));
    }
}
