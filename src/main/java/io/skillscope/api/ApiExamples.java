package io.skillscope.api;

/**
 * Example bodies for the OpenAPI description (/q/openapi). Request texts are short excerpts of real
 * postings in the shared corpus (postings.jsonl); each constant names the posting id.
 */
public final class ApiExamples {

  private ApiExamples() {}

  // ---- Requests: excerpts of real postings -------------------------------------------------

  /**
   * Posting jy-ml-000116 (MD Anderson Cancer Center, "Sr Data Scientist ML Ops Engineering TMI").
   */
  public static final String EXTRACT_JSON =
      """
      {
        "title": "Sr Data Scientist ML Ops Engineering TMI",
        "text": "Ideal candidates will have experience with Azure, and proficiency in cloud-native tools and services such as Azure Arc, Azure ML and Azure Cognitive Compute (or similar). Implement CI/CD pipelines to automate the testing, building, and deployment of machine learning models."
      }""";

  /** Posting dsp-000000 (Tecolote Research, "Data Scientist"), as plain text. */
  public static final String EXTRACT_PLAIN =
      "Applicant should be proficient in the use of Power BI, Tableau, Python, MATLAB, Microsoft Word, "
          + "PowerPoint, Excel, and working knowledge of MS Access, LMS, SAS, data visualization tools, "
          + "and have a strong algorithmic aptitude";

  /** Posting dsp-000000 (Tecolote Research, "Data Scientist"). */
  public static final String POSTING =
      """
      {
        "externalId": "dsp-000000",
        "title": "Data Scientist",
        "company": "Tecolote Research",
        "location": "Albuquerque, NM",
        "postedAt": "2024-03-01",
        "description": "Education Required: Bachelor’s degree required, preferably in math, engineering, business, or the sciences.\\nApplicant should be proficient in the use of Power BI, Tableau, Python, MATLAB, Microsoft Word, PowerPoint, Excel, and working knowledge of MS Access, LMS, SAS, data visualization tools, and have a strong algorithmic aptitude"
      }""";

  /** Postings dsp-000000 and jy-ml-000116. */
  public static final String POSTING_BATCH =
      """
      [
        {
          "externalId": "dsp-000000",
          "title": "Data Scientist",
          "company": "Tecolote Research",
          "location": "Albuquerque, NM",
          "description": "Applicant should be proficient in the use of Power BI, Tableau, Python, MATLAB, Microsoft Word, PowerPoint, Excel, and working knowledge of MS Access, LMS, SAS, data visualization tools"
        },
        {
          "externalId": "jy-ml-000116",
          "title": "Sr Data Scientist ML Ops Engineering TMI",
          "company": "MD Anderson Cancer Center",
          "location": "Houston, TX",
          "description": "Implement CI/CD pipelines to automate the testing, building, and deployment of machine learning models."
        }
      ]""";

  /** Postings dsp-000000 and jy-ml-000116, one JSON object a line. */
  public static final String POSTING_STREAM =
      "{\"externalId\":\"dsp-000000\",\"title\":\"Data Scientist\",\"company\":\"Tecolote Research\","
          + "\"description\":\"Applicant should be proficient in the use of Power BI, Tableau, Python, MATLAB\"}\n"
          + "{\"externalId\":\"jy-ml-000116\",\"title\":\"Sr Data Scientist ML Ops Engineering TMI\","
          + "\"company\":\"MD Anderson Cancer Center\",\"description\":\"Implement CI/CD pipelines to automate "
          + "the testing, building, and deployment of machine learning models.\"}\n";

  /** A candidate whose skills echo posting dsp-000000's requirements. */
  public static final String CANDIDATE =
      """
      {
        "resumeText": "Data analyst, five years of Python and SQL; dashboards in Tableau and Power BI.",
        "skills": [ { "skill": "python", "years": 5 }, { "skill": "tableau", "years": 3 } ]
      }""";

  /** Ranking for a candidate, filtered like posting search (words from posting jy-ml-000116). */
  public static final String MATCH =
      """
      {
        "candidate": {
          "resumeText": "ML engineer: Azure ML, Docker and CI/CD pipelines for machine learning models, Python.",
          "skills": [ { "skill": "python", "years": 4 } ]
        },
        "q": "machine learning",
        "location": "Houston",
        "size": 10
      }""";

  /** A stored candidate against one posting. */
  public static final String MATCH_BY_ID =
      """
      { "candidateId": "0b8e5a3d-61f2-4d7a-b9c4-2e7f1a6d5c80" }""";

  // ---- Problems (application/problem+json) -------------------------------------------------

