package vn.ocop.market.app.seo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;

/**
 * schema.org data as JSON for a {@code <script type="application/ld+json">}, written by Jackson.
 * {@code <}, {@code >}, {@code &} and the two JavaScript line separators are written as escapes, so
 * no text can end the script element it sits in.
 */
final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new ScriptSafe());
    }

    private JsonLd() {
    }

    static String write(Map<String, Object> object) {
        try {
            return JSON.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write JSON-LD: " + e.getOriginalMessage(), e);
        }
    }

    /** Jackson's standard escapes, plus the characters that matter inside an HTML script element. */
    private static final class ScriptSafe extends CharacterEscapes {

        private final int[] escapes;

        ScriptSafe() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? new SerializedString("\\u2028") : ch == 0x2029 ? new SerializedString("\\u2029") : null;
        }
    }
}
