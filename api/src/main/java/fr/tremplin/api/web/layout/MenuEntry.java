package fr.tremplin.api.web.layout;

/** One link of the main navigation; {@code current} marks the section the page belongs to (aria-current). */
public record MenuEntry(String label, String href, boolean current) {
}
