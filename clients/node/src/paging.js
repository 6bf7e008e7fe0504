// Pagers for the List calls, as @azure/core-paging's PagedAsyncIterableIterator:
// `for await` over every item across the pages, or byPage() for the pages.

// Each page's next-page token, as @azure/arm-compute keeps it (getContinuationToken).
const tokens = new WeakMap();

/** The token of the page after `page` (a page byPage() yielded); undefined after the last. */
export function getContinuationToken(page) {
  return tokens.get(page);
}

/** The repeated message field of a List call's response that holds its items. */
function itemsField(method) {
  const [field, ...others] = method.output.fields.filter((f) => f.fieldKind === "list" && f.listKind === "message");
  if (!field || others.length) throw new TypeError(`${method.output.typeName}: no single repeated field of items`);
  return field.localName;
}

/**
 * Every item of a List call (`list`, a method of a typed client, described by
 * `method`) across its pages, following nextPageToken. byPage({ maxPageSize,
 * continuationToken }) yields the pages, each an array of items.
 */
export function pager(list, method, request = {}, options = {}) {
  const field = itemsField(method);
  const paged = Boolean(method.input.field.pageToken);
  async function* pages({ maxPageSize, continuationToken } = {}) {
    if (!paged && (maxPageSize || continuationToken)) throw new Error(`${method.name} answers one page: byPage() takes no settings`);
    let token = continuationToken ?? "";
    do {
      const pageSettings = paged ? { pageSize: maxPageSize ?? request.pageSize ?? 0, pageToken: token } : {};
      const response = await list({ ...request, ...pageSettings }, options);
      token = paged ? response.nextPageToken : "";
      const page = response[field];
      tokens.set(page, token || undefined);
      yield page;
    } while (token);
  }
  async function* items() {
    for await (const page of pages()) yield* page;
  }
  const iterator = items();
  return {
    next: () => iterator.next(),
    return: (value) => iterator.return(value),
    [Symbol.asyncIterator]() {
      return this;
    },
    byPage: (settings) => pages(settings),
  };
}
