/**
 * The HTTP edge: JAX-RS resources, request and response records, and the mapping of every error to
 * one RFC 9457 {@code application/problem+json} shape ({@link io.skillscope.api.Problem}).
 *
 * <p>Only this package imports {@code jakarta.ws.rs}. Resources are thin: they validate, call one
 * service and shape the answer. {@link io.skillscope.api.ConsoleResource} serves the web console's
 * pages, which read everything through this same API (docs/console.md).
 */
package io.skillscope.api;