  public static final String PROBLEM_VALIDATION =
      """
      {
        "type": "/problems/validation",
        "title": "Invalid request",
        "status": 400,
        "detail": "text: must not be blank",
        "instance": "/api/v1/extract",
        "violations": [ { "field": "text", "message": "must not be blank" } ]
      }""";

  public static final String PROBLEM_QUERY =
      """
      {
        "type": "/problems/validation",
        "title": "Invalid request",
        "status": 400,
        "detail": "from: must be an ISO date (YYYY-MM-DD)",
        "instance": "/api/v1/postings",
        "violations": [ { "field": "from", "message": "must be an ISO date (YYYY-MM-DD)" } ]
      }""";

  public static final String PROBLEM_MALFORMED =
      """
      {
        "type": "/problems/malformed-json",
        "title": "Malformed JSON",
        "status": 400,
        "detail": "Unknown field \\"salary\\" at line 4, column 13.",
        "instance": "/api/v1/postings",
        "violations": [ { "field": "salary", "message": "unknown field" } ]
      }""";

  public static final String PROBLEM_POSTING_NOT_FOUND =
      """
      {
        "type": "/problems/not-found",
        "title": "Not Found",
        "status": 404,
        "detail": "No posting has the id \\"4f1c2b7e-9a0d-4c55-8e21-3b6f0d9a7c12\\".",
        "instance": "/api/v1/postings/4f1c2b7e-9a0d-4c55-8e21-3b6f0d9a7c12"
      }""";

  public static final String PROBLEM_CANDIDATE_NOT_FOUND =
      """
      {
        "type": "/problems/not-found",
        "title": "Not Found",
        "status": 404,
        "detail": "No candidate has the id \\"0b8e5a3d-61f2-4d7a-b9c4-2e7f1a6d5c80\\".",
        "instance": "/api/v1/candidates/0b8e5a3d-61f2-4d7a-b9c4-2e7f1a6d5c80"
      }""";

  public static final String PROBLEM_SKILL_NOT_FOUND =
      """
      {
        "type": "/problems/not-found",
        "title": "Not Found",
        "status": 404,
        "detail": "No skill has the id \\"cobol\\"; see GET /api/v1/skills.",
        "instance": "/api/v1/skills/cobol"
      }""";

  public static final String PROBLEM_TEXT_TOO_LONG =
      """
      {
        "type": "/problems/text-too-long",
        "title": "Text too long",
        "status": 413,
        "detail": "The text has 120000 characters; the limit is 100000 (skillscope.extraction.max-chars).",
        "instance": "/api/v1/extract"
      }""";

  public static final String PROBLEM_BODY_TOO_LARGE =
      """
      {
        "type": "/problems/body-too-large",
        "title": "Payload Too Large",
        "status": 413,
        "detail": "The request body has 12000000 bytes; the limit is 2000000 (skillscope.limits.max-body-bytes).",
        "instance": "/api/v1/postings/batch"
      }""";

  public static final String PROBLEM_BATCH_TOO_LARGE =
      """
      {
        "type": "/problems/batch-too-large",
        "title": "Batch too large",
        "status": 413,
        "detail": "The batch has 1500 postings; the limit is 1000 (skillscope.store.batch-limit). Use /api/v1/postings/stream for more.",
        "instance": "/api/v1/postings/batch"
      }""";

  public static final String PROBLEM_UNSUPPORTED_TYPE =
      """
      {
        "type": "/problems/unsupported-media-type",
        "title": "Unsupported Media Type",
        "status": 415,
        "detail": "Content-Type application/xml is not accepted here.",
        "instance": "/api/v1/extract"
      }""";

  public static final String PROBLEM_FORBIDDEN =
      """
      {
        "type": "/problems/forbidden",
        "title": "Forbidden",
        "status": 403,
        "detail": "The key \\"dashboard\\" lacks the role \\"ingest\\" that POST /api/v1/postings needs."
      }""";

  public static final String PROBLEM_OVERLOADED =
      """
      {
        "type": "/problems/overloaded",
        "title": "Service Unavailable",
        "status": 503,
        "detail": "The service is at its limit of 64 requests under way (skillscope.limits.max-in-flight); retry shortly.",
        "instance": "/api/v1/extract"
      }""";

  public static final String PROBLEM_UNAUTHORIZED =
      """
      {
        "type": "/problems/unauthorized",
        "title": "Unauthorized",
        "status": 401,
        "detail": "This API needs a key: send Authorization: Bearer KEY or X-API-Key: KEY."
      }""";
}
