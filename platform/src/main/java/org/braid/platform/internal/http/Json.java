package org.braid.platform.internal.http;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.braid.core.model.ValidationException;
import org.braid.platform.json.BraidJson;

/** Braid's one JSON mapping: strict on input, so every mistake in a body is named, never guessed. */
public final class Json {
    /** The configuration every module shares: {@link BraidJson}. */
    public static final ObjectMapper MAPPER = BraidJson.mapper();

    private Json() {
    }

    /**
     * @return the body as the type
     * @throws ValidationException naming the field and what is wrong with it
     */
    public static <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) throw new ValidationException("body", "a JSON body is required");
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) throw new ValidationException("body", "a JSON object is required, not null");
            return value;
        } catch (StreamConstraintsException e) {
            throw new ValidationException("body", "is nested too deeply or too large");
        } catch (JsonParseException e) {
            // the location, never the parser's own words: they quote the input
            throw new ValidationException("body", "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr());
        } catch (UnrecognizedPropertyException e) {
            throw new ValidationException(path(e), "unknown field; expected one of " + e.getKnownPropertyIds());
        } catch (InvalidFormatException e) {
            throw new ValidationException(path(e), "must be " + expected(e.getTargetType()));
        } catch (MismatchedInputException e) {
            String expected = e.getTargetType() == null ? "a different value" : expected(e.getTargetType());
            throw new ValidationException(path(e), "must be " + expected);
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ValidationException v) throw v;
            Class<?> target = e instanceof ValueInstantiationException v ? v.getType().getRawClass() : null;
            throw new ValidationException(path(e), target != null && target.isEnum() ? "must be " + expected(target) : "is not a valid value");
        } catch (JsonProcessingException e) {
            throw new ValidationException("body", "malformed JSON");
        } catch (IOException e) {
            throw new ValidationException("body", "unreadable body");
        }
    }

    /** What a value of the type looks like: an enum's values as JSON writes them, else its JSON kind. */
    private static String expected(Class<?> target) {
        if (target == null) return "a different value";
        if (!target.isEnum()) return simpleType(target);
        return "one of " + Arrays.stream(target.getEnumConstants()).map(c -> MAPPER.convertValue(c, String.class)).collect(Collectors.joining(", "));
    }

    /**
     * Maps a part of a larger document, naming fields by their full path.
     *
     * @param at the path of {@code node} in the document, e.g. {@code sections.core.organizations}
     */
    public static <T> T convert(com.fasterxml.jackson.databind.JsonNode node, Class<T> type, String at) {
        try {
            return read(MAPPER.writeValueAsBytes(node), type);
        } catch (ValidationException e) {
            throw new ValidationException(e.getMessage(), e.violations().stream()
                    .map(v -> new org.braid.core.model.Violation(v.field().equals("body") ? at : at + (v.field().startsWith("[") ? "" : ".") + v.field(), v.message()))
                    .toList());
        } catch (JsonProcessingException e) {
            throw new ValidationException(at, "unreadable");
        }
    }

    static String simpleType(Class<?> t) {
        if (t == String.class) return "a string";
        if (Number.class.isAssignableFrom(t) || t == int.class || t == long.class || t == double.class) return "a number";
        if (t == Boolean.class || t == boolean.class) return "true or false";
        if (List.class.isAssignableFrom(t) || t.isArray()) return "an array";
        return "an object";
    }

    /** The JSON path of the failing field, e.g. {@code goals[0].measures[1].targets}; a long name sent is cut. */
    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) sb.append('.');
                sb.append(r.getFieldName().length() > 64 ? r.getFieldName().substring(0, 64) + "..." : r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "body" : sb.toString();
    }
}
