package fr.tremplin.data.mail;

/** The two bodies of a mail, HTML and plain text, as the templates wrote them. */
public record RenderedMail(String html, String text) {
}
