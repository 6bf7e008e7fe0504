// Types of src/paging.js: pagers, as @azure/core-paging's.

/** How byPage() pages: at most maxPageSize items a page, from the page continuationToken names. */
export interface PageSettings {
  maxPageSize?: number;
  continuationToken?: string;
}

/** Every item of a List call across its pages (`for await`), or its pages (byPage()). */
export interface PagedAsyncIterableIterator<T> extends AsyncIterableIterator<T> {
  byPage(settings?: PageSettings): AsyncIterableIterator<T[]>;
}

/** The token of the page after `page` (a page byPage() yielded); undefined after the last. */
export declare function getContinuationToken(page: unknown): string | undefined;
