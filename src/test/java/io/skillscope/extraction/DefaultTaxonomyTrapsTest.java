package io.skillscope.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every trap of shared/eval/LABELS.md and of issue 2, and every alias form they name, against the
 * default taxonomy. Each row: a text, the skills it must name, the skills it must not name.
 */
class DefaultTaxonomyTrapsTest {

  private static List<String> found(String text) {
    return Pipelines.defaults().extract(text).skills().stream().map(ExtractedSkill::id).toList();
  }

  private static List<String> ids(String list) {
    return list == null || list.isBlank() ? List.of() : Arrays.asList(list.trim().split("\\s+"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # text                                                              | must name                  | must not name
          Experience with R and Python.                                       | r python                   |
          Build models in R/Python.                                           | r python                   |
          Skills: Python; R; SQL                                              | r python sql               |
          Strong R programming skills.                                        | r                          |
          Experience with RStudio and R Shiny.                                | r                          |
          Our R&D team builds batteries.                                      |                            | r
          Partner with HR on hiring.                                          |                            | r
          Join our Q&A sessions.                                              |                            | r
          Report the R-squared of each model.                                 |                            | r
          Contact John R. Smith for details.                                  |                            | r
          Microsoft Office(R) and Excel(R) skills.                            |                            | r
          Formerly part of AT&T.                                              |                            | r
          We sell SaaS to banks.                                              |                            | sas
          Statistical analysis in SAS or SPSS.                                | sas statistics             |
          Experience with NoSQL databases such as MongoDB.                    |                            | sql
          Strong SQL, including PostgreSQL and MySQL.                         | sql                        |
          Write T-SQL and PL/SQL procedures.                                  | sql                        |
          Spark SQL pipelines on Databricks.                                  | sql spark                  |
          Data pipelines in PySpark.                                          | spark                      | python
          We want people who spark innovation and creativity.                 |                            | spark
          Front-end work in JavaScript and TypeScript.                        |                            | java
          Back-end services in Java and Scala.                                | java scala                 |
          Design scalable systems that work at scale.                         |                            | scala
          Proficient in C/C++ and C#.                                         | cpp                        |
          Develop in C# and .NET.                                             |                            | cpp
          Fans of Monty Python welcome.                                       |                            | python
          Scripting in Python 3.                                              | python                     |
          Deep learning with PyTorch Lightning.                               | pytorch deep-learning      |
          Use sklearn, scikit learn or Scikit-Learn.                          | scikit-learn               |
          Scientific computing with SciPy.                                    |                            | scikit-learn
          Build models in tf.keras.                                           | keras tensorflow           |
          Containers on Kubernetes (K8s) with Docker.                         | kubernetes docker          |
          Deploy on Amazon Web Services (S3, EC2, SageMaker).                 | aws                        |
          Analytics in BigQuery on GCP.                                       | gcp                        |
          Version control with Git and GitHub.                                | git                        |
          Design A/B testing and t-tests for experiments.                     | ab-testing hypothesis-testing |
          Dimensionality reduction with PCA and t-SNE.                        | dimensionality-reduction   |
          Model validation with cross-validation.                             | model-evaluation           |
          MS in Statistics or a related field.                                | statistics                 |
          Solid linear algebra and multivariable calculus.                    | linear-algebra calculus    |
          We work in a matrix organization with matrixed teams.               |                            | linear-algebra
          Trading of financial derivatives and options.                       |                            | calculus
          There is a high probability of success.                             |                            | probability
          Probability theory and probability distributions.                   | probability                |
          Automate regression testing of the web app.                         |                            | regression
          Linear and logistic regression models.                              | regression                 |
          Drive search engine optimization for our site.                      |                            | optimization
          Optimize performance of campaigns.                                  |                            | optimization
          Convex optimization and linear programming.                         | optimization               |
          Knowledge of data structures and algorithms.                        | data-structures algorithms |
          Apply machine learning algorithms to data.                          | machine-learning           | algorithms
          Improve our pricing algorithm.                                      |                            | algorithms
          Build ML models for fraud detection.                                | machine-learning           |
          Add 5 ml of solution per sample.                                    |                            | machine-learning
          NLP and text mining on support tickets.                             | nlp                        |
          Please send your CV and cover letter.                               |                            | computer-vision
          Computer vision and object detection.                               | computer-vision            |
          Shop on Amazon for office supplies.                                 |                            | aws
          Our communications department handles press.                        |                            | communication
          Excellent written and verbal communication skills.                  | communication              |
          Collaborate with cross-functional teams.                            | collaboration              |
          We offer flexible hours and a flexible schedule.                    |                            | adaptability
          Adaptable and comfortable with changing priorities.                 | adaptability               |
          Strong problem-solving skills.                                      | problem-solving            |
          Eager to learn and keep up with the latest research.                | continuous-learning        |
          Julia will be your manager.                                         |                            | julia
          Numerical computing in Julia and Python.                            | julia python               |
          The island of Java is beautiful.                                    |                            | java
          Data wrangling with pandas and NumPy.                               | pandas numpy               |
          We saw pandas at the zoo.                                           |                            | pandas
          Carry the Olympic torch.                                            |                            | pytorch
          Deep learning in Torch and TensorFlow.                              | pytorch tensorflow         |
          """)
  void tagsSkillsAndSkipsTraps(String text, String must, String mustNot) {
    List<String> found = found(text);
    assertThat(found).as("skills in \"%s\"", text).containsAll(ids(must));
    for (String id : ids(mustNot)) {
      assertThat(found).as("skills in \"%s\"", text).doesNotContain(id);
    }
  }
}
