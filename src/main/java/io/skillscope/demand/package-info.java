/**
 * Skill demand over the stored postings: which skills the postings ask for and how often ({@link
 * io.skillscope.demand.DemandService#demand}), how that moves over time ({@link
 * io.skillscope.demand.DemandService#trends}) and which skills go together ({@link
 * io.skillscope.demand.DemandService#cooccurrence}, {@link
 * io.skillscope.demand.DemandService#pairs}).
 *
 * <p>Every count comes from Lucene facets over the postings index (sorted-set doc values for skills
 * and categories, read together with the posting day's doc values for trends), on a searcher that
 * sees every acknowledged posting; postings are never loaded. {@link
 * io.skillscope.demand.DemandIndex} is the only class here that sees Lucene; the document layout
 * belongs to {@link io.skillscope.posting.PostingFacets}. See docs/demand.md.
 */
package io.skillscope.demand;
