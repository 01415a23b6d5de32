package io.skillscope.api;

import io.skillscope.demand.DemandReport;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * The demand skill table as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they
 * hold a comma, quote or line break), for spreadsheets. Same rows and order as the JSON {@code
 * skills}; shares as plain decimals (never 1.0E-4).
 */
@Provider
@Produces(DemandCsv.MEDIA_TYPE)
public class DemandCsv implements MessageBodyWriter<DemandReport> {

  static final String MEDIA_TYPE = "text/csv";
  static final String HEADER = "id,name,category,postings,share,required,preferred,other";

  @Override
  public boolean isWriteable(
      Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
    return DemandReport.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      DemandReport report,
      Class<?> type,
      Type generic,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    headers.putSingle("Content-Type", MEDIA_TYPE + "; charset=UTF-8");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(HEADER + "\r\n");
    for (DemandReport.SkillDemand s : report.skills()) {
      writer.write(
          String.join(
              ",",
              field(s.id()),
              field(s.name()),
              field(s.category()),
              Long.toString(s.postings()),
              BigDecimal.valueOf(s.share()).toPlainString(),
              Long.toString(s.required()),
              Long.toString(s.preferred()),
              Long.toString(s.other())));
      writer.write("\r\n");
    }
    writer.flush();
  }

  static String field(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
