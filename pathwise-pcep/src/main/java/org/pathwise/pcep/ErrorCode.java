package org.pathwise.pcep;

/** One IANA PCEP-ERROR Error-Type/Error-value pair with its registry description. */
public record ErrorCode(int type, int value, String description) {
    @Override
    public String toString() {
        return type + "/" + value + " (" + description + ")";
    }
}
