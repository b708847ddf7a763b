package id.bpjstk.desasadar.base.importing;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.io.CountingInputStream;
import id.bpjstk.desasadar.base.io.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The features of a GeoJSON FeatureCollection, numbered from 1, streamed with Jackson's token parser and materialised
 * one at a time (a whole-file tree would be several times the file on the heap). The file is read twice: a first pass
 * checks it is JSON and a FeatureCollection without keeping anything, so that a broken file is refused before any
 * feature is handed on, as a whole-file tree would have refused it.
 *
 * @param tooLarge      the refusal of a file over {@code maxBytes}
 * @param notJson       the message key for a file that is not JSON
 * @param notCollection the message key for JSON that is not a FeatureCollection with a {@code features} array
 */
public record GeoJsonFeatures(Path file, long maxBytes, RuleViolation tooLarge, String notJson, String notCollection)
        implements RecordSource<GeoJsonFeatures.Feature> {

    /** One element of the {@code features} array, as it is (a feature that is not an object is the caller's to reject). */
    public record Feature(long number, JsonNode node) {
    }

    // Jackson 3 fails readTree() when more tokens follow the value read; here the next feature always does
    private static final JsonMapper MAPPER = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    @Override
    public long read(Progress progress, Consumer<Feature> records) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge;
            }
            try (InputStream in = Files.newInputStream(file)) {
                check(in);
            }
            try (InputStream in = new CountingInputStream(Files.newInputStream(file), size, progress);
                 JsonParser parser = MAPPER.createParser(in)) {
                return features(parser, records);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JacksonException e) {
            throw new RuleViolation(notJson);
        }
    }

    /** The first pass: well-formed JSON, one top-level object of type FeatureCollection with a features array. */
    private void check(InputStream in) {
        boolean collection;
        try (JsonParser parser = MAPPER.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new RuleViolation(notCollection);
            }
            String type = null;
            boolean featuresArray = false;
            if (first == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("type".equals(name)) {
                        type = value == JsonToken.VALUE_STRING ? parser.getString() : null;
                    } else if ("features".equals(name)) {
                        featuresArray = value == JsonToken.START_ARRAY;
                    }
                    parser.skipChildren();
                }
            } else {
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                throw new RuleViolation(notJson);
            }
            collection = first == JsonToken.START_OBJECT && "FeatureCollection".equals(type) && featuresArray;
        } catch (JacksonException e) {
            throw new RuleViolation(notJson);
        }
        if (!collection) {
            throw new RuleViolation(notCollection);
        }
    }

    /** The second pass: each element of the features array, whatever the order of the collection's members. */
    private static long features(JsonParser parser, Consumer<Feature> records) {
        parser.nextToken();
        long number = 0;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("features".equals(name) && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    records.accept(new Feature(++number, MAPPER.readTree(parser)));
                }
            } else {
                parser.skipChildren();
            }
        }
        return number;
    }
}
