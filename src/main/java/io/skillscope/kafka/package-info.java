/**
 * Kafka ingest: postings consumed from a topic by a consumer group of SkillScope replicas, stored
 * through the same {@link io.skillscope.posting.PostingService} as HTTP ingest, with one output
 * record per stored posting and one dead letter per rejected record.
 *
 * <p>At least once, never twice: a partition's offset is committed only past records the store made
 * durable and whose output the cluster acknowledged, and storing is idempotent, so a record read
 * again after a crash or a rebalance updates its posting or leaves it unchanged. Records are read
 * as HTTP postings are ({@link io.skillscope.api.PostingJson}) and refused with the same problem,
 * so this package takes the wire shapes from {@code api} (never {@code jakarta.ws.rs}). Only this
 * package sees a Kafka type. See docs/scale-out.md.
 */
package io.skillscope.kafka;
