package org.waymark.model;

import java.util.Objects;

/**
 * A closed vocabulary whose values each have a stable code: the spelling used in JSON, CSV exports
 * and rule messages. Codes never change once released; constant names may.
 * <p>
 * Every enum in the model implements this interface.
 */
public interface Coded {

    /**
     * Returns the stable code of this value.
     *
     * @return the code, lower-case words joined by hyphens, not null
     */
    String code();

    /**
     * Obtains the value of an enum that has the given code.
     *
     * @param type the enum type, not null
     * @param code the code to look up, not null
     * @param <E>  the enum type
     * @return the matching value, not null
     * @throws NullPointerException if {@code type} or {@code code} is null
     * @throws IllegalArgumentException if no value has that code; the message lists the codes allowed
     */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("not a known " + type.getSimpleName() + " code; expected one of " + codes(type));
    }

    /**
     * Lists the codes of an enum, in declaration order, for messages and schemas.
     *
     * @param <E>  the enum type
     * @param type the enum type, not null
     * @return the codes joined by ", "
     */
    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        StringBuilder sb = new StringBuilder();
        for (E value : type.getEnumConstants()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(value.code());
        }
        return sb.toString();
    }
}
