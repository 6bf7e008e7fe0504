package com.imagegallery.client;

/** Resource IDs from their parts, as Azure's SDKs take them. */
public final class ResourceIds {
  private ResourceIds() {}

  public static String subscription(String subscription) {
    return "/subscriptions/" + subscription;
  }

  public static String resourceGroup(String subscription, String resourceGroup) {
    return subscription(subscription) + "/resourceGroups/" + resourceGroup;
  }

  public static String gallery(String subscription, String resourceGroup, String gallery) {
    return resourceGroup(subscription, resourceGroup) + "/providers/Microsoft.Compute/galleries/" + gallery;
  }

  public static String imageDefinition(String subscription, String resourceGroup, String gallery, String image) {
    return gallery(subscription, resourceGroup, gallery) + "/images/" + image;
  }

  public static String imageVersion(
      String subscription, String resourceGroup, String gallery, String image, String version) {
    return imageDefinition(subscription, resourceGroup, gallery, image) + "/versions/" + version;
  }
}
