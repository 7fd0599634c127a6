package vn.ocop.market.traceability;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * GS1's EPCIS 2.0 JSON Schema (draft-07), carried as a resource ({@code epcis/}, with its licence
 * and NOTICE), checking what is captured and what is exported (formats are annotations, as draft-07 has them).
 */
public final class EpcisSchema {

    /** The most reasons one refusal lists; a broken document can produce hundreds. */
    public static final int MAX_REASONS = 20;

    private static final Schema SCHEMA = load();

    private EpcisSchema() {
    }

    private static Schema load() {
        // Draft-07 treats "format" as an annotation: GS1's own examples name documents by JSON-LD blank
        // nodes ("_:document1"), which a strict RFC 3986 check refuses. Event times are parsed on capture.
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(false)
                .locale(Locale.ENGLISH).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                b -> b.schemaRegistryConfig(config));
        try (InputStream in = EpcisSchema.class.getResourceAsStream("/epcis/EPCIS-JSON-Schema.json")) {
            if (in == null) {
                throw new IllegalStateException("epcis/EPCIS-JSON-Schema.json missing from the classpath");
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's reasons against the document ("where: what"), none when it is valid. */
    public static List<String> problems(JsonNode document) {
        List<Error> errors = SCHEMA.validate(document);
        return errors.stream().limit(MAX_REASONS)
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage()).distinct().toList();
    }
}
