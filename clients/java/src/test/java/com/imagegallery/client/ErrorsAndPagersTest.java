package com.imagegallery.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.google.protobuf.Any;
import com.google.rpc.ErrorInfo;
import com.imagegallery.client.ImageGalleryException.FieldViolation;
import com.imagegallery.client.ImageGalleryException.InvalidArgumentException;
import com.imagegallery.v1.CreateGalleryRequest;
import com.imagegallery.v1.Gallery;
import com.imagegallery.v1.ListGalleriesRequest;
import io.grpc.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorsAndPagersTest {
  /** A refused create throws InvalidArgumentException naming every field at fault. */
  @Test
  void anInvalidRequestThrowsItsTypedErrorWithItsViolations() {
    try (ImageGalleryClient client = Live.client()) {
      String rg = ResourceIds.resourceGroup(Live.newSubscription(client), "errors");
      CreateGalleryRequest request =
          CreateGalleryRequest.newBuilder()
              .setParent(rg)
              .setGalleryId("-bad-")
              .setGallery(Gallery.newBuilder().setLocation("chinaeast2"))
              .build();
      InvalidArgumentException error =
          Live.refused(InvalidArgumentException.class, "ERROR_REASON_INVALID_NAME",
              () -> client.call(() -> client.galleries().createGallery(request)));
      assertEquals(Status.Code.INVALID_ARGUMENT, error.getCode());
      assertEquals("gallery_id", error.getMetadata().get("field"));
      assertEquals(
          List.of("gallery_id", "gallery.location"),
          error.getViolations().stream().map(FieldViolation::field).toList());
    }
  }

  /** The status of a failed operation types as a call's does. */
  @Test
  void aStatusTypesByItsCode() {
    com.google.rpc.Status status =
        com.google.rpc.Status.newBuilder()
            .setCode(Status.Code.FAILED_PRECONDITION.value())
            .setMessage("replication failed")
            .addDetails(Any.pack(ErrorInfo.newBuilder().setReason("ERROR_REASON_REPLICATION_FAILED").build()))
            .build();
    ImageGalleryException error = ImageGalleryException.of(status, null);
    assertInstanceOf(ImageGalleryException.FailedPreconditionException.class, error);
    assertEquals("ERROR_REASON_REPLICATION_FAILED", error.getReason());
    assertEquals("FAILED_PRECONDITION: replication failed (ERROR_REASON_REPLICATION_FAILED)", error.getMessage());
  }

  /** A pager gives every item across pages, the pages themselves, and resumes from a page's token. */
  @Test
  void aPagerPagesAndResumes() {
    try (ImageGalleryClient client = Live.client()) {
      String rg = ResourceIds.resourceGroup(Live.newSubscription(client), "pages");
      List<String> made = new ArrayList<>();
      for (String id : List.of("a", "b", "c")) {
        made.add(client.call(() -> client.galleries().createGallery(CreateGalleryRequest.newBuilder()
            .setParent(rg).setGalleryId(id).setGallery(Gallery.newBuilder().setLocation("eastus")).build())).getName());
      }
      PagedIterable<Gallery> pager =
          PagedIterable.of(ListGalleriesRequest.newBuilder().setParent(rg).setPageSize(2).build(),
              client.galleries()::listGalleries);

      assertEquals(made, pager.stream().map(Gallery::getName).toList());
      List<PagedIterable.Page<Gallery>> pages = new ArrayList<>();
      pager.iterableByPage().forEach(pages::add);
      assertEquals(List.of(2, 1), pages.stream().map(p -> p.items().size()).toList());
      assertEquals(pages, pager.streamByPage().toList());
      PagedIterable.Page<Gallery> rest = pager.iterableByPage(pages.get(0).continuationToken()).iterator().next();
      assertEquals(made.get(2), rest.items().get(0).getName());
      assertEquals("", rest.continuationToken());
    }
  }
}
