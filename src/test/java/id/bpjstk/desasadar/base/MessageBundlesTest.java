package id.bpjstk.desasadar.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI string exists in both languages, and every key the code asks for exists. */
class MessageBundlesTest {

    @Test
    void indonesian_and_english_bundles_have_the_same_keys() throws IOException {
        Set<String> id = keys("messages_id.properties");
        Set<String> en = keys("messages_en.properties");

        assertThat(difference(id, en)).as("keys only in messages_id").isEmpty();
        assertThat(difference(en, id)).as("keys only in messages_en").isEmpty();
    }

    @Test
    void every_literal_key_the_code_translates_or_refuses_with_exists() throws IOException {
        Set<String> id = keys("messages_id.properties");
        Pattern call = Pattern.compile(
                "(?:getTranslation|new RuleViolation|new CoordinateFileException|fileProblem)\\((?:\\w+, )?\"([a-z0-9-]+(?:\\.[a-z0-9-]+)*)\"");
        Set<String> missing = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var m = call.matcher(Files.readString(file));
                while (m.find()) {
                    if (!id.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void no_value_is_left_blank() throws IOException {
        for (String bundle : new String[] {"messages_id.properties", "messages_en.properties"}) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames()).allMatch(k -> !p.getProperty(k).isBlank(), "non-blank in " + bundle);
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Set<String> keys(String bundle) throws IOException {
        return load(bundle).stringPropertyNames();
    }

    private static Properties load(String bundle) throws IOException {
        var p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + bundle)) {
            assertThat(in).as(bundle).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
