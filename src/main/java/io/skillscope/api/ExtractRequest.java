package io.skillscope.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/v1/extract}.
 *
 * @param text the posting text; offsets in the answer point into it
 * @param title the posting's title, optional
 */
@Schema(description = "A posting to extract skills from")
public record ExtractRequest(
    @Schema(
            description =
                "The posting text (at most skillscope.extraction.max-chars); offsets in the answer point into it")
        @NotBlank
        String text,
    @Schema(description = "The posting's title, optional", maxLength = 500) @Size(max = 500)
        String title) {}
