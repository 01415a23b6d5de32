package io.skillscope.posting;

import java.util.List;

/**
 * One page of search results.
 *
 * @param total postings matching in all
 * @param page the page
 * @param size the page size asked for
 * @param items the postings on this page, newest first or by relevance
 */
public record PostingPage(long total, int page, int size, List<Posting> items) {

  public PostingPage {
    items = List.copyOf(items);
  }
}
