package fr.tremplin.core.search;

/** The best entry found for one key, with its score (higher is better; comparable within one query only). */
record LabelHit(String key, String text, double score) {}
