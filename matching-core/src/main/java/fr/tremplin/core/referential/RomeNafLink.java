package fr.tremplin.core.referential;

/** La Bonne Boîte: companies of activity {@code nafCode} hired {@code hires} people in occupation {@code romeCode}. */
public record RomeNafLink(String romeCode, String nafCode, int hires) {}
