package io.skillscope.api;

import io.skillscope.matching.CandidateProfile;
import io.skillscope.matching.MatchService;
import io.skillscope.posting.Posting;
import io.skillscope.posting.PostingService;
import jakarta.enterprise.context.ApplicationScoped;

/** What the match resources share: finding the posting and the candidate a request names. */
@ApplicationScoped
class MatchRequests {

  private final MatchService matching;
  private final PostingService postings;

  MatchRequests(MatchService matching, PostingService postings) {
    this.matching = matching;
    this.postings = postings;
  }

  Posting posting(String id) {
    return postings
        .get(id)
        .orElseThrow(() -> ProblemException.notFound("No posting has the id \"" + id + "\"."));
  }

  CandidateProfile candidate(MatchRequest request) {
    boolean inline = request.candidate() != null;
    boolean stored = request.candidateId() != null;
    if (inline == stored) {
      throw ProblemException.invalid("candidate", "give either candidate or candidateId");
    }
    if (stored) {
      return matching
          .candidate(request.candidateId())
          .orElseThrow(
              () ->
                  ProblemException.notFound(
                      "No candidate has the id \"" + request.candidateId() + "\"."));
    }
    return CandidateResource.profile(matching, request.candidate());
  }
}
