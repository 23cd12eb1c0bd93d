/**
 * The French words people read for the codes of the domain, and French number formatting: one table for the web
 * pages, the CSV exports and the {@code label} fields of the API, so that a code such as
 * {@code LONG_TERM_UNEMPLOYED} never reaches a page and the same thing has the same name everywhere.
 */
package fr.tremplin.core.wording;
