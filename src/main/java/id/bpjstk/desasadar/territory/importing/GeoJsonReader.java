package id.bpjstk.desasadar.territory.importing;

import id.bpjstk.desasadar.base.importing.RowRejected;
import id.bpjstk.desasadar.base.io.Utf8Text;
import java.io.InputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a GeoJSON FeatureCollection with Jackson's token parser, materialising one feature at a
 * time as a tree (boundary files run to tens of megabytes; a whole-file tree would be several
 * times that on the heap).
 *
 * <p>GeoJSON does not fix the order of {@code "type"} and {@code "features"}. Usually type comes
 * first and is checked before any feature is read; if features come first they are streamed
 * anyway and the type is checked when it arrives — the caller discards the rows on the exception.
 */
final class GeoJsonReader {

    // Jackson 3 fails readTree() when more tokens follow the value read; here the next feature
    // always follows, so that check must be off for reading one feature out of the array.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private GeoJsonReader() {
    }

    static void read(InputStream in, AreaRowSink sink) {
        try (JsonParser parser = createParser(in)) {
            readCollection(parser, sink);
        }
    }

    private static JsonParser createParser(InputStream in) {
        try {
            return MAPPER.createParser(FileProblems.utf8(in));
        } catch (JacksonException e) {
            throw malformed(e);
        }
    }

    private static void readCollection(JsonParser parser, AreaRowSink sink) {
        if (next(parser) != JsonToken.START_OBJECT) {
            throw new CoordinateFileException("area.import.file.not-json-object");
        }
        boolean typeSeen = false;
        boolean featuresSeen = false;
        JsonToken token;
        while ((token = next(parser)) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = next(parser);
            if ("type".equals(name)) {
                checkType(parser, value);
                typeSeen = true;
            } else if ("features".equals(name)) {
                if (value != JsonToken.START_ARRAY) {
                    throw new CoordinateFileException("area.import.file.features-not-array");
                }
                readFeatures(parser, sink);
                featuresSeen = true;
            } else {
                skip(parser);
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new CoordinateFileException("area.import.file.truncated");
        }
        if (!typeSeen) {
            throw new CoordinateFileException("area.import.file.no-type");
        }
        if (!featuresSeen) {
            throw new CoordinateFileException("area.import.file.no-features");
        }
        if (next(parser) != null) {
            throw new CoordinateFileException("area.import.file.extra-content");
        }
    }

    private static void checkType(JsonParser parser, JsonToken value) {
        String type = value == JsonToken.VALUE_STRING ? string(parser) : null;
        if (!"FeatureCollection".equals(type)) {
            throw type == null ? new CoordinateFileException("area.import.file.not-collection")
                    : new CoordinateFileException("area.import.file.not-collection-type", type);
        }
    }

    private static void readFeatures(JsonParser parser, AreaRowSink sink) {
        long row = 0;
        JsonToken token;
        while ((token = next(parser)) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new CoordinateFileException("area.import.file.features-truncated");
            }
            row++;
            if (token != JsonToken.START_OBJECT) {
                skip(parser);
                sink.reject(row, null, new RowRejected(null, "area.import.not-an-object").reason());
                continue;
            }
            GeoJsonFeature.handle(row, readTree(parser), sink);
        }
    }

    // The wrappers below translate parser failures into CoordinateFileException, and only parser
    // failures: an exception thrown by the sink must reach the caller unchanged.

    private static JsonToken next(JsonParser parser) {
        try {
            return parser.nextToken();
        } catch (JacksonException e) {
            throw malformed(e);
        }
    }

    private static JsonNode readTree(JsonParser parser) {
        try {
            return MAPPER.readTree(parser);
        } catch (JacksonException e) {
            throw malformed(e);
        }
    }

    private static void skip(JsonParser parser) {
        try {
            parser.skipChildren();
        } catch (JacksonException e) {
            throw malformed(e);
        }
    }

    private static String string(JsonParser parser) {
        try {
            return parser.getString();
        } catch (JacksonException e) {
            throw malformed(e);
        }
    }

    private static CoordinateFileException malformed(JacksonException e) {
        if (Utf8Text.isDecodingFailure(e)) {
            return FileProblems.notUtf8(e);
        }
        TokenStreamLocation at = e.getLocation();
        // the parser's own words are technical and English: quoted as they are, after the translated frame
        String detail = e.getOriginalMessage() == null ? "" : firstLine(e.getOriginalMessage());
        return at == null || at == TokenStreamLocation.NA ? new CoordinateFileException(e, "area.import.file.malformed", detail)
                : new CoordinateFileException(e, "area.import.file.malformed-at", at.getLineNr(), at.getColumnNr(), detail);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
