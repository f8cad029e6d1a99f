package dev.gatehouse.engine.signals;

/** One bad field of one input item: {@code index} is the item's position (or CSV line number). */
public record FieldError(int index, String field, String problem) {
    @Override
    public String toString() {
        return "item " + index + ": " + field + " " + problem;
    }
}
