/**
 * The skill taxonomy: skills, their aliases and the context rules that tell a skill from a word
 * that merely looks like one.
 *
 * <p>The taxonomy is data ({@code models/taxonomy.yaml}, see {@code docs/taxonomy.md}); this
 * package models it as immutable records and loads and validates it ({@link
 * io.skillscope.taxonomy.TaxonomyLoader}). Every value here is immutable and thread-safe.
 */
package io.skillscope.taxonomy;
