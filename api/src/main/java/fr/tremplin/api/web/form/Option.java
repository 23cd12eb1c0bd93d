package fr.tremplin.api.web.form;

/** One choice of a select, a radio group or a checkbox group: the submitted value and its French label. */
public record Option(String value, String label) {
}
