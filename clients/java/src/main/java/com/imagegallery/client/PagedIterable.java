package com.imagegallery.client;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a List call across its pages (following {@code next_page_token}), as
 * azure-core's {@code PagedIterable}: iterate it (or {@link #stream()}) for the items, or
 * {@link #iterableByPage()} for the pages. Each page is fetched when the iteration reaches
 * it; a failed call throws its {@link ImageGalleryException}.
 */
public final class PagedIterable<T> implements Iterable<T> {
  /** One page: its items, and the token of the next page ("" after the last). */
  public record Page<T>(List<T> items, String continuationToken) {}

  private final Function<String, Page<T>> fetch;

  PagedIterable(Function<String, Page<T>> fetch) {
    this.fetch = fetch;
  }

  /**
   * Any List call as a pager: {@code request} (with its page_size, filter, ...) is sent with
   * each page's token, and the items are the response's one repeated message field.
   */
  public static <Q extends Message, R extends Message, T> PagedIterable<T> of(
      Q request, Function<Q, R> call) {
    FieldDescriptor pageToken = request.getDescriptorForType().findFieldByName("page_token");
    return new PagedIterable<>(
        token -> {
          @SuppressWarnings("unchecked")
          Q paged = token.isEmpty() ? request : (Q) request.toBuilder().setField(pageToken, token).build();
          R response = ImageGalleryClient.typed(() -> call.apply(paged));
          return new Page<>(items(response), (String) response.getField(field(response, "next_page_token")));
        });
  }

  /** The pages, from the first. */
  public Iterable<Page<T>> iterableByPage() {
    return iterableByPage("");
  }

  /** The pages, from the one {@code continuationToken} (a next_page_token) names. */
  public Iterable<Page<T>> iterableByPage(String continuationToken) {
    return () ->
        new Iterator<>() {
          private String token = continuationToken;
          private boolean more = true;

          @Override
          public boolean hasNext() {
            return more;
          }

          @Override
          public Page<T> next() {
            if (!more) {
              throw new NoSuchElementException();
            }
            Page<T> page = fetch.apply(token);
            token = page.continuationToken();
            more = !token.isEmpty();
            return page;
          }
        };
  }

  /** The pages, as a stream. */
  public Stream<Page<T>> streamByPage() {
    return StreamSupport.stream(iterableByPage().spliterator(), false);
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = iterableByPage().iterator();
    return new Iterator<>() {
      private Iterator<T> items = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!items.hasNext() && pages.hasNext()) {
          items = pages.next().items().iterator();
        }
        return items.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return items.next();
      }
    };
  }

  /** The items, as a stream. */
  public Stream<T> stream() {
    return StreamSupport.stream(spliterator(), false);
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> items(Message response) {
    List<FieldDescriptor> repeated =
        response.getDescriptorForType().getFields().stream()
            .filter(f -> f.isRepeated() && f.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !f.isMapField())
            .toList();
    if (repeated.size() != 1) {
      throw new IllegalArgumentException(response.getDescriptorForType().getFullName() + " is not a page of one kind of item");
    }
    return (List<T>) response.getField(repeated.get(0));
  }

  private static FieldDescriptor field(Message message, String name) {
    FieldDescriptor field = message.getDescriptorForType().findFieldByName(name);
    if (field == null) {
      throw new IllegalArgumentException(message.getDescriptorForType().getFullName() + " has no " + name);
    }
    return field;
  }
}
