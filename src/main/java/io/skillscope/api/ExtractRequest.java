package io.skillscope.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/extract}.
 *
 * @param text the posting text; offsets in the answer point into it
 * @param title the posting's title, optional
 */
public record ExtractRequest(@NotBlank String text, @Size(max = 500) String title) {}
