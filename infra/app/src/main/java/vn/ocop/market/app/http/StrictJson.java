package vn.ocop.market.app.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.io.IOException;

/**
 * What the API refuses in any JSON body whatever the target type: a key given twice (which value
 * counts is up to each parser, so validation could read one value and saving another), a NUL
 * character (cut off or refused by the database, and by many tools reading its rows), nesting
 * deeper than a request needs, and anything that is not well-formed JSON. Types (a number sent as
 * text, a fraction for an integer) are the deserialisers' part: see {@code StrictNumbers}.
 */
final class StrictJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxNumberLength(40).build())
            .build();

    private StrictJson() {
    }

    /** Null when the body is acceptable, otherwise what is wrong, in every language offered. */
    static String problem(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) && parser.getText().indexOf('\0') >= 0) {
                    return ErrorBodies.inEveryLanguage("http.json.nulCharacter", name(parser));
                }
            }
            return null;
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field")) {
                String field = message.replaceAll(".*'([^']*)'.*", "$1");
                return ErrorBodies.inEveryLanguage("http.json.duplicateKey", field);
            }
            return ErrorBodies.inEveryLanguage("http.json.malformed");
        } catch (IOException e) {
            return ErrorBodies.inEveryLanguage("http.json.malformed");
        }
    }

    private static String name(JsonParser parser) throws IOException {
        String name = parser.currentName();
        return name == null ? "" : name.replace("\0", "");
    }
}
