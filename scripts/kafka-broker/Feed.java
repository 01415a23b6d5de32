import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends postings to SkillScope's input topic: one JSON object a line (the body of POST
 * /api/v1/postings), each as one record keyed by its externalId (no key when it has none), and
 * waits until the broker acknowledged every one. Run by scripts/cluster.sh feed on the broker's
 * classpath (kafka-clients and Jackson), as a Java source file:
 *
 * <pre>java -cp CLASSPATH Feed.java BOOTSTRAP TOPIC FILE.jsonl</pre>
 */
public class Feed {

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: Feed BOOTSTRAP TOPIC FILE.jsonl");
      System.exit(2);
    }
    ObjectMapper json = new ObjectMapper();
    long lines = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[2]), StandardCharsets.UTF_8);
        KafkaProducer<String, String> producer =
            new KafkaProducer<>(
                Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.LINGER_MS_CONFIG, 10),
                new StringSerializer(),
                new StringSerializer())) {
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String key = null;
        try {
          JsonNode externalId = json.readTree(line).path("externalId");
          key = externalId.isTextual() ? externalId.asText() : null;
        } catch (Exception notJson) {
          // Sent as it is: the service rejects it onto the rejected topic, saying why.
        }
        sent.add(producer.send(new ProducerRecord<>(args[1], key, line)));
        lines++;
        if (sent.size() == 10_000) {
          for (Future<RecordMetadata> f : sent) {
            f.get();
          }
          sent.clear();
        }
      }
      for (Future<RecordMetadata> f : sent) {
        f.get();
      }
    }
    System.out.println(lines + " postings sent to " + args[1]);
  }
}
