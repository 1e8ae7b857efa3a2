package org.braid.platform.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Braid's one JSON configuration, used alike by the REST layer, exports and imports, and the documents stores keep in
 * text columns: strict on input, so a mistake is named rather than guessed.
 *
 * <ul>
 * <li>an unknown field, trailing content, a number for an enum or a null for a primitive is an error;</li>
 * <li>no scalar coercion: {@code "3"} is not a number, and a number or boolean where text belongs is not text;</li>
 * <li>dates and times ({@code java.time}) are ISO-8601 text, e.g. {@code 2026-09-01} and {@code 2026-09-01T12:00:00Z};</li>
 * <li>nesting deeper than 64 levels is refused before it is mapped.</li>
 * </ul>
 *
 * @since 1.0
 */
public final class BraidJson {
    private static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
        // a number or boolean where text belongs is a mistake to name, not a value to convert
        MAPPER.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    private BraidJson() {
    }

    private static JsonMapper.Builder configure(JsonMapper.Builder b) {
        return b.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .serializationInclusion(JsonInclude.Include.ALWAYS);
    }

    /**
     * The shared mapper. Thread-safe; never reconfigure it (use {@code readerFor}/{@code writerFor} for a per-call
     * setting), since every module and the REST layer read and write with it.
     *
     * @return the mapper with Braid's configuration
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Writes a value Braid made itself (a DTO, a map, a tree) for storing or sending.
     *
     * @return its JSON text
     * @throws IllegalStateException when it cannot be written, which is a programming error
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a " + (value == null ? "null" : value.getClass().getSimpleName()) + " as JSON", e);
        }
    }

    /**
     * Reads a document Braid stored itself (a text column), strictly: input from a client goes through the REST layer
     * or an import instead, which name the offending field.
     *
     * @throws IllegalStateException when the stored text does not fit the type: the data is damaged, not the request
     */
    public static <T> T readStored(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored " + type.getSimpleName(), e);
        }
    }

    /** As {@link #readStored(String, Class)}, for a generic type such as {@code List<String>}. */
    public static <T> T readStored(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored " + type.getType().getTypeName(), e);
        }
    }

    /** @return the stored document as a tree; see {@link #readStored(String, Class)} */
    public static JsonNode readStoredTree(String json) {
        return readStored(json, JsonNode.class);
    }
}
